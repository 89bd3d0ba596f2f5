//! `check` keeps only the texts its findings point into: a clean project's claim files and
//! sources are let go as soon as they have been used, so memory is bounded by the model and not
//! by the corpus's text; a file a later rule finds something in is read again to show it.

#![allow(clippy::unwrap_used)]

#[path = "support/bundled.rs"]
mod bundled;

use std::fs;
use std::path::{Path, PathBuf};

use crossclaim::checking::{Report, check_project};
use crossclaim::load::Keep;
use crossclaim::project::Project;

fn check(root: &Path, keep: Keep) -> Report {
    let project = Project {
        root: root.to_path_buf(),
        claim_paths: vec![root.join("claims")],
        ..Default::default()
    };
    check_project(&project, keep).unwrap()
}

/// The claim files whose texts the report holds, by file name.
fn held_claim_files(report: &Report) -> Vec<String> {
    let mut held: Vec<String> = report
        .loaded
        .corpus
        .files
        .iter()
        .filter(|file| !file.released && !file.text.is_empty())
        .map(|file| name(&file.path))
        .collect();
    held.sort();
    held
}

fn held_sources(report: &Report) -> Vec<String> {
    let mut held: Vec<String> = report.checked.sources.keys().map(|path| name(path)).collect();
    held.sort();
    held
}

fn name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

const TASS_CLAIMS: &str = "claims/articles/tass-2019-10-23-peskov-foreign-troops.yaml";
const TASS_SOURCE: &str = "tass-2019-10-23-kremlin-withdrawal-of-foreign-troops-priority.txt";

#[test]
fn a_clean_project_keeps_no_text() {
    let dir = bundled::copy_of_bundled_project();
    let report = check(dir.path(), Keep::FindingsOnly);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(held_claim_files(&report), Vec::<String>::new());
    assert_eq!(held_sources(&report), Vec::<String>::new());
    // Still counted as read.
    assert_eq!(report.counts.articles, 2);
    assert_eq!(report.counts.files, 5);

    let everything = check(dir.path(), Keep::Everything);
    assert_eq!(held_claim_files(&everything).len(), 5);
    assert_eq!(held_sources(&everything).len(), 2);
}

#[test]
fn a_finding_brings_back_the_texts_it_points_into() {
    let dir = bundled::copy_of_bundled_project();
    let path: PathBuf = dir.path().join(TASS_CLAIMS);
    let text = fs::read_to_string(&path).unwrap();
    // A misquote: its finding is located in the claim file and points at the closest passage
    // in the source.
    let quote = text.find("    quote: \"").unwrap() + "    quote: \"".len();
    let mut changed = text.clone();
    changed.insert_str(quote, "Reportedly, ");
    fs::write(&path, changed).unwrap();

    let report = check(dir.path(), Keep::FindingsOnly);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.name()).collect();
    assert_eq!(codes, ["quote-not-found"]);
    let finding = &report.diagnostics[0];
    // Located: the claim file was read again after its text had been let go.
    let span = finding.primary.span.as_ref().unwrap();
    assert_eq!(span.start.line, 1 + text[..quote].matches('\n').count());
    let passage = &finding.related[0].location;
    assert_eq!(name(&passage.file), TASS_SOURCE);
    assert!(passage.span.is_some());
    assert_eq!(held_claim_files(&report), [name(Path::new(TASS_CLAIMS))]);
    assert_eq!(held_sources(&report), [TASS_SOURCE]);
}
