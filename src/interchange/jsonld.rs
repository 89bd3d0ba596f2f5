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
//! the document is published. Nodes are typed structs serialized in one pass: a new property is
//! a field of [`Node`] set where it applies.

use std::borrow::Cow;

use serde::Serialize;

use crate::compare::{ClaimRef, Voice};
use crate::model::{Article, Mode, Outlet, PartialDate, Speaker, TopicProposition};

use super::Input;
use super::input::ownership_name;
use super::iri::path_reference;
use super::passages::{Passage, passages};

pub const CONTEXT: &str = "https://schema.org";

#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node<'a>>,
}

/// Any node of the graph; properties that do not apply are left out.
#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Node<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    term_code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    r#abstract: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<Address<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ownership_funding_info: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    appearance: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_appearance: Option<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    about: Vec<About>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    archived_at: Option<Cow<'a, str>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Address<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    address_country: &'a str,
}

#[derive(Serialize)]
struct Reference {
    #[serde(rename = "@id")]
    id: String,
}

#[derive(Serialize)]
#[serde(untagged)]
enum About {
    /// A topic.
    Node(Reference),
    /// A proposition, with the stance as the role's name.
    Stance {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "roleName")]
        role_name: &'static str,
        about: Reference,
    },
}

fn reference(kind: &str, id: &str) -> Reference {
    Reference {
        id: format!("{kind}/{id}"),
    }
}

pub fn jsonld(input: &Input<'_>) -> String {
    let corpus = input.corpus;
    let mut graph = Vec::with_capacity(
        corpus.outlets.len()
            + corpus.speakers.len()
            + corpus.topics.len()
            + corpus.propositions.len()
            + corpus.articles.len()
            + corpus.claims.len(),
    );
    graph.extend(corpus.outlets.iter().map(|item| outlet(&item.value)));
    graph.extend(corpus.speakers.iter().map(|item| speaker(&item.value)));
    graph.extend(corpus.topics.iter().map(|item| {
        let t = &item.value;
        Node {
            term_code: Some(&t.id),
            name: Some(&t.title),
            description: t.description.as_deref(),
            ..node("topic", "DefinedTerm", &t.id)
        }
    }));
    graph.extend(corpus.propositions.iter().map(|item| proposition(&item.value)));
    graph.extend(corpus.articles.iter().map(|item| article(&item.value)));
    let passages = passages(input);
    graph.extend(input.claims.iter().zip(&passages).map(|(c, p)| claim(c, p.as_ref())));
    let document = Document {
        context: CONTEXT,
        graph,
    };
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

fn node<'a>(kind: &str, schema_type: &'static str, id: &'a str) -> Node<'a> {
    Node {
        id: format!("{kind}/{id}"),
        kind: schema_type,
        identifier: id,
        ..Node::default()
    }
}

fn outlet(o: &Outlet) -> Node<'_> {
    Node {
        name: Some(&o.name),
        address: Some(Address {
            kind: "PostalAddress",
            address_country: &o.country,
        }),
        ownership_funding_info: Some(ownership_name(o.ownership)),
        description: o.kind.as_deref(),
        url: o.homepage.as_deref(),
        ..node("outlet", "NewsMediaOrganization", &o.id)
    }
}

fn speaker(s: &Speaker) -> Node<'_> {
    Node {
        name: Some(&s.name),
        description: s.role.as_deref(),
        ..node("speaker", "Thing", &s.id)
    }
}

fn proposition(p: &TopicProposition) -> Node<'_> {
    Node {
        text: Some(&p.proposition.text),
        about: vec![About::Node(reference("topic", &p.topic))],
        ..node("proposition", "Claim", &p.proposition.id)
    }
}

fn article(a: &Article) -> Node<'_> {
    Node {
        headline: Some(&a.title),
        publisher: Some(reference("outlet", &a.outlet)),
        date_published: date(Some(a.published.date)),
        dateline: a.dateline.as_deref(),
        url: a.url.as_deref(),
        archived_at: Some(path_reference(&a.source)),
        ..node("article", "NewsArticle", &a.id)
    }
}

fn claim<'a>(claim: &ClaimRef<'a>, passage: Option<&Passage<'a>>) -> Node<'a> {
    let c = claim.claim;
    let author = match claim.voice {
        Voice::Speaker { speaker, .. } => reference("speaker", &speaker.id),
        Voice::Narration(outlet) => reference("outlet", &outlet.id),
    };
    let mut about: Vec<About> = claim.topics().map(|t| About::Node(reference("topic", t))).collect();
    about.extend(c.stances.iter().map(|s| About::Stance {
        kind: "Role",
        role_name: s.stance.as_str(),
        about: reference("proposition", &s.proposition),
    }));
    Node {
        // The words as the source prints them; the claim file's quote may differ in whitespace
        // and typographic quotes.
        text: Some(passage.map_or(c.quote.as_str(), |p| p.exact)),
        author: Some(author),
        appearance: Some(reference("article", &claim.article.id)),
        first_appearance: (c.mode == Mode::Narration).then(|| reference("article", &claim.article.id)),
        about,
        date_created: date(c.said_on_date()),
        r#abstract: c.summary.as_deref(),
        ..node("claim", "Claim", &c.id)
    }
}

/// A date in its written precision (ISO 8601 allows `2021` and `2021-06`); unknown dates are
/// left out.
fn date(date: Option<PartialDate>) -> Option<String> {
    date.filter(|d| *d != PartialDate::Unknown).map(|d| d.to_string())
}
