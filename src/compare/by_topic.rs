use std::collections::HashMap;

use crate::model::{Outlet, Proposition, Stance, Topic};

use super::agreement::{Verdict, verdict};
use super::{ClaimRef, Filter, Selection, reading_order};

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
}

/// One outlet's claims on a topic, each once with all its stances on the shown propositions:
/// the topic read outlet by outlet instead of proposition by proposition.
pub struct OutletRow<'a> {
    pub outlet: &'a Outlet,
    pub claims: Vec<OutletClaim<'a>>,
}

pub struct OutletClaim<'a> {
    pub claim: ClaimRef<'a>,
    /// In the order of the topic's rows; empty for a claim that takes no stance.
    pub stances: Vec<(&'a Proposition, Stance)>,
}

impl<'a> TopicTable<'a> {
    /// The rows with a proposition (all but the no-stance row).
    pub fn proposition_rows(&self) -> impl Iterator<Item = (&'a Proposition, &Row<'a>)> {
        self.rows.iter().filter_map(|r| r.proposition.map(|p| (p, r)))
    }

    /// The topic outlet by outlet, in column order, each outlet's claims in reading order.
    pub fn outlet_rows(&self) -> Vec<OutletRow<'a>> {
        let mut by_outlet: Vec<Vec<(Option<&'a Proposition>, &Entry<'a>)>> = vec![Vec::new(); self.outlets.len()];
        for row in &self.rows {
            for cell in &row.cells {
                by_outlet[cell.column].extend(cell.entries.iter().map(|e| (row.proposition, e)));
            }
        }
        self.outlets
            .iter()
            .zip(by_outlet)
            .map(|(&outlet, mut entries)| {
                // Stable: a claim's entries, one per row, stay in row order and side by side.
                entries.sort_by(|a, b| reading_order(&a.1.claim, &b.1.claim));
                let mut claims: Vec<OutletClaim<'a>> = Vec::new();
                for (proposition, e) in entries {
                    if claims.last().is_none_or(|c| c.claim.index != e.claim.index) {
                        claims.push(OutletClaim {
                            claim: e.claim,
                            stances: Vec::new(),
                        });
                    }
                    if let (Some(last), Some(p), Some(stance)) = (claims.last_mut(), proposition, e.stance) {
                        last.stances.push((p, stance));
                    }
                }
                OutletRow { outlet, claims }
            })
            .collect()
    }
}

pub fn by_topic<'a>(selection: &Selection<'a>, filter: &Filter) -> ByTopic<'a> {
    let mut topics: Vec<TopicTable<'a>> = Vec::new();
    let by_topic = claims_by_topic(selection);
    for topic in &selection.topics {
        let Some(claims) = by_topic.get(topic.id.as_str()) else {
            continue;
        };
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
                    };
                    placed.push((row, column, entry));
                }
            }
            if !takes_stance && filter.shows_unstanced() {
                let entry = Entry {
                    claim: *claim,
                    stance: None,
                };
                placed.push((unstanced_row, column, entry));
            }
        }
        if placed.is_empty() {
            continue;
        }
        // Stable: each cell keeps reading order.
        placed.sort_by_key(|&(row, column, _)| (row, column));
        let mut present: Vec<usize> = placed.iter().map(|&(_, column, _)| column).collect();
        present.sort_unstable();
        present.dedup();
        let local: HashMap<usize, usize> = present.iter().enumerate().map(|(i, &c)| (c, i)).collect();
        let mut rows: Vec<Row<'a>> = Vec::new();
        let mut current: Option<usize> = None;
        for (row, column, entry) in placed {
            let column = local.get(&column).copied().unwrap_or_default();
            if current != Some(row) {
                current = Some(row);
                rows.push(Row {
                    proposition: shown.get(row).copied(),
                    cells: Vec::new(),
                    verdict: Verdict::NotCovered,
                });
            }
            let Some(cells) = rows.last_mut().map(|r| &mut r.cells) else {
                continue;
            };
            match cells.last_mut() {
                Some(cell) if cell.column == column => cell.entries.push(entry),
                _ => cells.push(OutletCell {
                    column,
                    entries: vec![entry],
                }),
            }
        }
        let outlets: Vec<&'a Outlet> = present.iter().map(|&c| selection.outlets[c]).collect();
        for row in &mut rows {
            row.verdict = verdict(
                row.cells
                    .iter()
                    .flat_map(|cell| cell.entries.iter().map(|e| (e.claim.outlet.id.as_str(), e.stance))),
            );
        }
        topics.push(TopicTable { topic, outlets, rows });
    }
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
