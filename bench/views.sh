#!/bin/sh
# Times the views as whole processes, as people run them, with their peak memory: `compare`,
# `coverage` and `report` on a corpus shaped like a stance dataset (300 topics with one
# proposition each, 724 outlets, 2,600 headlines, 1 to 20 outlets per topic) and on one ten
# times larger, and `compare` on the compare benchmark's corpus (10,000 claims in 1,000
# articles from 50 outlets), each beside `check` of the same files. Prints the fastest and the
# median of RUNS runs (default 11) and each output's size.
#
#   bench/views.sh            RUNS=21 bench/views.sh
#
# Needs GNU time at /usr/bin/time. For the views inside one process, see `cargo bench --bench
# views`; `tests/view_scaling.rs` counts how their output grows.
set -eu

cd "$(dirname "$0")/.."
runs="${RUNS:-11}"
cargo build --release --quiet --bin crossclaim --example corpus
bin="$(pwd)/${CARGO_TARGET_DIR:-target}/release/crossclaim"
corpus="$(pwd)/${CARGO_TARGET_DIR:-target}/release/examples/corpus"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$corpus" headlines "$work/dataset" 1
"$corpus" headlines "$work/dataset-x10" 10
"$corpus" newsroom "$work/newsroom" 10000

# One line: the fastest and median seconds of $runs runs, the most memory, the output's size.
measure() {
    dir=$1
    shift
    times="$work/times"
    : >"$times"
    i=0
    while [ "$i" -lt "$runs" ]; do
        (cd "$dir" && /usr/bin/time -f "%e %M" -a -o "$times" "$bin" "$@" >"$work/out")
        i=$((i + 1))
    done
    bytes=$(wc -c <"$work/out")
    sort -n "$times" | awk -v n="$runs" -v bytes="$bytes" '
        { t[NR] = $1; if ($2 > rss) rss = $2 }
        END { printf "%8.3f s %8.3f s %7.0f MB %10.1f MB\n", t[1], t[int((n + 1) / 2)], rss / 1024, bytes / 1048576 }'
}

printf "\n%d runs each on %s CPUs: fastest, median, peak memory, output\n" "$runs" "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')"
for corpus_dir in dataset dataset-x10; do
    printf "\n%s\n" "$corpus_dir: $(cd "$work/$corpus_dir" && "$bin" check)"
    for view in "check" "compare --width 100" "coverage --width 100" "coverage --format csv" "report"; do
        # shellcheck disable=SC2086 # the view's words are its arguments
        printf "  %-24s %s\n" "$view" "$(measure "$work/$corpus_dir" $view)"
    done
done
printf "\nnewsroom: %s\n" "$(cd "$work/newsroom" && "$bin" check)"
for view in "check" "compare --width 100" "compare --format json"; do
    # shellcheck disable=SC2086
    printf "  %-24s %s\n" "$view" "$(measure "$work/newsroom" $view)"
done
