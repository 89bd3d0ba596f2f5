//! A claim file's top level: its five sections, each a list of definitions that load one by
//! one, so a definition with an error is left out and its siblings still load.

use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Corpus, DroppedDefinition, Item, ItemPath, Topic, TopicProposition};
use crate::suggest::listing;
use crate::yaml::decode::{Decoder, Fields, Label, Problem, Record, definitions, describe};
use crate::yaml::{Document, Kind, NodeId};

/// The sections a claim file may hold, in the order the format documents them.
pub const SECTIONS: &[&str] = &["outlets", "speakers", "topics", "articles", "claims"];

/// Every definition of a parsed claim file that is free of errors, a `schema-violation` for
/// every error in it up to the decoder's limit, and how many errors were only counted.
pub fn decode(path: &Path, doc: &Document, root: NodeId) -> (Corpus, Vec<Diagnostic>, usize) {
    let mut d = Decoder::new(doc);
    let mut found = Corpus::default();
    if d.untagged(root) && is_mapping(doc, root) {
        let fields = Fields::new(&mut d, root, "claim file", "section", SECTIONS);
        section(&mut d, &fields, "outlets", &mut found.outlets);
        section(&mut d, &fields, "speakers", &mut found.speakers);
        topics(&mut d, &fields, &mut found);
        section(&mut d, &fields, "articles", &mut found.articles);
        section(&mut d, &fields, "claims", &mut found.claims);
    } else if !is_mapping(doc, root) {
        let what = describe(doc, root);
        d.problem(
            doc.head(root),
            format!("a claim file must be a mapping of sections, not {what}"),
            format!(
                "start each section on a line of its own, e.g. `claims:`; the sections are {}",
                listing(SECTIONS)
            ),
        );
    }
    let (problems, dropped, omitted) = d.finish();
    found.dropped = dropped
        .into_iter()
        .map(|dropped| DroppedDefinition {
            kind: dropped.kind,
            id: dropped.id,
            file: 0,
            cause: dropped.cause,
        })
        .collect();
    let diagnostics = problems.into_iter().map(|problem| diagnostic(path, problem)).collect();
    (found, diagnostics, omitted)
}

fn is_mapping(doc: &Document, node: NodeId) -> bool {
    matches!(doc.node(doc.resolve(node)).kind(), Kind::Mapping(_))
}

fn section<T: Record>(d: &mut Decoder<'_>, fields: &Fields, name: &'static str, out: &mut Vec<Item<T>>) {
    let Some(node) = fields.node(name) else {
        return;
    };
    let Some((kept, numbering)) = definitions::<T>(d, node, Label::Field(name)) else {
        return;
    };
    out.extend(kept.into_iter().zip(numbering).map(|(value, index)| Item {
        file: 0,
        path: ItemPath::Top(name, index),
        value,
    }));
}

/// Topics, and the propositions of each: a proposition with an error is left out of its topic,
/// and a topic with an error takes its propositions with it.
fn topics(d: &mut Decoder<'_>, fields: &Fields, found: &mut Corpus) {
    let Some(node) = fields.node("topics") else {
        return;
    };
    let Some(items) = d.sequence(node, Label::Field("topics")) else {
        return;
    };
    let doc = d.document();
    for (index, &item) in items.iter().enumerate() {
        let before = d.problem_count();
        let Some(topic) = d.definition::<Topic>(item) else {
            // What refers to its propositions waits for the topic, not for a typo.
            let cause = d.first_problem_since(before).unwrap_or_else(|| doc.head(item));
            if let Some((_, propositions)) = doc.get(doc.resolve(item), "propositions") {
                for &proposition in doc.items(doc.resolve(propositions)) {
                    d.dropped_with("proposition", proposition, cause.clone());
                }
            }
            continue;
        };
        let numbering = d.take_numbering();
        for (proposition, written) in topic.propositions.iter().zip(numbering) {
            found.propositions.push(Item {
                file: 0,
                path: ItemPath::Proposition {
                    topic: index,
                    index: written,
                },
                value: TopicProposition {
                    topic: topic.id.clone(),
                    proposition: proposition.clone(),
                },
            });
        }
        found.topics.push(Item {
            file: 0,
            path: ItemPath::Top("topics", index),
            value: topic,
        });
    }
}

fn diagnostic(path: &Path, problem: Problem) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(
        Code::SchemaViolation,
        problem.message,
        Location::bytes(path, problem.span),
    )
    .with_help(problem.help);
    if let Some((span, label)) = problem.related {
        diagnostic = diagnostic.with_related(Location::bytes(path, span), label);
    }
    diagnostic
}
