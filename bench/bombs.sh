#!/bin/sh
# Generates a claim file of every bomb shape crossclaim knows of and measures `check` on each:
# wall time and peak memory (maximum resident set size) from /usr/bin/time -v. Each must be
# refused or reported in under 100 ms and 50 MB; the README lists the numbers.
#
#   bench/bombs.sh                              # builds the release binary first
#   CROSSCLAIM=target/release/crossclaim bench/bombs.sh
set -eu

cd "$(dirname "$0")/.."
if [ -z "${CROSSCLAIM:-}" ]; then
    cargo build --release --quiet
    CROSSCLAIM=target/release/crossclaim
fi
CROSSCLAIM="$(realpath "$CROSSCLAIM")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys
work = sys.argv[1]
def bomb(name, text):
    os.makedirs(f"{work}/{name}/claims", exist_ok=True)
    with open(f"{work}/{name}/claims/bomb.yaml", "w") as f:
        f.write(text)
# Billion laughs: nine levels of ten aliases to the level below.
laughs = "topics:\n  - id: lol\n    title: &a0 lol\n"
for i in range(1, 10):
    laughs += f"    x{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]\n"
bomb("billion-laughs", laughs)
# 1,000 propositions under one anchor, reused by 2,000 topics (117 KB).
props = "".join(f"      - id: p{i}\n        text: proposition {i}\n" for i in range(1000))
fan = "topics:\n  - id: t0\n    title: t\n    propositions: &ps\n" + props
fan += "".join(f"  - id: t{i}\n    title: t\n    propositions: *ps\n" for i in range(1, 2001))
bomb("alias-fan-out", fan)
# A claim with 1,000 stances, repeated 1,000 times.
stances = "".join(f"      - proposition: p{i}\n        stance: supports\n" for i in range(1000))
claim = "claims:\n  - &c\n    id: c\n    article: a\n    mode: narration\n    quote: q\n    topics: [t]\n    stances:\n" + stances
claim += "".join("  - *c\n" for _ in range(999))
bomb("repeated-claim", claim)
bomb("deep-flow", "claims: " + "[" * 100_000 + "]" * 100_000 + "\n")
bomb("deep-block", "claims:\n" + "- " * 100_000 + "x\n")
bomb("million-mistakes", "claims:\n" + "- 1\n" * 1_000_000)
bomb("ten-megabyte-scalar", "outlets:\n  - id: " + "x" * 10_000_000 + "\n")
unknown = "claims:\n" + "".join(
    f"  - id: c{i}\n    article: missing\n    mode: narration\n    quote: q\n    topics: [t]\n" for i in range(8000))
bomb("unknown-references", unknown)
long_line = "claims: [" + ", ".join(["{id: c, article: a, quote: " + "w" * 2000 + ", mode: x}"] * 2000) + "]\n"
bomb("one-long-line", long_line)
PY

printf '%-22s %10s %10s %12s %6s\n' bomb bytes "ms" "peak MB" exit
for dir in "$work"/*/; do
    name="$(basename "$dir")"
    bytes="$(wc -c < "$dir/claims/bomb.yaml")"
    set +e
    (cd "$dir" && /usr/bin/time -v "$CROSSCLAIM" check > /dev/null 2> "$work/$name.time")
    code=$?
    set -e
    ms="$(sed -nE 's/.*Elapsed \(wall clock\) time.*: ([0-9]+):([0-9.]+)$/\1 \2/p' "$work/$name.time" |
        awk '{ printf "%.0f", ($1 * 60 + $2) * 1000 }')"
    kb="$(sed -nE 's/.*Maximum resident set size \(kbytes\): ([0-9]+)/\1/p' "$work/$name.time")"
    printf '%-22s %10s %10s %12s %6s\n' "$name" "$bytes" "$ms" "$(awk "BEGIN { printf \"%.1f\", $kb / 1024 }")" "$code"
done
