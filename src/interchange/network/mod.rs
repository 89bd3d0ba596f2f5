//! The actor network researchers build from claim data (as in discourse network analysis):
//! speakers and outlets linked to the propositions they take stances on, and speakers to the
//! outlets that quote them. Built from the claims that exist, in one pass over them; written
//! by [`super::graphml`] and [`super::gexf`].

mod nodes;
mod tally;

use crate::compare::Voice;

use super::Input;
use tally::{End, Relation, Tallies};

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
pub const NODE_ATTRIBUTES: [Attribute; 14] = [
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
    text("domains"),
    text("verdict"),
    text("verdict_by"),
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
    /// Text made for the export, such as a list joined with `;`.
    Owned(String),
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
        nodes: nodes::nodes(input, &tallies),
        edges: tallies.edges(),
    }
}
