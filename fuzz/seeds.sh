#!/usr/bin/env bash
# Gathers seed corpora for the fuzz targets from the project's own fixtures and bundled claims,
# so nothing but this script is committed. Writes fuzz/corpus/<target>/; run from anywhere.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/fuzz/corpus"
mkdir -p "$out/load" "$out/config" "$out/date" "$out/anchor" "$out/table"

# Claim files: every YAML file of the fixtures and the bundled project.
find "$repo/tests/cases" "$repo/claims" -type f \( -name '*.yaml' -o -name '*.yml' \) -size -64k \
    -exec cp --backup=numbered -t "$out/load" {} +

# Configurations: every crossclaim.toml of the fixtures.
find "$repo/tests/cases" -type f -name crossclaim.toml -size -64k | while read -r file; do
    cp "$file" "$out/config/$(echo "$file" | sha256sum | cut -c1-16).toml"
done

# Dates: every date value written in a claim file, one per seed.
grep -rhoE '(date|said_on): *"?[0-9a-z-]+' "$repo/tests/cases" "$repo/claims" 2>/dev/null \
    | sed -E 's/^[a-z_]+: *"?//' | sort -u | while read -r date; do
    printf '%s' "$date" > "$out/date/$(printf '%s' "$date" | sha256sum | cut -c1-16)"
done

# Matching: the start of every source text (the target reads a source and a quote from it).
find "$repo/tests/cases" "$repo/seeds" -type f -name '*.txt' -size -64k | while read -r file; do
    head -c 400 "$file" > "$out/anchor/$(echo "$file" | sha256sum | cut -c1-16)"
done

# Tables: the start of every source text as one row of two cells, at widths 40 and 100, the
# first column capped as row labels are (the target's first three bytes: width, columns, caps).
find "$repo/seeds" -type f -name '*.txt' | while read -r file; do
    for width in '\x28' '\x64'; do
        { printf "${width}\\x01\\x01Outlet\\x1fClaims\\x1f"; head -c 300 "$file" | tr '\n' ' '; } \
            > "$out/table/$( (echo "$file"; echo "$width") | sha256sum | cut -c1-16)"
    done
done

for target in load config date anchor table; do
    echo "$target: $(find "$out/$target" -type f | wc -l) seeds"
done
