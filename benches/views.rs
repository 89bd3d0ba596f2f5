//! The views on a corpus shaped like a stance dataset (300 topics with one proposition each,
//! 724 outlets, 2,600 headlines, 1 to 20 outlets per topic) and on one ten times larger:
//! `compare`, `coverage` and `report` as the commands run them (load, check, view, render),
//! beside loading and checking alone. Their output grows with the claims, not with topics x
//! outlets; `tests/view_scaling.rs` counts that, `bench/views.sh` times whole processes.
//!
//! Run with `cargo bench --bench views`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/checked.rs"]
mod checked;
#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/headlines.rs"]
mod headlines;

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use clap::Parser;
use criterion::{Criterion, criterion_group, criterion_main};
use crossclaim::cli::{Cli, Command};
use crossclaim::commands;

use checked::load_and_check;
use headlines::{HeadlineSpec, write_headlines};

fn command(dir: &Path, args: &[&str]) -> String {
    let claims = dir.join("claims");
    let mut argv = vec!["crossclaim"];
    argv.extend_from_slice(args);
    argv.push(claims.to_str().unwrap());
    let result = match Cli::parse_from(argv).command {
        Command::Compare(args) => commands::compare::output(&args),
        Command::Coverage(args) => commands::coverage::output(&args),
        Command::Report(args) => commands::report::output(&args),
        _ => unreachable!("a view"),
    };
    result.expect("the generated corpus checks clean")
}

fn bench(c: &mut Criterion) {
    for (name, spec) in [
        ("dataset", HeadlineSpec::DATASET),
        ("dataset x10", HeadlineSpec::DATASET.times(10)),
    ] {
        let dir = tempfile::tempdir().unwrap();
        write_headlines(dir.path(), &spec).unwrap();
        let claims = dir.path().join("claims");
        let mut group = c.benchmark_group(format!(
            "views, {name}: {} claims, {} outlets, {} topics",
            spec.claims, spec.outlets, spec.topics
        ));
        group.sample_size(10).measurement_time(Duration::from_secs(10));
        group.bench_function("load + check", |b| {
            b.iter(|| black_box(load_and_check(dir.path(), &claims)))
        });
        for (label, args) in [
            ("compare, table", &["compare", "--width", "100"][..]),
            ("coverage, table", &["coverage", "--width", "100"][..]),
            ("coverage, csv", &["coverage", "--format", "csv"][..]),
            ("report", &["report"][..]),
        ] {
            group.bench_function(label, |b| b.iter(|| black_box(command(dir.path(), args).len())));
        }
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
