#!/usr/bin/env bash
# `crossclaim check` against a bare serde_yaml parse of the same claim files, both as whole
# processes, paired run by run (alternating which goes first), with each one's peak memory
# against the project's input bytes (claim files and article sources). The bare parse runs
# with the system allocator, the baseline of the targets; it also runs with mimalloc, the
# allocator of `crossclaim`, to tell how much of the difference is the allocator's.
#
#   bench/process.sh                              # 10,000 and 100,000 claims, 15 pairs each
#   CROSSCLAIM_BENCH_CLAIMS=20000 bench/process.sh  # 2,000 and 20,000 claims
#   CROSSCLAIM_BENCH_MILLION=1 bench/process.sh   # also 1,000,000 claims (about 1 GB on disk)
#   CROSSCLAIM_BENCH_RUNS=31 bench/process.sh     # more pairs
#
# The corpora are generated once under $CROSSCLAIM_BENCH_DIR (default: a directory in /tmp)
# and kept for the next run. Needs GNU time (`/usr/bin/time`, Debian's `time` package).
set -euo pipefail

cd "$(dirname "$0")/.."
runs="${CROSSCLAIM_BENCH_RUNS:-15}"
dir="${CROSSCLAIM_BENCH_DIR:-${TMPDIR:-/tmp}/crossclaim-bench}"
claims="${CROSSCLAIM_BENCH_CLAIMS:-100000}"
sizes=($((claims / 10)) "$claims")
if [ -n "${CROSSCLAIM_BENCH_MILLION:-}" ]; then
    sizes+=(1000000)
fi
if [ ! -x /usr/bin/time ]; then
    echo "bench/process.sh needs GNU time at /usr/bin/time (apt-get install time)" >&2
    exit 2
fi

cargo build --release --quiet --bin crossclaim --example corpus --example bare_parse --example bare_parse_mimalloc
target="${CARGO_TARGET_DIR:-target}/release"
check="$PWD/$target/crossclaim"
parse="$PWD/$target/examples/bare_parse"
parse_mi="$PWD/$target/examples/bare_parse_mimalloc"
mkdir -p "$dir"

# One run: prints "seconds peak-KB" for the command, run in the project's directory.
timed() {
    local start end
    start=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$dir/peak" "$@" >/dev/null 2>&1
    end=$EPOCHREALTIME
    awk -v s="$start" -v e="$end" -v kb="$(tail -n 1 "$dir/peak")" 'BEGIN { printf "%.6f %d\n", e - s, kb }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-10s %10s %10s %8s %10s %8s %10s %10s %12s %8s\n' claims parse check ratio \
    "parse mi" "ratio mi" "parse MiB" "check MiB" "input MiB" "check/in"
for claims in "${sizes[@]}"; do
    project="$dir/claims-$claims"
    if [ ! -f "$project/.complete" ]; then
        rm -rf "$project"
        "$target/examples/corpus" check "$project" "$claims"
        touch "$project/.complete"
    fi
    input=$(find "$project/claims" "$project/seeds" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
    (cd "$project" && "$check" check >/dev/null) || {
        echo "the generated project of $claims claims does not check clean" >&2
        exit 1
    }
    : >"$dir/pairs"
    for ((i = 0; i < runs; i++)); do
        if ((i % 2)); then
            c=$(cd "$project" && timed "$check" check)
            p=$(timed "$parse" "$project")
            m=$(timed "$parse_mi" "$project")
        else
            m=$(timed "$parse_mi" "$project")
            p=$(timed "$parse" "$project")
            c=$(cd "$project" && timed "$check" check)
        fi
        echo "$p $c $m" >>"$dir/pairs"
    done
    ps=$(awk '{ print $1 }' "$dir/pairs" | median)
    cs=$(awk '{ print $3 }' "$dir/pairs" | median)
    ratio=$(awk '{ print $3 / $1 }' "$dir/pairs" | median)
    ms=$(awk '{ print $5 }' "$dir/pairs" | median)
    ratio_mi=$(awk '{ print $3 / $5 }' "$dir/pairs" | median)
    pm=$(awk '{ print $2 }' "$dir/pairs" | sort -n | tail -n 1)
    cm=$(awk '{ print $4 }' "$dir/pairs" | sort -n | tail -n 1)
    awk -v n="$claims" -v ps="$ps" -v cs="$cs" -v r="$ratio" -v ms="$ms" -v rm="$ratio_mi" -v pm="$pm" \
        -v cm="$cm" -v bytes="$input" 'BEGIN {
        printf "%-10s %8.3f s %8.3f s %7.2fx %8.3f s %7.2fx %10.1f %10.1f %12.1f %7.2fx\n",
            n, ps, cs, r, ms, rm, pm / 1024, cm / 1024, bytes / 1048576, cm * 1024 / bytes
    }'
done
echo
echo "medians of $runs paired runs; ratio: the median of each pair's check / parse; mi: the bare"
echo "parse with mimalloc, crossclaim's allocator; memory: the largest peak resident set of any"
echo "run, in MiB (of the parse with the system allocator); targets: ratio <= 1.15x, check/in <= 1.50x"
