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
use crate::model::{Corpus, LoadedFile};

pub use discover::{discover, discover_except};
pub use file::{FileResult, load_bytes, load_file, load_text};
pub use read::{
    MAX_CLAIM_FILE_BYTES, MAX_SOURCE_FILE_BYTES, ReadError, decode, open_unless_link, read_bytes, read_opened,
    read_text,
};
pub use resolve::resolve;
pub use sections::SECTIONS;

/// The result of loading: the model of everything that loaded, and what went wrong elsewhere.
pub struct Loaded {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads every claim file under `paths` (files or directories), in a deterministic order,
/// keeping every text.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let (files, diagnostics) = discover(paths);
    load_files(&files, diagnostics, None, Keep::Everything)
}

/// Which texts are kept once they have been used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// Every claim file's and article source's text: views, exports and curation show them.
    #[default]
    Everything,
    /// Only the texts of files with findings, the rest read again if a later finding names
    /// them: all that `check` prints, with memory bounded by the model rather than the texts.
    FindingsOnly,
}

/// A claim file's bytes given rather than read: an editor's unsaved buffer on standard input.
#[derive(Debug, Clone, Default)]
pub struct Given {
    /// The file it stands for, as findings name it.
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// How many files are parsed in parallel before their definitions join the corpus: enough
/// to keep every thread busy, few enough that the parsed files waiting to join (at most two
/// batches) hold little beside the corpus they join.
const FILES_PER_BATCH: usize = 256;

/// Loads `files` in their order, `given` from its bytes instead of from the disk, after the
/// findings of finding them. With [`Keep::FindingsOnly`], the text of a file that loads without
/// a finding is let go as soon as it is parsed (see [`reread`]).
pub fn load_files(files: &[PathBuf], mut diagnostics: Vec<Diagnostic>, given: Option<&Given>, keep: Keep) -> Loaded {
    let mut corpus = Corpus::default();
    let mut parsed = Vec::new();
    let mut progress = Progress {
        done: 0,
        total: files.len(),
    };
    for batch in files.chunks(FILES_PER_BATCH) {
        if parsed.is_empty() {
            // Nothing waits to join: no second task to hand to another thread.
            parsed = parse_batch(batch, given, keep);
            continue;
        }
        let waiting = std::mem::take(&mut parsed);
        progress.done += waiting.len();
        // Joining one batch to the corpus runs on one thread: the next batch is parsed
        // meanwhile, so no thread waits for the join.
        let ((), next) = rayon::join(
            || join_batch(&mut corpus, &mut diagnostics, waiting, progress),
            || parse_batch(batch, given, keep),
        );
        parsed = next;
    }
    progress.done += parsed.len();
    join_batch(&mut corpus, &mut diagnostics, parsed, progress);
    Loaded { corpus, diagnostics }
}

/// How many of the files to load have been parsed once a batch joins the corpus.
#[derive(Clone, Copy)]
struct Progress {
    done: usize,
    total: usize,
}

/// Reads and parses a batch of files in parallel: reading and parsing dominate the cost of a
/// check, and files are independent. A few files are parsed on the calling thread.
fn parse_batch(batch: &[PathBuf], given: Option<&Given>, keep: Keep) -> Vec<FileResult> {
    let load = |path: &PathBuf| match given {
        Some(given) if given.path == *path => load_bytes(path, given.bytes.clone()),
        _ => release_clean(load_file(path), keep),
    };
    if crate::threads::worth_the_pool(batch.len()) {
        batch.par_iter().map(load).collect()
    } else {
        batch.iter().map(load).collect()
    }
}

/// Adds a parsed batch's definitions and findings after those of the files before it.
fn join_batch(corpus: &mut Corpus, diagnostics: &mut Vec<Diagnostic>, results: Vec<FileResult>, progress: Progress) {
    let loaded = results.iter().filter_map(|result| match result {
        FileResult::Loaded(_, definitions, _) => Some(definitions),
        FileResult::Failed(..) => None,
    });
    corpus.reserve_for(loaded, progress.done, progress.total);
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
}

/// Lets go of the text of a file read from disk that loaded without a finding.
fn release_clean(mut result: FileResult, keep: Keep) -> FileResult {
    if let (Keep::FindingsOnly, FileResult::Loaded(file, _, found)) = (keep, &mut result)
        && found.is_empty()
    {
        file.text = String::new();
        file.released = true;
    }
    result
}

/// Reads again the texts of the released files among `named`, in parallel when there are many,
/// so findings in them can be located. A file that can no longer be read keeps no text: its
/// findings are shown without a position.
pub fn reread(corpus: &mut Corpus, named: &std::collections::HashSet<&std::path::Path>) {
    let wanted = |file: &&mut LoadedFile| file.released && named.contains(file.path.as_path());
    let read_again = |file: &mut LoadedFile| {
        if let Ok(text) = read_text(&file.path, MAX_CLAIM_FILE_BYTES) {
            file.text = text;
            file.released = false;
        }
    };
    if crate::threads::worth_the_pool(named.len()) {
        corpus.files.par_iter_mut().filter(wanted).for_each(read_again);
    } else {
        corpus.files.iter_mut().filter(wanted).for_each(read_again);
    }
}

#[cfg(test)]
mod tests;
