//! The actor network researchers build from claim data (as in discourse network analysis):
//! speakers and outlets linked to the propositions they take stances on, and speakers to the
//! outlets that quote them. Built from the claims that exist, in one pass over them; written
//! by [`super::graphml`] and [`super::gexf`].

use std::collections::HashMap;

use crate::compare::Voice;
use crate::model::Stance;

use super::Input;
use super::input::ownership_name;

/// How a value is typed in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Text,
    Integer,
}

impl Type {
    /// The type's name in GraphML's `attr.type` and GEXF's `type`, which agree on these two.
    pub fn xml_name(self) -> &'static str {
        match self {
            Type::Text => "string",
            Type::Integer => "long",
        }
    }
}

/// An attribute every node (or every edge) carries: unused ones are empty strings, so each
/// reader sees the same columns everywhere.
#[derive(Debug, Clone, Copy)]
pub struct Attribute {
    pub name: &'static str,
    pub kind: Type,
}

const fn text(name: &'static str) -> Attribute {
    Attribute { name, kind: Type::Text }
}

const fn integer(name: &'static str) -> Attribute {
    Attribute {
        name,
        kind: Type::Integer,
    }
}

/// Node attributes besides the label, in the order of [`Node::values`].
pub const NODE_ATTRIBUTES: [Attribute; 11] = [
    text("kind"),
    text("identifier"),
    integer("claims"),
    text("role"),
    text("affiliation"),
    text("country"),
    text("ownership"),
    text("outlet_kind"),
    text("homepage"),
    text("topic"),
    text("topic_title"),
];

