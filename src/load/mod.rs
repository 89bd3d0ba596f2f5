//! Files -> YAML -> model. Every problem is collected as a diagnostic; a file that fails to
//! load is skipped and the others are still checked.

mod discover;
mod nesting;
mod parse;
mod read;
mod resolve;
mod spans;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::model::{Corpus, LoadedFile};

pub use discover::discover;
pub use nesting::MAX_FLOW_DEPTH;
pub use read::{MAX_CLAIM_FILE_BYTES, MAX_SOURCE_FILE_BYTES, ReadError, decode, read_bytes, read_text};
pub use resolve::resolve;
pub use spans::SpanIndex;

/// The result of loading: the model of every file that loaded, and what went wrong elsewhere.
pub struct Loaded {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
    /// Files that were read but could not be parsed, kept so their findings show a snippet.
    pub unparsed: Vec<LoadedFile>,
}

/// Loads every claim file under `paths` (files or directories), in a deterministic order.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let (files, mut diagnostics) = discover(paths);
    // Reading and parsing dominate the cost of a check; files are independent.
    let results: Vec<_> = files.par_iter().map(|path| parse::load_file(path)).collect();
    let mut corpus = Corpus::default();
    corpus.reserve_for(results.iter().filter_map(|result| match result {
        parse::FileResult::Parsed(_, parsed, _) => Some(&**parsed),
        parse::FileResult::Failed(..) => None,
    }));
    let mut unparsed = Vec::new();
    for result in results {
        match result {
            parse::FileResult::Parsed(file, parsed, found) => {
                diagnostics.extend(found);
                corpus.add(file, *parsed);
            }
            parse::FileResult::Failed(file, found) => {
                diagnostics.extend(found);
                unparsed.extend(file);
            }
        }
    }
    Loaded {
        corpus,
        diagnostics,
        unparsed,
    }
}
