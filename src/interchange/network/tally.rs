//! What the claims add up to, per edge and per node, in one pass over them.

use std::collections::HashMap;

use crate::model::Stance;

use super::{Edge, Value};

/// A node of the network, by kind and id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum End<'a> {
    Outlet(&'a str),
    Speaker(&'a str),
    Proposition(&'a str),
}

impl End<'_> {
    pub(super) fn id(self) -> String {
        match self {
            End::Outlet(id) => format!("outlet:{id}"),
            End::Speaker(id) => format!("speaker:{id}"),
            End::Proposition(id) => format!("proposition:{id}"),
        }
    }
}

/// What an edge says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Relation {
    /// An actor (a speaker, or an outlet narrating) takes stances on a proposition.
    Stance,
    /// A speaker is quoted or paraphrased by an outlet.
    QuotedIn,
}

/// What the claims behind one edge add up to.
pub(super) struct Tally<'a> {
    relation: Relation,
    source: End<'a>,
    target: End<'a>,
    claims: i64,
    supports: i64,
    opposes: i64,
    neutral: i64,
    /// The last claim counted, so a claim counts once however many stances it adds.
    last_claim: usize,
}

#[derive(Default)]
pub(super) struct Tallies<'a> {
    edges: Vec<Tally<'a>>,
    by_key: HashMap<(Relation, End<'a>, End<'a>), usize>,
    claims: HashMap<End<'a>, (i64, usize)>,
}

impl<'a> Tallies<'a> {
    pub(super) fn edge(
        &mut self,
        relation: Relation,
        source: End<'a>,
        target: End<'a>,
        claim: usize,
    ) -> &mut Tally<'a> {
        let next = self.edges.len();
        let i = *self.by_key.entry((relation, source, target)).or_insert(next);
        if i == next {
            self.edges.push(Tally {
                relation,
                source,
                target,
                claims: 0,
                supports: 0,
                opposes: 0,
                neutral: 0,
                last_claim: usize::MAX,
            });
        }
        let tally = &mut self.edges[i];
        if tally.last_claim != claim {
            tally.last_claim = claim;
            tally.claims += 1;
        }
        tally
    }

    /// Counts `claim` for a node, once.
    pub(super) fn node(&mut self, end: End<'a>, claim: usize) {
        let (count, last) = self.claims.entry(end).or_insert((0, usize::MAX));
        if *last != claim {
            *last = claim;
            *count += 1;
        }
    }

    pub(super) fn claims_of(&self, end: End<'a>) -> i64 {
        self.claims.get(&end).map_or(0, |(count, _)| *count)
    }
}

impl Tally<'_> {
    pub(super) fn add(&mut self, stance: Stance) {
        match stance {
            Stance::Supports => self.supports += 1,
            Stance::Opposes => self.opposes += 1,
            Stance::Neutral => self.neutral += 1,
        }
    }

    /// The stances in one word: `mixed` when both sides are taken, `none` without stances.
    fn summary(&self) -> &'static str {
        match (self.supports > 0, self.opposes > 0, self.neutral > 0) {
            (true, true, _) => "mixed",
            (true, false, _) => "supports",
            (false, true, _) => "opposes",
            (false, false, true) => "neutral",
            (false, false, false) => "none",
        }
    }
}

impl Tallies<'_> {
    /// The edges, in the order the claims first made them.
    pub(super) fn edges(&self) -> Vec<Edge> {
        self.edges.iter().enumerate().map(|(i, t)| edge(i, t)).collect()
    }
}

fn edge(i: usize, t: &Tally<'_>) -> Edge {
    let relation = match t.relation {
        Relation::Stance => "stance",
        Relation::QuotedIn => "quoted-in",
    };
    Edge {
        id: format!("e{i}"),
        source: t.source.id(),
        target: t.target.id(),
        weight: t.claims as f64,
        values: [
            Value::Text(relation),
            Value::Integer(t.claims),
            Value::Integer(t.supports),
            Value::Integer(t.opposes),
            Value::Integer(t.neutral),
            Value::Integer(t.supports - t.opposes),
            Value::Text(t.summary()),
        ],
    }
}
