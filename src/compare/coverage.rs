use std::collections::HashMap;

use crate::model::{Certainty, Outlet, Stance, Topic};

use super::{Filter, Selection};

/// `coverage`: how many claims each outlet carries on each topic, and on which side. Only
/// what was said is stored: a topic an outlet never mentions has no cell, and an outlet with
/// no claims in the selection is not in the view.
pub struct Coverage<'a> {
    /// Outlets with claims, as chosen by [`OutletChoice`] and in its order.
    pub outlets: Vec<&'a Outlet>,
    /// Every topic the filter shows, covered or not, in definition order.
    pub rows: Vec<CoverageRow<'a>>,
    /// Per outlet, in the order of `outlets`, over all shown topics; a claim on several
    /// topics counts once.
    pub totals: Vec<Tally>,
    /// Over the outlets shown.
    pub grand_total: Tally,
    /// Whether outlets with claims were left out by `min_claims` or `top`.
    pub some_left_out: bool,
}

pub struct CoverageRow<'a> {
    pub topic: &'a Topic,
    /// The outlets with claims on the topic, as (index in `Coverage::outlets`, tally), in
    /// that order.
    pub cells: Vec<(usize, Tally)>,
    /// Over the outlets shown.
    pub total: Tally,
}

/// Which outlets a coverage view shows, and in which order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutletChoice {
    /// Leave out outlets with fewer claims than this.
    pub min_claims: usize,
    /// Keep only this many outlets, those with the most claims (ties in definition order).
    pub top: Option<usize>,
    pub order: OutletOrder,
}

impl Default for OutletChoice {
    fn default() -> OutletChoice {
        OutletChoice {
            min_claims: 1,
            top: None,
            order: OutletOrder::Definition,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutletOrder {
    /// The order the claim files define them in.
    Definition,
    /// Most claims first; ties in definition order.
    Claims,
    /// By name, ignoring case; ties in definition order.
    Name,
}

/// Claims, and the sides they take on the shown propositions. Each claim counts once in
/// `claims` and once in each of: `supports` if it supports one of the propositions, `opposes`
/// if it opposes one, `neutral` if every stance it takes is neutral, `no_stance` if it takes
/// none. Only a claim taking both sides (on two propositions) counts twice. Of those that
/// support (or oppose), `supports_hedged` (`opposes_hedged`) count the claims that do so only
/// as probable or possible.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub claims: usize,
    pub supports: usize,
    pub opposes: usize,
    pub neutral: usize,
    pub no_stance: usize,
    pub supports_hedged: usize,
    pub opposes_hedged: usize,
}

impl Tally {
    /// Counts one claim from its stances on the propositions that matter.
    fn count(&mut self, stances: impl Iterator<Item = (Stance, Certainty)>) {
        let (mut supports, mut opposes, mut any) = (false, false, false);
        let (mut supports_firmly, mut opposes_firmly) = (false, false);
        for (stance, certainty) in stances {
            any = true;
            let firm = !certainty.is_hedged();
            supports |= stance == Stance::Supports;
            opposes |= stance == Stance::Opposes;
            supports_firmly |= stance == Stance::Supports && firm;
            opposes_firmly |= stance == Stance::Opposes && firm;
        }
        self.claims += 1;
        self.supports += usize::from(supports);
        self.opposes += usize::from(opposes);
        self.neutral += usize::from(any && !supports && !opposes);
        self.no_stance += usize::from(!any);
        self.supports_hedged += usize::from(supports && !supports_firmly);
        self.opposes_hedged += usize::from(opposes && !opposes_firmly);
    }

    pub fn add(&mut self, other: &Tally) {
        self.claims += other.claims;
        self.supports += other.supports;
        self.opposes += other.opposes;
        self.neutral += other.neutral;
        self.no_stance += other.no_stance;
        self.supports_hedged += other.supports_hedged;
        self.opposes_hedged += other.opposes_hedged;
    }
}

pub fn coverage<'a>(selection: &Selection<'a>, filter: &Filter, choice: OutletChoice) -> Coverage<'a> {
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
    // Per selection column, over all shown topics.
    let mut totals = vec![Tally::default(); selection.outlets.len()];
    // (topic row, selection column, the claim's stances on the topic)
    let mut counted: Vec<(usize, usize, Tally)> = Vec::new();
    for claim in &selection.claims {
        let Some(column) = selection.column(&claim.outlet.id) else {
            continue;
        };
        let mut on_any = false;
        for topic in claim.topics() {
            let Some(&row) = row_of.get(topic) else {
                continue;
            };
            on_any = true;
            let on_topic = claim
                .claim
                .stances
                .iter()
                .filter(|s| topic_of.get(s.proposition.as_str()) == Some(&row))
                .map(|s| (s.stance, s.certainty()));
            let mut tally = Tally::default();
            tally.count(on_topic);
            counted.push((row, column, tally));
        }
        if on_any {
            let shown = claim
                .claim
                .stances
                .iter()
                .filter(|s| topic_of.contains_key(s.proposition.as_str()))
                .map(|s| (s.stance, s.certainty()));
            totals[column].count(shown);
        }
    }
    let (shown, some_left_out) = choose(selection, &totals, choice);
    // Selection column -> place among the shown outlets.
    let mut place: Vec<Option<usize>> = vec![None; selection.outlets.len()];
    for (i, &column) in shown.iter().enumerate() {
        place[column] = Some(i);
    }
    let mut cells: Vec<Vec<(usize, Tally)>> = vec![Vec::new(); selection.topics.len()];
    counted.sort_by_key(|&(row, column, _)| (row, place[column]));
    for (row, column, tally) in counted {
        let Some(at) = place[column] else {
            continue;
        };
        let cells = &mut cells[row];
        match cells.last_mut() {
            Some((last, sum)) if *last == at => sum.add(&tally),
            _ => cells.push((at, tally)),
        }
    }
    let rows: Vec<CoverageRow<'a>> = selection
        .topics
        .iter()
        .zip(cells)
        .map(|(topic, cells)| {
            let mut total = Tally::default();
            cells.iter().for_each(|(_, c)| total.add(c));
            CoverageRow { topic, cells, total }
        })
        .collect();
    let totals: Vec<Tally> = shown.iter().map(|&c| totals[c]).collect();
    let mut grand_total = Tally::default();
    totals.iter().for_each(|t| grand_total.add(t));
    Coverage {
        outlets: shown.iter().map(|&c| selection.outlets[c]).collect(),
        rows,
        totals,
        grand_total,
        some_left_out,
    }
}

