//! Files -> YAML tree -> model. Every problem is collected as a diagnostic: a file that fails to
//! parse is skipped, a definition with an error is left out, and everything else still loads.

mod allowances;
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

pub use discover::{discover, discover_except};
pub use file::{FileResult, load_bytes, load_file, load_text};
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
    let (files, diagnostics) = discover(paths);
    load_files(&files, diagnostics, None)
}

/// A claim file's bytes given rather than read: an editor's unsaved buffer on standard input.
#[derive(Debug, Clone, Default)]
pub struct Given {
    /// The file it stands for, as findings name it.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Loads `files` in their order, `given` from its bytes instead of from the disk, after the
/// findings of finding them.
pub fn load_files(files: &[PathBuf], mut diagnostics: Vec<Diagnostic>, given: Option<&Given>) -> Loaded {
    // Reading and parsing dominate the cost of a check; files are independent.
    let results: Vec<_> = files
        .par_iter()
        .map(|path| match given {
            Some(given) if given.path == *path => load_bytes(path, given.bytes.clone()),
            _ => load_file(path),
        })
        .collect();
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
