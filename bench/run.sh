#!/bin/sh
# Runs the criterion benchmarks in release mode and prints the numbers behind the performance
# targets: check against a bare parse of the same files, how check scales with ten times the
# data, and the closest-passage search for a misquote; then `bench/process.sh` makes the same
# comparison between whole processes, with each one's peak memory against the input bytes.
#
# In criterion both run in one process, under the allocator of the `crossclaim` binary
# (mimalloc). The targets are for whole processes: `crossclaim check` as it ships against a
# bare parse as a plain program, with the system allocator; `bench/process.sh` also gives the
# bare parse under mimalloc.
#
#   bench/run.sh                           # the design's corpus: 100,000 claims, 10,000 articles
#   CROSSCLAIM_BENCH_CLAIMS=20000 bench/run.sh   # a smaller one, for a quick look
#
# Extra arguments go to criterion, e.g. `bench/run.sh --sample-size 20`.
set -eu

cd "$(dirname "$0")/.."
claims="${CROSSCLAIM_BENCH_CLAIMS:-100000}"
small=$((claims / 10))
export CROSSCLAIM_BENCH_CLAIMS="$claims"

cargo bench --bench check -- "$@"
cargo bench --bench anchor -- "$@"

results="${CARGO_TARGET_DIR:-target}/criterion"

# The median of one benchmark, in seconds.
median() {
    file="$results/$1/new/estimates.json"
    if [ ! -f "$file" ]; then
        echo "missing $file" >&2
        exit 1
    fi
    sed -E 's/.*"median":\{"confidence_interval":\{[^}]*\},"point_estimate":([0-9.eE+-]+).*/\1/' "$file" |
        awk '{ printf "%.9f", $1 / 1e9 }'
}

parse_small=$(median "claims-$small/parse")
check_small=$(median "claims-$small/check")
parse_large=$(median "claims-$claims/parse")
check_large=$(median "claims-$claims/check")
closest_300=$(median "closest 300-char misquote in 50 KB")
closest_600=$(median "closest 600-char misquote in 50 KB")

awk -v ps="$parse_small" -v cs="$check_small" -v pl="$parse_large" -v cl="$check_large" \
    -v c3="$closest_300" -v c6="$closest_600" -v small="$small" -v large="$claims" \
    -v cpus="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')" 'BEGIN {
    printf "\nmedians on %s CPUs\n\n", cpus
    printf "%-34s %12s %12s %12s\n", "", small " claims", large " claims", "scaling"
    printf "%-34s %10.3f s %10.3f s %11.2fx\n", "bare parse (read + serde_yaml)", ps, pl, pl / ps
    printf "%-34s %10.3f s %10.3f s %11.2fx\n", "check (load + check + locate)", cs, cl, cl / cs
    printf "%-34s %11.2fx %11.2fx\n", "check / parse", cs / ps, cl / pl
    printf "\n%-34s %10.2f ms\n", "closest 300-char misquote, 50 KB", c3 * 1000
    printf "%-34s %10.2f ms\n", "closest 600-char misquote, 50 KB", c6 * 1000
    printf "\nboth under mimalloc, in one process; the targets (check / parse <= 1.15x, ten times\n"
    printf "the data in <= 10.5x the time) are for whole processes, below\n"
}'

# The same comparison as whole processes, paired run by run, with peak memory against the
# input bytes (CROSSCLAIM_BENCH_MILLION=1 adds a million claims).
echo
bench/process.sh
