//! `crossclaim import csv` on a generated Emergent-style stance dataset: 100,000 rows about
//! 2,000 claims from 500 outlets, each with a headline, a body of about 700 bytes, a url
//! (every hundredth row repeats an earlier one with a tracking parameter, to be merged), a date
//! and a stance label. Timed as a user runs it, with the release binary: into a new project,
//! and again into the project it made (every row already there, nothing written).
//!
//! `CROSSCLAIM_BENCH_ROWS` overrides the size. Run with `cargo bench --bench import`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

fn rows() -> usize {
    std::env::var("CROSSCLAIM_BENCH_ROWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}

const WORDS: [&str; 24] = [
    "minister",
    "border",
    "report",
    "officials",
    "deny",
    "confirm",
    "troops",
    "spider",
    "city",
    "council",
    "ferry",
    "bridge",
    "election",
    "vote",
    "claims",
    "arrested",
    "whale",
    "river",
    "storm",
    "contract",
    "reunion",
    "leaked",
    "memo",
    "hospital",
];

/// A few pseudo-random words, the same for the same seed.
fn words(seed: usize, n: usize) -> String {
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        out.push(WORDS[(state >> 33) % WORDS.len()]);
    }
    out.join(" ")
}

/// The dataset: one header row and `rows` rows.
fn dataset(rows: usize) -> String {
    let mut csv = String::from(
        "articleId,claimId,claimHeadline,articleHeadline,articleBody,articleHeadlineStance,source,url,date\n",
    );
    let stances = ["for", "against", "observing"];
    for i in 0..rows {
        // Every hundredth row repeats the row before it, with a tracking parameter on its url.
        let article = if i % 100 == 99 { i - 1 } else { i };
        let claim = article % 2_000;
        let outlet = article % 500;
        let tracking = if article == i { "" } else { "?utm_source=feed" };
        let body = format!(
            "{}. {}. {}.",
            words(article * 7, 40),
            words(article * 7 + 1, 40),
            words(article * 7 + 2, 30)
        );
        let _ = writeln!(
            csv,
            "{i},c{claim},\"Claim {claim}: {}\",\"{} {article}\",\"{body}\",{},outlet{outlet}.example,https://www.outlet{outlet}.example/news/{article}{tracking},2014-{:02}-{:02}",
            words(claim, 6),
            words(article, 8),
            stances[article % 3],
            article % 12 + 1,
            article % 28 + 1
        );
    }
    csv
}

const MAPPING: [&str; 12] = [
    "--column",
    "topic=claimHeadline",
    "--column",
    "quote=articleHeadline",
    "--column",
    "body=articleBody",
    "--column",
    "stance=articleHeadlineStance",
    "--column",
    "outlet=source",
    "--id",
    "emergent=articleId",
];

fn import(csv: &Path, into: &Path) -> Duration {
    let start = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["import", "csv"])
        .arg(csv)
        .args(MAPPING)
        .arg("--into")
        .arg(into)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    let elapsed = start.elapsed();
    assert_eq!(status.code(), Some(0), "the generated dataset imports clean");
    elapsed
}

// A benchmark reports what it measures on stderr, next to criterion's own output.
#[allow(clippy::print_stderr)]
fn bench(c: &mut Criterion) {
    let rows = rows();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("emergent.csv");
    std::fs::write(&csv, dataset(rows)).unwrap();
    eprintln!(
        "dataset: {rows} rows, {} MB",
        std::fs::metadata(&csv).map_or(0, |m| m.len()) / 1_000_000
    );
    let mut group = c.benchmark_group(format!("import {rows} rows"));
    group.sample_size(10).measurement_time(Duration::from_secs(60));
    group.bench_function("into a new project (whole command)", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let into = tempfile::tempdir_in(dir.path()).unwrap();
                total += import(&csv, &into.path().join("corpus"));
            }
            total
        })
    });
    let existing = dir.path().join("existing");
    import(&csv, &existing);
    group.bench_function("again, into the project it made (nothing to write)", |b| {
        b.iter(|| import(&csv, &existing))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