/// The selection columns of the outlets to show, in the order to show them, and whether
/// outlets with claims were left out.
fn choose(selection: &Selection<'_>, totals: &[Tally], choice: OutletChoice) -> (Vec<usize>, bool) {
    let with_claims: Vec<usize> = (0..totals.len()).filter(|&c| totals[c].claims > 0).collect();
    let mut shown: Vec<usize> = with_claims
        .iter()
        .copied()
        .filter(|&c| totals[c].claims >= choice.min_claims)
        .collect();
    if let Some(top) = choice.top {
        // Stable: ties keep definition order.
        shown.sort_by_key(|&c| std::cmp::Reverse(totals[c].claims));
        shown.truncate(top);
        shown.sort_unstable();
    }
    let some_left_out = shown.len() < with_claims.len();
    match choice.order {
        OutletOrder::Definition => {}
        OutletOrder::Claims => shown.sort_by_key(|&c| std::cmp::Reverse(totals[c].claims)),
        OutletOrder::Name => shown.sort_by_cached_key(|&c| selection.outlets[c].name.to_lowercase()),
    }
    (shown, some_left_out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::{Neutral, Opposes, Supports};

    fn tally(claims: &[&[Stance]]) -> Tally {
        let mut t = Tally::default();
        claims
            .iter()
            .for_each(|c| t.count(c.iter().map(|&s| (s, Certainty::Certain))));
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
                no_stance: 1,
                supports_hedged: 0,
                opposes_hedged: 0,
            }
        );
    }

    #[test]
    fn a_side_taken_only_with_a_hedge_counts_as_hedged() {
        use Certainty::{Certain, Possible, Probable};
        let mut t = Tally::default();
        t.count([(Supports, Possible)].into_iter());
        t.count([(Supports, Possible), (Supports, Certain)].into_iter());
        t.count([(Opposes, Probable), (Supports, Certain)].into_iter());
        assert_eq!(
            (t.supports, t.supports_hedged, t.opposes, t.opposes_hedged),
            (3, 1, 1, 1)
        );
    }

    #[test]
    fn a_claim_taking_both_sides_counts_on_both() {
        let t = tally(&[&[Supports, Opposes]]);
        assert_eq!((t.claims, t.supports, t.opposes, t.neutral), (1, 1, 1, 0));
    }
}
