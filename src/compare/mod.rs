//! Comparison views as plain data: which claims go in which cell, and whether outlets agree.
//! Nothing here reads files or formats text; `render` turns these views into output.

mod agreement;
mod by_speaker;
mod by_topic;
mod cells;
mod claim;
mod conflicts;
mod coverage;
mod filter;
mod framing;
mod hedging;
mod lookup;
mod overview;
mod passages;
mod show;
mod versions;

use std::collections::{HashMap, HashSet};

use crate::check::Index;
use crate::model::{Corpus, Outlet, Speaker, Topic};

pub use agreement::{Verdict, verdict};
pub use by_speaker::{BySpeaker, SpeakerCell, SpeakerEntry, SpeakerRow, Speaking, by_speaker};
pub use by_topic::{ByTopic, Entry, OutletCell, Row, TopicTable, by_topic};
pub use claim::{ClaimRef, DatedBy, Voice, reading_key, reading_order};
pub use conflicts::{Conflict, Conflicts, conflicts};
pub use coverage::{Coverage, CoverageRow, OutletChoice, OutletOrder, Tally, coverage};
pub use filter::{Filter, FilterError, within_dates};
pub use framing::{Asymmetry, Cue, CueKind, Cues, Framing, Group, GroupLean, OutletFraming, framing};
pub use hedging::{ByCertainty, Hedging};
pub use overview::{Overview, overview};
pub use passages::{ArticleText, Piece, cut, passages};
pub use show::{Passage, PassageLine, Show, Sources, passage, show};
pub use versions::{Compared, Rendering, Statement, UnknownStatement, Versions, versions};

/// What every view starts from: the claims that pass the filter, in reading order, and the
/// outlets that are its columns.
pub struct Selection<'a> {
    pub claims: Vec<ClaimRef<'a>>,
    /// Outlets that pass the filter and have at least one article, in definition order: the
    /// order views list outlets in. Each view shows only those of them with claims in it.
    pub outlets: Vec<&'a Outlet>,
    /// Topics the filter shows, in definition order, whether or not any claim covers them.
    pub topics: Vec<&'a Topic>,
    /// Every speaker, in definition order.
    pub speakers: Vec<&'a Speaker>,
    /// The column of each outlet in `outlets`, by id.
    columns: HashMap<&'a str, usize>,
}

impl<'a> Selection<'a> {
    pub fn new(corpus: &'a Corpus, index: &Index<'a>, filter: &Filter) -> Selection<'a> {
        let mut claims: Vec<ClaimRef<'a>> = ClaimRef::all(corpus, index)
            .into_iter()
            .filter(|c| filter.keeps(c))
            .collect();
        claims.sort_by_cached_key(reading_key);
        let published: HashSet<&str> = corpus.articles.iter().map(|a| a.value.outlet.as_str()).collect();
        let outlets: Vec<&'a Outlet> = first_definitions(&corpus.outlets, |o: &Outlet| o.id.as_str())
            .filter(|o| published.contains(o.id.as_str()))
            .filter(|o| filter.outlets.is_empty() || filter.outlets.contains(&o.id))
            .collect();
        let columns = outlets.iter().enumerate().map(|(i, o)| (o.id.as_str(), i)).collect();
        let topics = first_definitions(&corpus.topics, |t: &Topic| t.id.as_str())
            .filter(|t| filter.shows_topic(&t.id))
            .filter(|t| {
                filter.propositions.is_empty() || t.propositions.iter().any(|p| filter.shows_proposition(&p.id))
            })
            .collect();
        let speakers = first_definitions(&corpus.speakers, |s: &Speaker| s.id.as_str()).collect();
        Selection {
            claims,
            outlets,
            topics,
            speakers,
            columns,
        }
    }

    /// Only the claims `keep` keeps, by their position in the corpus: those of the files named.
    pub fn only(mut self, keep: impl Fn(usize) -> bool) -> Selection<'a> {
        self.claims.retain(|claim| keep(claim.index));
        self
    }

    /// Marks the claims `check` finds errors in, by their position in the corpus.
    pub fn with_errors(mut self, has_errors: impl Fn(usize) -> bool) -> Selection<'a> {
        for claim in &mut self.claims {
            claim.has_errors = has_errors(claim.index);
        }
        self
    }

    /// The column of an outlet, if it is one.
    pub fn column(&self, outlet: &str) -> Option<usize> {
        self.columns.get(outlet).copied()
    }
}

/// Each definition once, in file order; a duplicate id (an error `check` reports) is skipped.
fn first_definitions<'a, T>(
    items: &'a [crate::model::Item<T>],
    id: impl Fn(&'a T) -> &'a str,
) -> impl Iterator<Item = &'a T> {
    let mut seen = HashSet::new();
    items
        .iter()
        .map(|item| &item.value)
        .filter(move |value| seen.insert(id(value)))
}
