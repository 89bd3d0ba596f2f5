//! `crossclaim export` on the design's generated corpus (100,000 claims in 10,000 articles):
//! each format built from a project that is already loaded and checked, and the whole command
//! (the release binary loading, checking, exporting, writing the file and exiting) for one text
//! format and for SQLite.
//!
//! `CROSSCLAIM_BENCH_CLAIMS` overrides the size. Run with `cargo bench --bench export`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use crossclaim::checking::check_project;
use crossclaim::cli::ExportFormat;
use crossclaim::commands::export::text;
use crossclaim::interchange::{Input, sqlite};
use crossclaim::load::Keep;
use crossclaim::project::Project;

use corpus::{CorpusSpec, write_corpus};

const TEXT_FORMATS: [ExportFormat; 6] = [
    ExportFormat::Jsonld,
    ExportFormat::Annotations,
    ExportFormat::Graphml,
    ExportFormat::Gexf,
    ExportFormat::Csv,
    ExportFormat::Jsonl,
];

fn claims() -> usize {
    std::env::var("CROSSCLAIM_BENCH_CLAIMS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}

/// The whole command, as a user runs it (a process that loads, checks, exports, writes the
/// file and exits), writing to `output`.
fn command(root: &Path, format: &str, output: &Path) -> Option<i32> {
    Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["export", "--format", format, "--output"])
        .arg(output)
        .current_dir(root)
        .stderr(Stdio::null())
        .status()
        .unwrap()
        .code()
}

// A benchmark reports what it measures on stderr, next to criterion's own output.
#[allow(clippy::print_stderr)]
fn bench(c: &mut Criterion) {
    let claims = claims();
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), &CorpusSpec::newsroom(claims)).unwrap();
    let project = Project {
        root: dir.path().to_path_buf(),
        claim_paths: vec![dir.path().join("claims")],
        ..Default::default()
    };
    let report = check_project(&project, Keep::Everything).unwrap();
    assert_eq!(report.counts.errors, 0, "the generated corpus checks clean");
    let lexicon = crossclaim::analysis::Lexicon::builtin();
    let input = Input::new(
        &report.loaded.corpus,
        dir.path(),
        &report.checked.sources,
        &report.checked.anchors,
        &lexicon,
    );
    let out = tempfile::tempdir().unwrap();

    let mut group = c.benchmark_group(format!("export {claims} claims"));
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    for format in TEXT_FORMATS {
        let size = text(format, &input).map_or(0, |t| t.len());
        eprintln!("{}: {} MB", format.name(), size / 1_000_000);
        group.bench_function(format!("{} (export only)", format.name()), |b| {
            b.iter(|| black_box(text(format, &input)))
        });
    }
    let database = out.path().join("claims.db");
    group.bench_function("sqlite (export only)", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(&database);
            sqlite::write(&database, &input).unwrap();
        })
    });
    eprintln!(
        "sqlite: {} MB",
        std::fs::metadata(&database).map_or(0, |m| m.len()) / 1_000_000
    );
    let csv = out.path().join("claims.csv");
    group.bench_function("csv (whole command: load + check + export + write)", |b| {
        b.iter(|| assert_eq!(command(dir.path(), "csv", &csv), Some(0)))
    });
    let db = out.path().join("command.db");
    group.bench_function("sqlite (whole command: load + check + export + write)", |b| {
        b.iter(|| assert_eq!(command(dir.path(), "sqlite", &db), Some(0)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