/// Edge attributes besides the weight, in the order of [`Edge::values`].
pub const EDGE_ATTRIBUTES: [Attribute; 7] = [
    text("relation"),
    integer("claims"),
    integer("supports"),
    integer("opposes"),
    integer("neutral"),
    integer("net"),
    text("stance"),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Text(&'a str),
    Integer(i64),
}

pub struct Node<'a> {
    /// Unique across kinds: `speaker:ID`, `outlet:ID` or `proposition:ID`.
    pub id: String,
    pub label: &'a str,
    pub values: [Value<'a>; NODE_ATTRIBUTES.len()],
}

pub struct Edge {
    pub id: String,
    pub source: String,
    pub target: String,
    /// The number of claims behind the edge: always positive, as layout algorithms need.
    pub weight: f64,
    pub values: [Value<'static>; EDGE_ATTRIBUTES.len()],
}

pub struct Network<'a> {
    pub nodes: Vec<Node<'a>>,
    pub edges: Vec<Edge>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum End<'a> {
    Outlet(&'a str),
    Speaker(&'a str),
    Proposition(&'a str),
}

impl End<'_> {
    fn id(self) -> String {
        match self {
            End::Outlet(id) => format!("outlet:{id}"),
            End::Speaker(id) => format!("speaker:{id}"),
            End::Proposition(id) => format!("proposition:{id}"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Relation {
    /// An actor (a speaker, or an outlet narrating) takes stances on a proposition.
    Stance,
    /// A speaker is quoted or paraphrased by an outlet.
    QuotedIn,
}

/// What the claims behind one edge add up to.
struct Tally<'a> {
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
struct Tallies<'a> {
    edges: Vec<Tally<'a>>,
    by_key: HashMap<(Relation, End<'a>, End<'a>), usize>,
    claims: HashMap<End<'a>, (i64, usize)>,
}

impl<'a> Tallies<'a> {
    fn edge(&mut self, relation: Relation, source: End<'a>, target: End<'a>, claim: usize) -> &mut Tally<'a> {
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
    fn node(&mut self, end: End<'a>, claim: usize) {
        let (count, last) = self.claims.entry(end).or_insert((0, usize::MAX));
        if *last != claim {
            *last = claim;
            *count += 1;
        }
    }

    fn claims_of(&self, end: End<'a>) -> i64 {
        self.claims.get(&end).map_or(0, |(count, _)| *count)
    }
}

impl Tally<'_> {
    fn add(&mut self, stance: Stance) {
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

pub fn network<'a>(input: &Input<'a>) -> Network<'a> {
    let mut tallies = Tallies::default();
    for (i, claim) in input.claims.iter().enumerate() {
        let outlet = End::Outlet(&claim.outlet.id);
        tallies.node(outlet, i);
        let voice = match claim.voice {
            Voice::Speaker { speaker, .. } => {
                let speaker = End::Speaker(&speaker.id);
                tallies.node(speaker, i);
                let quoted = tallies.edge(Relation::QuotedIn, speaker, outlet, i);
                for s in &claim.claim.stances {
                    quoted.add(s.stance);
                }
                speaker
            }
            Voice::Narration(_) => outlet,
        };
        for s in &claim.claim.stances {
            let proposition = End::Proposition(&s.proposition);
            tallies.node(proposition, i);
            tallies.edge(Relation::Stance, voice, proposition, i).add(s.stance);
        }
    }
    Network {
        nodes: nodes(input, &tallies),
        edges: tallies.edges.iter().enumerate().map(|(i, t)| edge(i, t)).collect(),
    }
}

/// Every outlet, speaker and proposition defined, in that order and the order of definition,
/// those without claims included.
fn nodes<'a>(input: &Input<'a>, tallies: &Tallies<'a>) -> Vec<Node<'a>> {
    let corpus = input.corpus;
    let mut nodes = Vec::with_capacity(corpus.outlets.len() + corpus.speakers.len() + corpus.propositions.len());
    for o in corpus.outlets.iter().map(|item| &item.value) {
        let end = End::Outlet(&o.id);
        nodes.push(
            Details {
                country: &o.country,
                ownership: ownership_name(o.ownership),
                outlet_kind: o.kind.as_deref().unwrap_or_default(),
                homepage: o.homepage.as_deref().unwrap_or_default(),
                ..Details::default()
            }
            .node("outlet", end, &o.id, &o.name, tallies),
        );
    }
    for s in corpus.speakers.iter().map(|item| &item.value) {
        let end = End::Speaker(&s.id);
        nodes.push(
            Details {
                role: s.role.as_deref().unwrap_or_default(),
                affiliation: s.affiliation.as_deref().unwrap_or_default(),
                ..Details::default()
            }
            .node("speaker", end, &s.id, &s.name, tallies),
        );
    }
    for p in corpus.propositions.iter().map(|item| &item.value) {
        let end = End::Proposition(&p.proposition.id);
        nodes.push(
            Details {
                topic: &p.topic,
                topic_title: input.topic(&p.topic).map_or("", |t| t.title.as_str()),
                ..Details::default()
            }
            .node("proposition", end, &p.proposition.id, &p.proposition.text, tallies),
        );
    }
    nodes
}

/// The attributes only some kinds of node have; the others leave them empty.
#[derive(Default)]
struct Details<'a> {
    role: &'a str,
    affiliation: &'a str,
    country: &'a str,
    ownership: &'a str,
    outlet_kind: &'a str,
    homepage: &'a str,
    topic: &'a str,
    topic_title: &'a str,
}

impl<'a> Details<'a> {
    /// The node, its values in the order of [`NODE_ATTRIBUTES`].
    fn node(self, kind: &'static str, end: End<'a>, id: &'a str, label: &'a str, tallies: &Tallies<'a>) -> Node<'a> {
        Node {
            id: end.id(),
            label,
            values: [
                Value::Text(kind),
                Value::Text(id),
                Value::Integer(tallies.claims_of(end)),
                Value::Text(self.role),
                Value::Text(self.affiliation),
                Value::Text(self.country),
                Value::Text(self.ownership),
                Value::Text(self.outlet_kind),
                Value::Text(self.homepage),
                Value::Text(self.topic),
                Value::Text(self.topic_title),
            ],
        }
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
