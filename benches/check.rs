//! `check` on the design's generated corpus (100,000 claims, 10,000 articles) against a bare
//! serde_yaml parse of the same claim files, and at a tenth of that size for scaling.
//!
//! Both measurements start from the project on disk (files in the page cache after the first
//! iteration) and end with everything in memory:
//! - `parse`: read every claim file and deserialize it into `ClaimFile`, in parallel with rayon
//!   as the checker does. The file list is made once, outside the timing.
//! - `check`: what `crossclaim check` does short of printing ([`check_project`], which the
//!   command runs): discover the files, read and parse them, run every rule (which reads,
//!   hashes and normalizes each source and anchors every quote), apply the severities, then
//!   locate the findings.
//!
//! Neither frees its result inside the timing: `crossclaim check` exits without freeing.
//!
//! `CROSSCLAIM_BENCH_CLAIMS` overrides the large size (the small one is a tenth of it).
//!
//! Both run with the allocator of the `crossclaim` binary, so that `check` is measured as it
//! ships; `bench/process.sh` compares it with the bare parse under the system allocator too.

#[path = "support/claim_files.rs"]
mod claim_files;
#[path = "support/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use crossclaim::checking::{Report, check_project};
use crossclaim::load::Keep;
use crossclaim::model::ClaimFile;
use rayon::prelude::*;

use claim_files::claim_files;
use corpus::{CorpusSpec, write_corpus};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The baseline: read and deserialize every claim file, nothing else.
fn bare_parse(files: &[PathBuf]) -> Vec<ClaimFile> {
    files
        .par_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            serde_yaml::from_str::<ClaimFile>(&text).ok()
        })
        .collect()
}

/// `crossclaim check` without the printing, through the same entry point as the command.
fn full_check(root: &Path) -> Report {
    let project = crossclaim::project::Project {
        root: root.to_path_buf(),
        claim_paths: vec![root.join("claims")],
        ..Default::default()
    };
    check_project(&project, Keep::FindingsOnly)
        .unwrap_or_else(|e| panic!("the generated project has claim files: {e:?}"))
}

struct Project {
    dir: tempfile::TempDir,
    files: Vec<PathBuf>,
    claims: usize,
}

// A benchmark reports what it measures on stderr, next to criterion's own output.
#[allow(clippy::print_stderr)]
fn project(claims: usize) -> Project {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("cannot create a temporary directory: {e}"));
    let stats = write_corpus(dir.path(), &CorpusSpec::newsroom(claims))
        .unwrap_or_else(|e| panic!("cannot generate the corpus: {e}"));
    eprintln!(
        "corpus of {claims} claims: {} claim files ({} MB), {} MB of sources",
        stats.claim_files,
        stats.claim_bytes / 1_000_000,
        stats.source_bytes / 1_000_000
    );
    // A corpus that does not check clean would measure the error paths instead.
    assert_eq!(
        full_check(dir.path()).diagnostics.len(),
        0,
        "the generated corpus has findings"
    );
    let files = claim_files(dir.path());
    Project { dir, files, claims }
}

fn bench(c: &mut Criterion) {
    let large = std::env::var("CROSSCLAIM_BENCH_CLAIMS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    for claims in [large / 10, large] {
        let project = project(claims);
        let mut group = c.benchmark_group(format!("claims-{}", project.claims));
        group.sample_size(10).warm_up_time(Duration::from_secs(1));
        group.measurement_time(Duration::from_secs(if claims >= 50_000 { 30 } else { 8 }));
        // Both results are dropped outside the timing: the command does not free its corpus
        // before exiting, and the baseline is held to the same rule.
        group.bench_function("parse", |b| b.iter_with_large_drop(|| bare_parse(&project.files)));
        group.bench_function("check", |b| b.iter_with_large_drop(|| full_check(project.dir.path())));
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
