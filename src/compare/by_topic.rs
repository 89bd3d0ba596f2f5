use std::collections::HashMap;

use crate::model::{Outlet, Proposition, Stance, Topic};

use super::agreement::{Verdict, verdict};
use super::{ClaimRef, Filter, Selection};

/// `compare` by topic: for each topic, one row per proposition and one column per outlet.
pub struct ByTopic<'a> {
    pub outlets: Vec<&'a Outlet>,
    /// Topics with at least one claim, in definition order.
    pub topics: Vec<TopicTable<'a>>,
}

pub struct TopicTable<'a> {
    pub topic: &'a Topic,
    /// Propositions with at least one claim, in definition order, then the row of claims
    /// that take no stance on any of the topic's propositions.
    pub rows: Vec<Row<'a>>,
}

pub struct Row<'a> {
    /// `None` for the row of claims that take no stance.
    pub proposition: Option<&'a Proposition>,
    /// One cell per outlet, in the order of `ByTopic::outlets`, each in reading order.
    pub cells: Vec<Vec<Entry<'a>>>,
    pub verdict: Verdict<'a>,
}

#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub claim: ClaimRef<'a>,
    /// The claim's stance on the row's proposition; `None` in the no-stance row.
    pub stance: Option<Stance>,
}

pub fn by_topic<'a>(selection: &Selection<'a>, filter: &Filter) -> ByTopic<'a> {
    let outlets = selection.outlets.clone();
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
        let all_of_topic: Vec<&str> = topic.propositions.iter().map(|p| p.id.as_str()).collect();
        let empty_row = || vec![Vec::new(); outlets.len()];
        let mut cells: Vec<Vec<Vec<Entry<'a>>>> = vec![empty_row(); shown.len()];
        let mut unstanced = empty_row();
        for &(column, claim) in claims {
            let mut takes_stance = false;
            for s in &claim.claim.stances {
                takes_stance |= all_of_topic.contains(&s.proposition.as_str());
                if let Some(&row) = row_of.get(s.proposition.as_str()) {
                    cells[row][column].push(Entry {
                        claim: *claim,
                        stance: Some(s.stance),
                    });
                }
            }
            if !takes_stance && filter.shows_unstanced() {
                unstanced[column].push(Entry {
                    claim: *claim,
                    stance: None,
                });
            }
        }
        let rows: Vec<Row<'a>> = shown
            .iter()
            .map(|p| Some(*p))
            .zip(cells)
            .chain(std::iter::once((None, unstanced)))
            .filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()))
            .map(|(proposition, cells)| {
                let verdict = verdict(cells.iter().flatten().map(|e| (e.claim.outlet.id.as_str(), e.stance)));
                Row {
                    proposition,
                    cells,
                    verdict,
                }
            })
            .collect();
        if !rows.is_empty() {
            topics.push(TopicTable { topic, rows });
        }
    }
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
