//! Reading a source for quotations, reported speech and speakers (`crossclaim quotes`): one
//! article-sized text, and ten and a hundred times as much, to show the cost grows linearly.
//! The texts are the generated corpus's articles (curly and straight quotes, no-break spaces,
//! wrapped lines, CRLF), one after another.

#![allow(clippy::expect_used)]

#[path = "support/corpus.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use crossclaim::curate::quotes::analyse;

use corpus::{CorpusSpec, write_corpus};

/// At least `bytes` of the generated articles' texts.
fn sources(bytes: usize) -> String {
    let dir = tempfile::tempdir().expect("a temporary directory");
    write_corpus(dir.path(), &CorpusSpec::newsroom(bytes / 200 + 10)).expect("the corpus is written");
    let mut text = String::with_capacity(bytes + 10_000);
    for entry in walkdir::WalkDir::new(dir.path().join("seeds")).sort_by_file_name() {
        let entry = entry.expect("the seeds are listed");
        if entry.file_type().is_file() {
            text.push_str(&std::fs::read_to_string(entry.path()).expect("a seed is text"));
            text.push_str("\n\n");
        }
        if text.len() >= bytes {
            break;
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let large = sources(5_000_000);
    let lexicon = crossclaim::analysis::Lexicon::builtin();
    for size in [50_000, 500_000, 5_000_000] {
        let end = (0..=size.min(large.len()))
            .rev()
            .find(|&i| large.is_char_boundary(i))
            .unwrap_or(0);
        let text = &large[..end];
        let found = analyse(text, &lexicon);
        assert!(
            found.quotations.len() > size / 5_000,
            "{} quotations in {size} bytes",
            found.quotations.len()
        );
        c.bench_function(&format!("quotes: read {} KB of sources", size / 1000), |b| {
            b.iter(|| analyse(black_box(text), &lexicon))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
