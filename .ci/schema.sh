#!/usr/bin/env bash
# Validates the claim-file JSON Schema with a third-party validator (check-jsonschema, from PyPI):
#   1. the shipped schema/crossclaim.schema.json is exactly what `crossclaim schema` prints;
#   2. it is a valid draft 2020-12 schema;
#   3. every bundled claim file and the valid test project validate against it;
#   4. every file in tests/schema/invalid/ is rejected, at the JSON path its `# schema:` line names.
# Usage: .ci/schema.sh [path to the crossclaim binary, default target/debug/crossclaim]
set -euo pipefail

cd "$(dirname "$0")/.."
binary=${1:-target/debug/crossclaim}
schema=schema/crossclaim.schema.json
check_jsonschema_version=0.39.0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==$check_jsonschema_version"
validate() { "$work/venv/bin/check-jsonschema" --output-format text "$@"; }

"$binary" schema >"$work/printed.json"
if ! diff -u "$schema" "$work/printed.json"; then
    echo "schema.sh: $schema differs from \`crossclaim schema\`; regenerate it with" >&2
    echo "  cargo run -q -- schema > $schema" >&2
    exit 1
fi

validate --check-metaschema "$schema"

mapfile -t valid < <(find claims tests/schema/valid -name '*.yaml' -o -name '*.yml' | sort)
if [ "${#valid[@]}" -eq 0 ]; then
    echo "schema.sh: no claim files found" >&2
    exit 1
fi
validate --schemafile "$schema" "${valid[@]}"

rejected=0
for file in tests/schema/invalid/*.yaml; do
    path=$(sed -n 's/^# schema: //p' "$file" | head -n 1)
    if [ -z "$path" ]; then
        echo "schema.sh: $file lacks a \`# schema: \$.PATH\` line naming where it is invalid" >&2
        exit 1
    fi
    if output=$(validate --schemafile "$schema" "$file" 2>&1); then
        echo "schema.sh: $file validates, but must be rejected at $path" >&2
        exit 1
    fi
    if ! grep -qF -- "$file::$path:" <<<"$output"; then
        echo "schema.sh: $file is rejected, but not at $path:" >&2
        echo "$output" >&2
        exit 1
    fi
    rejected=$((rejected + 1))
done
if [ "$rejected" -eq 0 ]; then
    echo "schema.sh: no invalid fixtures in tests/schema/invalid/" >&2
    exit 1
fi

echo "schema.sh: schema up to date; ${#valid[@]} claim files valid; $rejected invalid fixtures rejected where expected"
