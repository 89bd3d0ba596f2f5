//! The generated benchmark corpus is a valid, clean project, and the same spec always gives the
//! same bytes, so benchmark numbers are comparable between runs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/headlines.rs"]
mod headlines;

use std::path::Path;
use std::process::Command;

use corpus::{CorpusSpec, write_corpus};
use walkdir::WalkDir;

const SPEC: CorpusSpec = CorpusSpec {
    outlets: 4,
    speakers: 30,
    topics: 5,
    propositions_per_topic: 3,
    articles: 20,
    claims: 200,
};

#[test]
fn generated_corpus_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let stats = write_corpus(dir.path(), &SPEC).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .arg("check")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert_eq!(
        stdout,
        format!(
            "checked 200 claims in {} files, 20 article sources: no problems found\n",
            stats.claim_files
        )
    );
    assert_eq!(stats.claim_files, 23);
}

#[test]
fn newsroom_proportions_check_clean() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), &CorpusSpec::newsroom(1000)).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .arg("check")
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.ends_with("no problems found\n"), "{stdout}");
}

#[test]
fn the_stance_dataset_shape_checks_clean_and_is_the_same_every_time() {
    let spec = headlines::HeadlineSpec::DATASET.tenth();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    headlines::write_headlines(a.path(), &spec).unwrap();
    headlines::write_headlines(b.path(), &spec).unwrap();
    assert_eq!(files(a.path()), files(b.path()));
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .arg("check")
        .current_dir(a.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        stdout,
        format!(
            "checked {} claims in {} files, {} article sources: no problems found\n",
            spec.claims,
            spec.outlets + 2,
            spec.claims
        )
    );
}

#[test]
fn same_spec_gives_same_bytes() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    write_corpus(a.path(), &SPEC).unwrap();
    write_corpus(b.path(), &SPEC).unwrap();
    assert_eq!(files(a.path()), files(b.path()));
}

#[test]
fn texts_need_quote_normalization() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), &SPEC).unwrap();
    let all = files(dir.path());
    let seeds: String = all
        .iter()
        .filter(|(p, _)| p.starts_with("seeds"))
        .map(|(_, t)| t.as_str())
        .collect();
    let claims: String = all
        .iter()
        .filter(|(p, _)| p.starts_with("claims"))
        .map(|(_, t)| t.as_str())
        .collect();
    for invisible in ['\u{201C}', '\u{2019}', '\u{A0}', '\u{2026}', '\r'] {
        assert!(seeds.contains(invisible), "no {invisible:?} in the texts");
    }
    // Claims typed on a plain keyboard quote passages printed with typographic characters.
    assert!(claims.contains("quote: \"We're ") || claims.contains("n't"));
    for feature in [
        "occurrence: 2",
        "prefix: ",
        "said_on: ",
        "mode: narration",
        "stance: opposes",
        "date: unknown",
    ] {
        assert!(claims.contains(feature), "no `{feature}` in the claims");
    }
}

fn files(root: &Path) -> Vec<(String, String)> {
    WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e.path().strip_prefix(root).unwrap().to_string_lossy().into_owned();
            (relative, std::fs::read_to_string(e.path()).unwrap())
        })
        .collect()
}
