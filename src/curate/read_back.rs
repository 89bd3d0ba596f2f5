//! Reading back what a curation command is about to write, with the loader `check` uses, so a
//! command never writes a file that `check` would read differently from what was meant.

use std::path::Path;

use crate::diagnostic::Severity;
use crate::load::{FileResult, load_text};
use crate::model::Corpus;

/// The definitions `text` holds when read as the claim file at `path`, or the first error
/// `check` would report in it.
pub fn read_back(path: &Path, text: &str) -> Result<Corpus, String> {
    match load_text(path, text.to_string()) {
        FileResult::Loaded(_, corpus, diagnostics) => {
            match diagnostics.into_iter().find(|d| d.severity == Severity::Error) {
                Some(error) => Err(error.message),
                None => Ok(corpus),
            }
        }
        FileResult::Failed(_, diagnostics) => Err(diagnostics
            .into_iter()
            .next()
            .map_or_else(|| "it cannot be read back".to_string(), |d| d.message)),
    }
}

/// How many entries a top-level section (`outlets`, `speakers`, `topics`, `articles`, `claims`)
/// of a read-back file holds.
pub fn section_len(corpus: &Corpus, section: &str) -> Option<usize> {
    match section {
        "outlets" => Some(corpus.outlets.len()),
        "speakers" => Some(corpus.speakers.len()),
        "topics" => Some(corpus.topics.len()),
        "articles" => Some(corpus.articles.len()),
        "claims" => Some(corpus.claims.len()),
        _ => None,
    }
}
