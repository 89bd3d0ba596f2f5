use std::collections::HashMap;

use rayon::prelude::*;

use crate::model::{Certainty, Outlet, Proposition, Stance, Topic};

use super::agreement::{Verdict, verdict};
use super::cells::gather;
use super::hedging::Hedging;
use super::{ClaimRef, Filter, Selection};

/// `compare` by topic: for each topic, one row per proposition and one column per outlet that
/// has claims on it. Only what was said is stored: an outlet without claims on a topic is not
/// one of its columns, and a cell without claims does not exist.
pub struct ByTopic<'a> {
    /// Outlets with claims on at least one shown topic, in column order.
    pub outlets: Vec<&'a Outlet>,
    /// Topics with at least one claim, in definition order.
    pub topics: Vec<TopicTable<'a>>,
}

pub struct TopicTable<'a> {
    pub topic: &'a Topic,
    /// The outlets with claims on this topic, in column order.
    pub outlets: Vec<&'a Outlet>,
    /// Propositions with at least one claim, in definition order, then the row of claims
    /// that take no stance on any of the topic's propositions.
    pub rows: Vec<Row<'a>>,
}

pub struct Row<'a> {
    /// `None` for the row of claims that take no stance.
    pub proposition: Option<&'a Proposition>,
    /// The outlets with claims in this row, in the order of `TopicTable::outlets`.
    pub cells: Vec<OutletCell<'a>>,
    pub verdict: Verdict<'a>,
    /// How firmly the row's side-taking claims hold their sides.
    pub hedging: Hedging,
}

/// One outlet's claims in a row, in reading order.
pub struct OutletCell<'a> {
    /// Index of the outlet in `TopicTable::outlets`.
    pub column: usize,
    pub entries: Vec<Entry<'a>>,
}

#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub claim: ClaimRef<'a>,
    /// The claim's stance on the row's proposition; `None` in the no-stance row.
    pub stance: Option<Stance>,
    /// How firmly it holds that stance; `certain` in the no-stance row.
    pub certainty: Certainty,
}

impl<'a> TopicTable<'a> {
    /// The rows with a proposition (all but the no-stance row).
    pub fn proposition_rows(&self) -> impl Iterator<Item = (&'a Proposition, &Row<'a>)> {
        self.rows.iter().filter_map(|r| r.proposition.map(|p| (p, r)))
    }
}

pub fn by_topic<'a>(selection: &Selection<'a>, filter: &Filter) -> ByTopic<'a> {
    let by_topic = claims_by_topic(selection);
    // Each topic's table is its own; a large view has many.
    let topics: Vec<TopicTable<'a>> = selection
        .topics
        .par_iter()
        .filter_map(|topic| {
            let claims = by_topic.get(topic.id.as_str())?;
            topic_table(selection, filter, topic, claims)
        })
        .collect();
    let mut used: Vec<bool> = vec![false; selection.outlets.len()];
    for table in &topics {
        for outlet in &table.outlets {
            if let Some(column) = selection.column(&outlet.id) {
                used[column] = true;
            }
        }
    }
    let outlets = selection
        .outlets
        .iter()
        .zip(used)
        .filter_map(|(o, used)| used.then_some(*o))
        .collect();
    ByTopic { outlets, topics }
}

/// One topic's table: its claims placed by proposition and outlet. `None` when no claim is
/// shown in it.
fn topic_table<'a>(
    selection: &Selection<'a>,
    filter: &Filter,
    topic: &'a Topic,
    claims: &[(usize, &ClaimRef<'a>)],
) -> Option<TopicTable<'a>> {
    let shown: Vec<&'a Proposition> = topic
        .propositions
        .iter()
        .filter(|p| filter.shows_proposition(&p.id))
        .collect();
    let row_of: HashMap<&str, usize> = shown.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let unstanced_row = shown.len();
    // (row, column in the selection, entry), in reading order.
    let mut placed: Vec<(usize, usize, Entry<'a>)> = Vec::new();
    for &(column, claim) in claims {
        let mut takes_stance = false;
        for s in &claim.claim.stances {
            takes_stance |= topic.propositions.iter().any(|p| p.id == s.proposition);
            if let Some(&row) = row_of.get(s.proposition.as_str()) {
                let entry = Entry {
                    claim: *claim,
                    stance: Some(s.stance),
                    certainty: s.certainty(),
                };
                placed.push((row, column, entry));
            }
        }
        if !takes_stance && filter.shows_unstanced() {
            let entry = Entry {
                claim: *claim,
                stance: None,
                certainty: Certainty::Certain,
            };
            placed.push((unstanced_row, column, entry));
        }
    }
    if placed.is_empty() {
        return None;
    }
    let gathered = gather(placed);
    let outlets: Vec<&'a Outlet> = gathered.columns.iter().map(|&c| selection.outlets[c]).collect();
    let rows: Vec<Row<'a>> = gathered
        .rows
        .into_iter()
        .map(|(row, cells)| {
            let cells: Vec<OutletCell<'a>> = cells
                .into_iter()
                .map(|(column, entries)| OutletCell { column, entries })
                .collect();
            let entries = || cells.iter().flat_map(|cell| &cell.entries);
            let verdict = verdict(entries().map(|e| (e.claim.outlet.id.as_str(), e.stance)));
            let hedging = Hedging::of(entries().map(|e| (e.stance, e.certainty)));
            Row {
                proposition: shown.get(row).copied(),
                cells,
                verdict,
                hedging,
            }
        })
        .collect();
    Some(TopicTable { topic, outlets, rows })
}

/// Each topic's claims with their column, in reading order. Claims whose outlet is not a
/// column cannot occur: the outlet filter selects both.
fn claims_by_topic<'a, 's>(selection: &'s Selection<'a>) -> HashMap<&'a str, Vec<(usize, &'s ClaimRef<'a>)>> {
    let mut by_topic: HashMap<&'a str, Vec<(usize, &'s ClaimRef<'a>)>> = HashMap::new();
    for claim in &selection.claims {
        let Some(column) = selection.column(&claim.outlet.id) else {
            continue;
        };
        for topic in claim.topics() {
            by_topic.entry(topic).or_default().push((column, claim));
        }
    }
    by_topic
}
