//! The nodes: every outlet, speaker and proposition, with the attributes of its kind.

use super::tally::{End, Tallies};
use super::{Node, Value};
use crate::interchange::Input;
use crate::interchange::input::ownership_name;

/// Every outlet, speaker and proposition defined, in that order and the order of definition,
/// those without claims included.
pub(super) fn nodes<'a>(input: &Input<'a>, tallies: &Tallies<'a>) -> Vec<Node<'a>> {
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
                domains: o.domains.join(";"),
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
                verdict: p.proposition.verdict.as_ref().map_or("", |v| v.rating.as_str()),
                verdict_by: p.proposition.verdict.as_ref().map_or("", |v| v.by.as_str()),
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
    /// An outlet's domains, joined with `;`.
    domains: String,
    verdict: &'a str,
    verdict_by: &'a str,
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
                Value::Owned(self.domains),
                Value::Text(self.verdict),
                Value::Text(self.verdict_by),
            ],
        }
    }
}
