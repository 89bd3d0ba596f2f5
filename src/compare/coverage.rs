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

/// Claims, and the sides they take on the shown propositions. Each claim counts once in
/// `claims` and once in each of: `supports` if it supports one of the propositions, `opposes`
/// if it opposes one, `neutral` if every stance it takes is neutral, `no_stance` if it takes
/// none. Only a claim taking both sides (on two propositions) counts twice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub claims: usize,
    pub supports: usize,
    pub opposes: usize,
    pub neutral: usize,
    pub no_stance: usize,
}

impl Tally {
    /// Counts one claim from its stances on the propositions that matter.
    fn count(&mut self, stances: impl Iterator<Item = Stance>) {
        let (mut supports, mut opposes, mut any) = (false, false, false);
        for stance in stances {
            any = true;
            supports |= stance == Stance::Supports;
            opposes |= stance == Stance::Opposes;
        }
        self.claims += 1;
        self.supports += usize::from(supports);
        self.opposes += usize::from(opposes);
        self.neutral += usize::from(any && !supports && !opposes);
        self.no_stance += usize::from(!any);
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
        for topic in claim.topics() {
            let Some(&row) = row_of.get(topic) else {
                continue;
            };
            counted = true;
            let on_topic = claim
                .claim
                .stances
                .iter()
                .filter(|s| topic_of.get(s.proposition.as_str()) == Some(&row))
                .map(|s| s.stance);
            cells[row][column].count(on_topic);
        }
        if counted {
            let shown = claim
                .claim
                .stances
                .iter()
                .filter(|s| topic_of.contains_key(s.proposition.as_str()))
                .map(|s| s.stance);
            totals[column].count(shown);
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

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::{Neutral, Opposes, Supports};

    fn tally(claims: &[&[Stance]]) -> Tally {
        let mut t = Tally::default();
        claims.iter().for_each(|c| t.count(c.iter().copied()));
        t
    }

    #[test]
    fn each_claim_counts_once_per_side_it_takes() {
        let t = tally(&[&[Supports, Supports], &[Neutral], &[], &[Supports, Neutral]]);
        assert_eq!(
            t,
            Tally {
                claims: 4,
                supports: 2,
                opposes: 0,
                neutral: 1,
                no_stance: 1
            }
        );
    }

    #[test]
    fn a_claim_taking_both_sides_counts_on_both() {
        let t = tally(&[&[Supports, Opposes]]);
        assert_eq!((t.claims, t.supports, t.opposes, t.neutral), (1, 1, 1, 0));
    }
}
