// Filtering: shows only the topics, conflicts, heatmap rows and articles that mention what
// is typed. Without JavaScript the field stays hidden and the whole report shows.
(function () {
  var box = document.getElementById("filter");
  if (!box) return;
  box.parentElement.parentElement.hidden = false;
  var items = document.querySelectorAll("[data-filter]");
  var status = document.getElementById("filter-status");
  box.addEventListener("input", function () {
    var wanted = box.value.trim().toLowerCase();
    var shown = 0;
    items.forEach(function (item) {
      var keep = wanted === "" || item.textContent.toLowerCase().indexOf(wanted) !== -1;
      item.hidden = !keep;
      if (keep) shown += 1;
    });
    status.textContent = wanted === "" ? "" : shown + " of " + items.length + " parts shown";
  });
})();
