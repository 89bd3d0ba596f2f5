//! `crossclaim compare` on a generated corpus of 10,000 claims in 1,000 articles from 50
//! outlets: the whole command (load, check, build the view, render it), and the view alone.
//!
//! Run with `cargo bench --bench compare`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/checked.rs"]
mod checked;
#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use clap::Parser;
use criterion::{Criterion, criterion_group, criterion_main};
use crossclaim::check::Index;
use crossclaim::cli::{Cli, Command};
use crossclaim::commands;
use crossclaim::compare::{Filter, Selection, by_topic};
use crossclaim::load;
use crossclaim::render::layout::{self, ClaimText};
use crossclaim::render::render_table;

use checked::load_and_check;
use corpus::{CorpusSpec, write_corpus};

const SPEC: CorpusSpec = CorpusSpec {
    outlets: 50,
    speakers: 200,
    topics: 10,
    propositions_per_topic: 4,
    articles: 1_000,
    claims: 10_000,
};

fn compare_output(claims: &Path, extra: &[&str]) -> String {
    let mut argv = vec!["crossclaim", "compare", claims.to_str().unwrap()];
    argv.extend_from_slice(extra);
    let Command::Compare(args) = Cli::parse_from(argv).command else {
        unreachable!("parsed a compare command")
    };
    commands::compare::output(&args).expect("the generated corpus checks clean")
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), &SPEC).unwrap();
    let claims: PathBuf = dir.path().join("claims");

    let mut group = c.benchmark_group("compare 10k claims, 1k articles, 50 outlets");
    group.sample_size(10).measurement_time(Duration::from_secs(10));

    group.bench_function("by topic, table (load + check + view + render)", |b| {
        b.iter(|| black_box(compare_output(&claims, &["--width", "100"])))
    });
    group.bench_function("by topic, json (load + check + view + render)", |b| {
        b.iter(|| black_box(compare_output(&claims, &["--format", "json"])))
    });

    let loaded = load::load(std::slice::from_ref(&claims));
    group.bench_function("load + check only", |b| {
        b.iter(|| black_box(load_and_check(dir.path(), &claims)))
    });
    group.bench_function("by topic, table (view + render only)", |b| {
        b.iter(|| {
            let index = Index::new(&loaded.corpus);
            let filter = Filter::default();
            let selection = Selection::new(&loaded.corpus, &index, &filter);
            let view = by_topic(&selection, &filter);
            let arrangement = layout::Arrangement::Auto { width: 100 };
            black_box(render_table(
                &layout::by_topic(&view, ClaimText::default(), arrangement),
                100,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
