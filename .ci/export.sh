#!/usr/bin/env bash
# Reads every `crossclaim export` format back with a third-party reader, on the bundled claims, on
# a fixture full of awkward text (tests/cases/fixtures/awkward) and on one with every field the
# format has for datasets: date bounds, capture times, external ids, verdicts, outlet domains and
# an unknown country (tests/cases/fixtures/date-bounds):
#   - jsonld and annotations: expanded and turned into RDF by pyld (from PyPI) against the
#     schema.org and Web Annotation contexts stored in .ci/export/contexts/, with no network;
#   - graphml and gexf: loaded by networkx (from PyPI), every attribute on every node and edge;
#   - sqlite: queried with Python's sqlite3, foreign keys checked;
#   - csv: read by Python's csv module, row for row the JSON Lines rows.
# Each checker also rejects a deliberately broken copy, so one that passes everything fails.
# Annotation selectors are re-anchored against the stored sources by `cargo test` (tests/export.rs).
#
# Usage: .ci/export.sh [CROSSCLAIM_BINARY]   (default target/debug/crossclaim; builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=$(realpath "${1:-target/debug/crossclaim}")
pyld_version=3.3.0
networkx_version=3.6.1
checks=$(realpath .ci/export)

[[ -x "$binary" ]] || { echo "export: no crossclaim binary at $binary; build it first" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check \
    "pyld==$pyld_version" "networkx==$networkx_version"
python="$work/venv/bin/python"
# The checkers import each other; keep their bytecode out of the working tree.
export PYTHONDONTWRITEBYTECODE=1

for project in . tests/cases/fixtures/awkward tests/cases/fixtures/date-bounds; do
    out="$work/$(basename "$(realpath "$project")")"
    mkdir -p "$out"
    echo "export: $project"
    for format in jsonld annotations graphml gexf csv jsonl; do
        (cd "$project" && "$binary" export --format "$format") >"$out/export.$format"
    done
    (cd "$project" && "$binary" export --format sqlite --output "$out/export.db")
    "$python" "$checks/check_jsonld.py" "$out/export.jsonld" "$out/export.annotations" "$out/export.jsonl"
    "$python" "$checks/check_graphs.py" "$out/export.graphml" "$out/export.gexf" "$out/export.jsonl"
    "$python" "$checks/check_sqlite.py" "$out/export.db" "$out/export.jsonl"
    "$python" "$checks/check_csv.py" "$out/export.csv" "$out/export.jsonl"
done
