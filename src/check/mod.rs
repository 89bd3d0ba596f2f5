//! The rules. Each family returns diagnostics and never prints.

mod canonical;
mod closest;
mod dates;
mod duplicates;
mod foreign;
mod framing;
mod gaps;
mod index;
mod markers;
mod provenance;
mod quotes;
mod references;
mod resolved;
mod rules;
mod same_article;
mod seeds;
mod sources;
mod stances;
mod statements;
mod usage;
mod validate;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::analysis::Lexicon;
use crate::diagnostic::Diagnostic;
use crate::model::Corpus;

pub use index::Index;
pub use quotes::Anchors;
pub use sources::LoadedSource;
pub use statements::statement_of;

/// What checking a corpus found, plus the source texts findings may point into.
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    /// Source article texts by displayed path, for showing passages.
    pub sources: HashMap<PathBuf, String>,
    /// Where each anchored claim's quote sits in its source, by claim index.
    pub anchors: Anchors,
}

/// Runs every rule on a loaded corpus. Sources are resolved relative to `root` and, when
/// `seeds` is given, must live under it. `complete` is false when some claim file failed to
/// load: then "never used" would be a guess, so it is not reported.
pub fn check(corpus: &Corpus, lexicon: &Lexicon, root: &Path, seeds: Option<&Path>, complete: bool) -> Checked {
    let index = Index::new(corpus);
    // The rules on the model and the work on the sources are independent: the sources' reading,
    // hashing and anchoring run on the thread pool while one thread goes through the rules.
    // Findings are concatenated in the same order as if run one after the other.
    let (mut out, (source_findings, sources, anchors)) = rayon::join(
        || rules::check(corpus, &index, lexicon, root, seeds, complete),
        || {
            let mut out = Vec::new();
            let sources = sources::check(corpus, &index, root, seeds, &mut out);
            let anchors = quotes::check(corpus, &sources, &mut out);
            markers::check(corpus, &sources, &anchors, &mut out);
            (out, sources, anchors)
        },
    );
    out.extend(source_findings);
    // In parallel: letting go of each source's normalized form is a free per allocation.
    let sources = sources
        .into_par_iter()
        .map(|(_, s)| (s.path, s.anchor.into_text()))
        .collect();
    Checked {
        diagnostics: out,
        sources,
        anchors,
    }
}
