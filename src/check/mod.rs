//! The rules. Each family returns diagnostics and never prints.

mod anchors;
mod articles;
mod canonical;
mod claim_ids;
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

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::analysis::Lexicon;
use crate::diagnostic::Diagnostic;
use crate::load::Keep;
use crate::model::Corpus;

pub use anchors::Anchors;
pub use claim_ids::ClaimIds;
pub use index::Index;
pub use sources::LoadedSource;
pub use statements::statement_of;

/// What checking a corpus found, plus the source texts findings may point into.
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    /// Source article texts by displayed path, for showing passages: every source's, or with
    /// [`Keep::FindingsOnly`] those of the sources findings name.
    pub sources: HashMap<PathBuf, String>,
    /// Every source that was read, by displayed path.
    pub read: HashSet<PathBuf>,
    /// Where each anchored claim's quote sits in its source, by claim index.
    pub anchors: Anchors,
}

/// Runs every rule on a loaded corpus. Sources are resolved relative to `root` and, when
/// `seeds` is given, must live under it. `complete` is false when some claim file failed to
/// load: then "never used" would be a guess, so it is not reported.
pub fn check(
    corpus: &Corpus,
    lexicon: &Lexicon,
    root: &Path,
    seeds: Option<&Path>,
    complete: bool,
    keep: Keep,
) -> Checked {
    let (index, mut resolved) = Index::with(corpus, |index| resolved::Resolved::all_but_translations(corpus, index));
    resolved.link_translations(corpus, &index);
    // The rules on the model and the work on the sources are independent: the sources' reading,
    // hashing and anchoring run on the thread pool while one thread goes through the rules (a
    // project of a few articles does both on this thread, see `crate::threads`). Findings are
    // concatenated in the same order as if run one after the other.
    let rules = || rules::check(corpus, &index, &resolved, lexicon, root, seeds, complete);
    let sources = || articles::check(corpus, &index, &resolved, root, seeds, keep);
    let (mut out, work) = if crate::threads::worth_the_pool(corpus.articles.len()) {
        rayon::join(rules, sources)
    } else {
        (rules(), sources())
    };
    out.extend(work.diagnostics);
    Checked {
        diagnostics: out,
        sources: work.texts,
        read: work.read,
        anchors: work.anchors,
    }
}
