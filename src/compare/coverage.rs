use std::collections::HashMap;

use crate::model::{Outlet, Stance, Topic};

use super::{Filter, Selection};

/// `coverage`: how many claims each outlet carries on each topic, and on which side. A topic
/// an outlet never mentions is a cell with no claims.
pub struct Coverage<'a> {
    pub outlets: Vec<&'a Outlet>,
    /// Every topic the filter shows, covered or not, in definition order.
    pub rows: Vec<CoverageRow<'a>>,
    /// Per outlet over all shown topics; a claim on several topics counts once.
    pub totals: Vec<Tally>,
    pub grand_total: Tally,
}

pub struct CoverageRow<'a> {
    pub topic: &'a Topic,
    /// One per outlet, in the order of `Coverage::outlets`.
    pub cells: Vec<Tally>,
    pub total: Tally,
}

/// Claims, and the stances they take on the shown propositions. A claim may take several
/// stances or none, so the stance counts need not add up to `claims`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub claims: usize,
    pub supports: usize,
    pub opposes: usize,
    pub neutral: usize,
    /// Claims that take no stance on any shown proposition (of the topic, for a topic's cell).
    pub no_stance: usize,
}

impl Tally {
    fn add_stance(&mut self, stance: Stance) {
        match stance {
            Stance::Supports => self.supports += 1,
            Stance::Opposes => self.opposes += 1,
            Stance::Neutral => self.neutral += 1,
        }
    }

    fn add(&mut self, other: &Tally) {
        self.claims += other.claims;
        self.supports += other.supports;
        self.opposes += other.opposes;
        self.neutral += other.neutral;
        self.no_stance += other.no_stance;
    }
}

pub fn coverage<'a>(selection: &Selection<'a>, filter: &Filter) -> Coverage<'a> {
    let row_of: HashMap<&str, usize> = selection
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    // The topic of every shown proposition.
    let topic_of: HashMap<&str, usize> = selection
        .topics
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.propositions.iter().map(move |p| (p.id.as_str(), i)))
        .filter(|(p, _)| filter.shows_proposition(p))
        .collect();
    let width = selection.outlets.len();
    let mut cells = vec![vec![Tally::default(); width]; selection.topics.len()];
    let mut totals = vec![Tally::default(); width];
    for claim in &selection.claims {
        let Some(column) = selection.column(&claim.outlet.id) else {
            continue;
        };
        let mut counted = false;
        for topic in &claim.claim.topics {
            let Some(&row) = row_of.get(topic.as_str()) else {
                continue;
            };
            let cell = &mut cells[row][column];
            cell.claims += 1;
            counted = true;
            let mut stances = claim
                .claim
                .stances
                .iter()
                .filter(|s| topic_of.get(s.proposition.as_str()) == Some(&row))
                .peekable();
            if stances.peek().is_none() {
                cell.no_stance += 1;
            }
            for s in stances {
                cell.add_stance(s.stance);
                totals[column].add_stance(s.stance);
            }
        }
        if counted {
            totals[column].claims += 1;
            let takes_stance = claim
                .claim
                .stances
                .iter()
                .any(|s| topic_of.contains_key(s.proposition.as_str()));
            totals[column].no_stance += usize::from(!takes_stance);
        }
    }
    let rows: Vec<CoverageRow<'a>> = selection
        .topics
        .iter()
        .zip(cells)
        .map(|(topic, cells)| {
            let mut total = Tally::default();
            cells.iter().for_each(|c| total.add(c));
            CoverageRow { topic, cells, total }
        })
        .collect();
    let mut grand_total = Tally::default();
    totals.iter().for_each(|t| grand_total.add(t));
    Coverage {
        outlets: selection.outlets.clone(),
        rows,
        totals,
        grand_total,
    }
}
