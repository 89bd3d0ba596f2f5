//! `crossclaim report` through the real binary: everything from the claim files and sources
//! is escaped, the page is self-contained, every internal link has its target, and the file
//! is written whole.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/headlines.rs"]
mod headlines;

use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Output};

fn crossclaim(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn report(dir: &str) -> String {
    let output = crossclaim(Path::new(dir), &["report"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The values of `attribute="…"` throughout the page.
fn values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn markup_in_claim_files_and_sources_is_shown_as_text() {
    let html = report("tests/cases/report/escaping.in");
    // The page's own script is the only one; the claim file's and the source's are text.
    assert_eq!(html.matches("<script").count(), 1);
    for (what, escaped) in [
        (
            "quote",
            "&lt;script&gt;window.crossclaimInjected = &quot;quote&quot;&lt;/script&gt;",
        ),
        (
            "outlet name",
            "Gazette &lt;script&gt;window.crossclaimInjected = 'outlet'&lt;/script&gt;",
        ),
        (
            "article title",
            "Title with &lt;script&gt;window.crossclaimInjected = 'title'&lt;/script&gt;",
        ),
        (
            "source",
            "&lt;img src=&quot;x&quot; onerror=&quot;window.crossclaimInjected = 'source'&quot;&gt; stays text.",
        ),
        ("speaker", "Clerk &lt;/td&gt;&lt;td&gt;"),
        ("proposition", "Fares rise &quot;soon&quot; &amp; &lt;fast&gt;"),
        ("verb", "&lt;u&gt;noted&lt;/u&gt;"),
        ("topic title", "Fares &lt;em&gt;&amp;amp;&lt;/em&gt; fees"),
    ] {
        assert!(html.contains(escaped), "the {what} is not shown escaped");
    }
    assert!(!html.contains("<img"));
    assert!(!html.contains("<u>"));
    // `check` refuses an address that is not http or https (a `javascript:` one); a web address
    // is the only link out of the page, its `&` escaped in the attribute.
    let address = "https://gazette.example/fares?from=port&amp;to=town&amp;note='x'";
    let out: Vec<&str> = values(&html, "href")
        .into_iter()
        .filter(|href| !href.starts_with('#'))
        .collect();
    assert_eq!(out, [address]);
}

#[test]
fn the_page_needs_no_other_file_and_every_link_finds_its_target() {
    for dir in [".", "tests/cases/fixtures/harbour", "tests/cases/report/escaping.in"] {
        let html = report(dir);
        for external in ["<link", " src=\"", "url(", "@import"] {
            assert!(!html.contains(external), "{dir}: the page loads something: {external}");
        }
        let ids = values(&html, "id");
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{dir}: an element id is used twice");
        for href in values(&html, "href").into_iter().filter_map(|h| h.strip_prefix('#')) {
            assert!(
                unique.contains(href),
                "{dir}: a link to #{href}, which is not on the page"
            );
        }
    }
}

#[test]
fn every_claim_has_its_entry_and_its_marked_passage() {
    let html = report("tests/cases/fixtures/harbour");
    let ids = values(&html, "id");
    let claims: Vec<&&str> = ids.iter().filter(|id| id.starts_with("claim-")).collect();
    let passages: Vec<&&str> = ids.iter().filter(|id| id.starts_with("passage-")).collect();
    assert_eq!((claims.len(), passages.len()), (18, 18));
    for passage in passages {
        assert!(html.contains(&format!("<mark id=\"{passage}\">")));
    }
}

#[test]
fn output_replaces_the_file_whole_and_keeps_its_permissions() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    std::fs::write(&target, "old").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    }
    let root = std::env::current_dir().unwrap();
    let output = crossclaim(&root, &["report", "--output", target.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with(&format!("wrote {}", target.display())));
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.starts_with("<!DOCTYPE html>") && written.ends_with("</html>\n"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
    }
    // Nothing else was left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_file_that_cannot_be_written_is_an_error_that_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("missing").join("report.html");
    let root = std::env::current_dir().unwrap();
    let output = crossclaim(&root, &["report", "-o", target.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!("error: cannot write `{}`", target.display())),
        "{stderr}"
    );
    assert!(!target.exists());
}

#[test]
fn the_heatmap_shows_the_forty_outlets_with_most_claims_and_says_how_many_more() {
    let spec = headlines::HeadlineSpec::DATASET.tenth();
    let dir = tempfile::tempdir().unwrap();
    headlines::write_headlines(dir.path(), &spec).unwrap();
    let html = report(dir.path().to_str().unwrap());
    let heatmap = &html[html.find("<table class=\"heatmap\">").unwrap()..];
    let heatmap = &heatmap[..heatmap.find("</table>").unwrap()];
    let head = &heatmap[..heatmap.find("</thead>").unwrap()];
    assert_eq!(head.matches("<th scope=\"col\">").count(), 1 + 40);
    assert!(heatmap.contains(&format!(
        "The 40 outlets with the most claims; {} more are in the topics below.",
        spec.outlets - 40
    )));
    // A row per topic, each with a cell per outlet shown.
    assert_eq!(heatmap.matches("<tr data-filter>").count(), spec.topics);
}

/// A project with an error still gets its page: the claim with the error is marked where it
/// is listed with its article, in its topic's table and among the conflicts, and no other
/// claim is.
#[test]
fn a_claim_with_an_error_is_marked_and_the_others_are_not() {
    let output = crossclaim(Path::new("tests/cases/check/quote-not-found.in"), &["report"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "note: the claim files have 1 error, 0 warnings: showing what loaded, claims with errors marked ✗; run `crossclaim check` for details, or pass `--strict` to stop on errors\n"
    );
    let html = String::from_utf8(output.stdout).unwrap();
    let listed =
        "<span class=\"sym error\" title=\"this claim has errors; run crossclaim check\">✗</span> has errors · ";
    assert_eq!(html.matches(listed).count(), 1, "{html}");
    let entry = html.find(listed).unwrap();
    // The claim's id closes its entry.
    let id = html[entry..].find("<code>").map(|at| &html[entry + at..]);
    assert!(
        id.is_some_and(|id| id.starts_with("<code>council-disputes</code>")),
        "{html}"
    );
    // Its entries in the topic's table and among the conflicts.
    assert_eq!(html.matches("<span class=\"sym error\">✗</span>").count(), 2, "{html}");
    let strict = crossclaim(
        Path::new("tests/cases/check/quote-not-found.in"),
        &["report", "--strict"],
    );
    assert_eq!((strict.status.code(), strict.stdout.len()), (Some(1), 0));
}
