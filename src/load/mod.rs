//! Files -> YAML tree -> model. Every problem is collected as a diagnostic: a file that fails to
//! parse is skipped, a definition with an error is left out, and everything else still loads.

mod discover;
mod file;
mod read;
mod records;
mod resolve;
mod sections;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::model::Corpus;

pub use discover::discover;
pub use file::{FileResult, load_file, load_text};
pub use read::{MAX_CLAIM_FILE_BYTES, MAX_SOURCE_FILE_BYTES, ReadError, decode, read_bytes, read_text};
pub use resolve::resolve;
pub use sections::SECTIONS;

/// The result of loading: the model of everything that loaded, and what went wrong elsewhere.
pub struct Loaded {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads every claim file under `paths` (files or directories), in a deterministic order.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let (files, mut diagnostics) = discover(paths);
    // Reading and parsing dominate the cost of a check; files are independent.
    let results: Vec<_> = files.par_iter().map(|path| load_file(path)).collect();
    let mut corpus = Corpus::default();
    corpus.reserve_for(results.iter().filter_map(|result| match result {
        FileResult::Loaded(_, definitions, _) => Some(definitions),
        FileResult::Failed(..) => None,
    }));
    for result in results {
        match result {
            FileResult::Loaded(file, definitions, found) => {
                diagnostics.extend(found);
                corpus.add(file, definitions);
            }
            FileResult::Failed(file, found) => {
                diagnostics.extend(found);
                corpus.failed.extend(file);
            }
        }
    }
    Loaded { corpus, diagnostics }
}

#[cfg(test)]
mod tests;
