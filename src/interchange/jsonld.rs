//! `export --format jsonld`: schema.org JSON-LD, the vocabulary search engines and fact-checking
//! tools read (`Claim`, `NewsArticle`, `ClaimReview`).
//!
//! One `@graph` holds every definition as a node, linked by `@id`:
//! - an outlet is a `NewsMediaOrganization` (country as `address.addressCountry`, ownership as
//!   `ownershipFundingInfo`);
//! - a speaker is a `Thing` (the model does not say whether a speaker is a person or an
//!   institution, so neither is claimed);
//! - a topic is a `DefinedTerm`; a proposition is a `Claim` about its topic;
//! - an article is a `NewsArticle` with its `publisher`, `datePublished`, `dateline` and `url`;
//! - a claim is a `Claim` whose `author` is the speaker (the outlet when it narrates), whose
//!   `appearance` is the article, and which is `about` its topics and, through a schema.org
//!   `Role` whose `roleName` is the stance, its propositions. Narration first appears in the
//!   outlet's own article, so it also gets `firstAppearance`.
//!
//! Node ids are relative IRI references (`claim/ID`, `outlet/ID`...), resolved against wherever
//! the document is published.

use serde_json::{Map, Value, json};

use crate::compare::{ClaimRef, Voice};
use crate::model::{Mode, PartialDate};

use super::Input;
use super::input::ownership_name;
use super::iri::path_reference;
use super::passages::{Passage, passages};

pub const CONTEXT: &str = "https://schema.org";

pub fn jsonld(input: &Input<'_>) -> String {
    let corpus = input.corpus;
    let mut graph = Vec::new();
    for o in corpus.outlets.iter().map(|item| &item.value) {
        let mut node = node(format!("outlet/{}", o.id), "NewsMediaOrganization", &o.id);
        node.insert("name".into(), json!(o.name));
        node.insert(
            "address".into(),
            json!({ "@type": "PostalAddress", "addressCountry": o.country }),
        );
        node.insert("ownershipFundingInfo".into(), json!(ownership_name(o.ownership)));
        optional(&mut node, "description", o.kind.as_deref());
        optional(&mut node, "url", o.homepage.as_deref());
        graph.push(Value::Object(node));
    }
    for s in corpus.speakers.iter().map(|item| &item.value) {
        let mut node = node(format!("speaker/{}", s.id), "Thing", &s.id);
        node.insert("name".into(), json!(s.name));
        optional(&mut node, "description", s.role.as_deref());
        graph.push(Value::Object(node));
    }
    for t in corpus.topics.iter().map(|item| &item.value) {
        let mut node = node(format!("topic/{}", t.id), "DefinedTerm", &t.id);
        node.insert("termCode".into(), json!(t.id));
        node.insert("name".into(), json!(t.title));
        optional(&mut node, "description", t.description.as_deref());
        graph.push(Value::Object(node));
    }
    for p in corpus.propositions.iter().map(|item| &item.value) {
        let mut node = node(format!("proposition/{}", p.proposition.id), "Claim", &p.proposition.id);
        node.insert("text".into(), json!(p.proposition.text));
        node.insert("about".into(), reference(format!("topic/{}", p.topic)));
        graph.push(Value::Object(node));
    }
    for a in corpus.articles.iter().map(|item| &item.value) {
        let mut node = node(format!("article/{}", a.id), "NewsArticle", &a.id);
        node.insert("headline".into(), json!(a.title));
        node.insert("publisher".into(), reference(format!("outlet/{}", a.outlet)));
        date(&mut node, "datePublished", Some(a.published.date));
        optional(&mut node, "dateline", a.dateline.as_deref());
        optional(&mut node, "url", a.url.as_deref());
        node.insert("archivedAt".into(), json!(path_reference(&a.source)));
        graph.push(Value::Object(node));
    }
    for (claim, passage) in input.claims.iter().zip(passages(input)) {
        graph.push(Value::Object(claim_node(claim, passage.as_ref())));
    }
    let document = json!({ "@context": CONTEXT, "@graph": graph });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

fn claim_node(claim: &ClaimRef<'_>, passage: Option<&Passage<'_>>) -> Map<String, Value> {
    let c = claim.claim;
    let mut node = node(format!("claim/{}", c.id), "Claim", &c.id);
    // The words as the source prints them; the claim file's quote may differ in whitespace
    // and typographic quotes.
    node.insert("text".into(), json!(passage.map_or(c.quote.as_str(), |p| p.exact)));
    let author = match claim.voice {
        Voice::Speaker { speaker, .. } => format!("speaker/{}", speaker.id),
        Voice::Narration(outlet) => format!("outlet/{}", outlet.id),
    };
    node.insert("author".into(), reference(author));
    let article = format!("article/{}", claim.article.id);
    if c.mode == Mode::Narration {
        node.insert("firstAppearance".into(), reference(article.clone()));
    }
    node.insert("appearance".into(), reference(article));
    let mut about: Vec<Value> = claim.topics().map(|t| reference(format!("topic/{t}"))).collect();
    about.extend(c.stances.iter().map(|s| {
        json!({
            "@type": "Role",
            "roleName": s.stance.as_str(),
            "about": reference(format!("proposition/{}", s.proposition)),
        })
    }));
    node.insert("about".into(), Value::Array(about));
    date(&mut node, "dateCreated", c.said_on);
    optional(&mut node, "abstract", c.summary.as_deref());
    node
}

fn node(id: String, kind: &str, identifier: &str) -> Map<String, Value> {
    let mut node = Map::new();
    node.insert("@id".into(), Value::String(id));
    node.insert("@type".into(), json!(kind));
    node.insert("identifier".into(), json!(identifier));
    node
}

fn reference(id: String) -> Value {
    json!({ "@id": id })
}

fn optional(node: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(value) = value {
        node.insert(key.into(), json!(value));
    }
}

/// A date in its written precision (ISO 8601 allows `2021` and `2021-06`); unknown dates are
/// left out.
fn date(node: &mut Map<String, Value>, key: &str, date: Option<PartialDate>) {
    if let Some(date) = date.filter(|d| *d != PartialDate::Unknown) {
        node.insert(key.into(), json!(date.to_string()));
    }
}
