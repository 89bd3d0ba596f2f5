use std::collections::HashMap;

use crate::model::{Outlet, Proposition, Stance, Topic};

use super::agreement::{Verdict, verdict};
use super::hedging::Hedging;
use super::{ClaimRef, Filter, Selection};

/// `conflicts`: every proposition that some claims support and others oppose, across outlets
/// or within one.
pub struct Conflicts<'a> {
    /// Outlets with claims in at least one conflict, in column order.
    pub outlets: Vec<&'a Outlet>,
    /// In topic, then proposition, definition order.
    pub conflicts: Vec<Conflict<'a>>,
}

pub struct Conflict<'a> {
    pub topic: &'a Topic,
    pub proposition: &'a Proposition,
    /// Outlets with claims on either side, in column order.
    pub outlets: Vec<&'a Outlet>,
    /// `Disagree` (across outlets, perhaps also within some) or `MixedWithin` (one outlet).
    pub verdict: Verdict<'a>,
    /// How firmly each side is held; a side held only by hedged claims makes a conflict that
    /// rests on hedges.
    pub hedging: Hedging,
    /// In outlet column order, then reading order.
    pub supports: Vec<ClaimRef<'a>>,
    pub opposes: Vec<ClaimRef<'a>>,
}

pub fn conflicts<'a>(selection: &Selection<'a>, filter: &Filter) -> Conflicts<'a> {
    let mut sides: HashMap<&str, (Vec<ClaimRef<'a>>, Vec<ClaimRef<'a>>)> = HashMap::new();
    for claim in &selection.claims {
        for s in &claim.claim.stances {
            let (supports, opposes) = sides.entry(s.proposition.as_str()).or_default();
            match s.stance {
                Stance::Supports => supports.push(*claim),
                Stance::Opposes => opposes.push(*claim),
                Stance::Neutral => {}
            }
        }
    }
    let column = |c: &ClaimRef<'_>| selection.column(&c.outlet.id).unwrap_or(usize::MAX);
    let mut conflicts = Vec::new();
    for topic in &selection.topics {
        for proposition in topic.propositions.iter().filter(|p| filter.shows_proposition(&p.id)) {
            let Some((supports, opposes)) = sides.remove(proposition.id.as_str()) else {
                continue;
            };
            if supports.is_empty() || opposes.is_empty() {
                continue;
            }
            let (mut supports, mut opposes) = (supports, opposes);
            // Stable sorts keep reading order within an outlet.
            supports.sort_by_key(column);
            opposes.sort_by_key(column);
            let mut in_columns: Vec<(&str, Option<Stance>)> = supports
                .iter()
                .map(|c| (c.outlet.id.as_str(), Some(Stance::Supports)))
                .chain(opposes.iter().map(|c| (c.outlet.id.as_str(), Some(Stance::Opposes))))
                .collect();
            in_columns.sort_by_key(|(outlet, _)| selection.column(outlet).unwrap_or(usize::MAX));
            let mut columns: Vec<usize> = supports.iter().chain(&opposes).map(column).collect();
            columns.sort_unstable();
            columns.dedup();
            conflicts.push(Conflict {
                topic,
                proposition,
                outlets: columns
                    .iter()
                    .filter_map(|&c| selection.outlets.get(c).copied())
                    .collect(),
                verdict: verdict(in_columns),
                hedging: Hedging::of(
                    supports
                        .iter()
                        .map(|c| (Some(Stance::Supports), c.certainty_on(&proposition.id)))
                        .chain(
                            opposes
                                .iter()
                                .map(|c| (Some(Stance::Opposes), c.certainty_on(&proposition.id))),
                        ),
                ),
                supports,
                opposes,
            });
        }
    }
    let mut used: Vec<usize> = conflicts
        .iter()
        .flat_map(|c| &c.outlets)
        .filter_map(|o| selection.column(&o.id))
        .collect();
    used.sort_unstable();
    used.dedup();
    Conflicts {
        outlets: used.iter().filter_map(|&c| selection.outlets.get(c).copied()).collect(),
        conflicts,
    }
}
