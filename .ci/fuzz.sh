#!/usr/bin/env bash
# Builds the fuzz targets with cargo-fuzz (libFuzzer) and runs each for a bounded time from
# seeds gathered out of the fixtures. A crash or timeout fails CI and leaves its input in
# fuzz/artifacts/<target>/. FUZZ_SECONDS sets the time per target (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."

version=0.13.2
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $version" ]; then
    # Built unoptimized: it only drives the build and the runs.
    cargo install cargo-fuzz --version "$version" --locked --debug
fi
# cargo-fuzz passes sanitizer flags only a nightly compiler accepts; the stable one accepts
# them when told to behave as nightly.
export RUSTC_BOOTSTRAP=1
bash fuzz/seeds.sh
cd fuzz
# In CI the targets are built without optimization or AddressSanitizer (the code under test is
# safe Rust), which halves the build; coverage guidance and every assertion stay. Longer runs
# use -O, as the README says.
flags=(--dev --sanitizer none)
cargo fuzz build "${flags[@]}"
for target in load anchor date config table; do
    cargo fuzz run "${flags[@]}" "$target" "corpus/$target" -- \
        -max_total_time="${FUZZ_SECONDS:-20}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done
