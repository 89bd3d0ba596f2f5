use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::analysis::Lexicon;
use crate::check::{Anchors, Index};
use crate::compare::ClaimRef;
use crate::model::{Corpus, Ownership, Proposition, Topic};

/// What every export reads: a corpus that checks without errors, its claims with their
/// references looked up, and where each quote sits in its stored source.
pub struct Input<'a> {
    pub corpus: &'a Corpus,
    pub index: Index<'a>,
    /// Every claim, in file order.
    pub claims: Vec<ClaimRef<'a>>,
    /// The project root that article sources are relative to.
    pub root: &'a Path,
    /// Source texts by displayed path, as `check::Checked::sources` keeps them.
    pub sources: &'a HashMap<PathBuf, String>,
    /// Where each claim's quote sits in its source, by claim index in the corpus.
    pub anchors: &'a Anchors,
    /// The reporting verbs and markers claims' framing is classed by.
    pub lexicon: &'a Lexicon,
    /// Each claim's statement (its own, else its original's), by claim index in the corpus.
    pub statements: Vec<Option<&'a str>>,
}

impl<'a> Input<'a> {
    pub fn new(
        corpus: &'a Corpus,
        root: &'a Path,
        sources: &'a HashMap<PathBuf, String>,
        anchors: &'a Anchors,
        lexicon: &'a Lexicon,
    ) -> Input<'a> {
        let index = Index::new(corpus);
        let claims = ClaimRef::all(corpus, &index);
        let statements = crate::check::statement_of(corpus, &index);
        Input {
            corpus,
            index,
            claims,
            root,
            sources,
            anchors,
            lexicon,
            statements,
        }
    }

    pub fn topic(&self, id: &str) -> Option<&'a Topic> {
        self.index.topics.get(id).map(|item| &item.value)
    }

    /// A proposition and the id of the topic that defines it.
    pub fn proposition(&self, id: &str) -> Option<(&'a Proposition, &'a str)> {
        self.index
            .propositions
            .get(id)
            .map(|item| (&item.value.proposition, item.value.topic.as_str()))
    }

    /// The stored text of an article's source, as `check` read it (a leading byte-order mark
    /// dropped).
    pub fn source_text(&self, source: &str) -> Option<&'a str> {
        // `check` keys sources by the path it shows: without a leading `./`.
        let path = if self.root.as_os_str().is_empty() || self.root == Path::new(".") {
            PathBuf::from(source)
        } else {
            self.root.join(source)
        };
        self.sources.get(&path).map(String::as_str)
    }
}

/// Ownership as the claim files write it.
pub fn ownership_name(ownership: Ownership) -> &'static str {
    match ownership {
        Ownership::StateOwned => "state-owned",
        Ownership::StateFunded => "state-funded",
        Ownership::PublicService => "public-service",
        Ownership::Private => "private",
        Ownership::Nonprofit => "nonprofit",
        Ownership::Unknown => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ownership_names_are_the_ones_claim_files_use() {
        for ownership in [
            Ownership::StateOwned,
            Ownership::StateFunded,
            Ownership::PublicService,
            Ownership::Private,
            Ownership::Nonprofit,
            Ownership::Unknown,
        ] {
            let written = serde_json::to_value(ownership).ok();
            assert_eq!(
                written.as_ref().and_then(|v| v.as_str()),
                Some(ownership_name(ownership))
            );
        }
    }
}
