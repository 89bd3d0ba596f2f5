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
use crate::model::{Article, Mode, Outlet, PartialDate, Speaker, TopicProposition, UNKNOWN_COUNTRY};

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
    #[serde(skip_serializing_if = "Identifier::is_none")]
    identifier: Identifier<'a>,
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
    author: Option<Agent<'a>>,
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
    same_as: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    archived_at: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding_format: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item_reviewed: Option<Reference>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claim_reviewed: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    review_rating: Option<ReviewRating<'a>>,
}

/// Who wrote something: a node of the graph, or an organisation known only by its name.
#[derive(Serialize)]
#[serde(untagged)]
enum Agent<'a> {
    Node(Reference),
    Named {
        #[serde(rename = "@type")]
        kind: &'static str,
        name: &'a str,
    },
}

/// The node's id in the claim files, and its ids elsewhere (external ids, an outlet's
/// domains) as schema.org `PropertyValue`s.
#[derive(Serialize, Default)]
#[serde(untagged)]
enum Identifier<'a> {
    #[default]
    None,
    Id(&'a str),
    With(Vec<IdentifierValue<'a>>),
}

#[derive(Serialize)]
#[serde(untagged)]
enum IdentifierValue<'a> {
    Id(&'a str),
    Property {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "propertyID")]
        property_id: &'a str,
        value: &'a str,
    },
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReviewRating<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    alternate_name: &'a str,
}

impl Identifier<'_> {
    fn is_none(&self) -> bool {
        matches!(self, Identifier::None)
    }
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
            + 2 * corpus.propositions.len()
            + 2 * corpus.articles.len()
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
    graph.extend(corpus.propositions.iter().filter_map(|item| review(&item.value)));
    graph.extend(corpus.articles.iter().map(|item| article(&item.value)));
    graph.extend(corpus.articles.iter().map(|item| stored(&item.value)));
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
        identifier: Identifier::Id(id),
        ..Node::default()
    }
}

/// The id, followed by other ids as `PropertyValue`s named `property`, when there are any.
fn identifiers<'a>(id: &'a str, others: impl Iterator<Item = (&'a str, &'a str)>) -> Identifier<'a> {
    let mut values = vec![IdentifierValue::Id(id)];
    values.extend(others.map(|(property_id, value)| IdentifierValue::Property {
        kind: "PropertyValue",
        property_id,
        value,
    }));
    if values.len() == 1 {
        Identifier::Id(id)
    } else {
        Identifier::With(values)
    }
}

fn outlet(o: &Outlet) -> Node<'_> {
    Node {
        identifier: identifiers(&o.id, o.domains.iter().map(|d| ("domain", d.as_str()))),
        name: Some(&o.name),
        // An unknown country is no address at all.
        address: (o.country != UNKNOWN_COUNTRY).then_some(Address {
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

/// A proposition's verdict as a `ClaimReview` of it, by whoever gave it.
fn review(p: &TopicProposition) -> Option<Node<'_>> {
    let verdict = p.proposition.verdict.as_ref()?;
    let id = &p.proposition.id;
    Some(Node {
        item_reviewed: Some(reference("proposition", id)),
        claim_reviewed: Some(&p.proposition.text),
        review_rating: Some(ReviewRating {
            kind: "Rating",
            alternate_name: verdict.rating.as_str(),
        }),
        author: Some(Agent::Named {
            kind: "Organization",
            name: &verdict.by,
        }),
        url: verdict.url.as_deref(),
        date_published: date(verdict.date),
        ..node("review", "ClaimReview", id)
    })
}

fn article(a: &Article) -> Node<'_> {
    Node {
        identifier: identifiers(&a.id, a.ids.iter().map(|(dataset, id)| (dataset.as_str(), id.as_str()))),
        headline: Some(&a.title),
        publisher: Some(reference("outlet", &a.outlet)),
        date_published: date(Some(a.published.date)),
        dateline: a.dateline.as_deref(),
        url: a.url.as_deref(),
        // The page at the url is the article itself.
        same_as: a.url.as_deref(),
        archived_at: Some(path_reference(&a.source)),
        ..node("article", "NewsArticle", &a.id)
    }
}

/// The stored copy an article is archived at: its hash and when it was captured.
fn stored(a: &Article) -> Node<'_> {
    Node {
        id: path_reference(&a.source).into_owned(),
        kind: "MediaObject",
        identifier: Identifier::None,
        encoding_format: Some("text/plain"),
        sha256: Some(&a.sha256),
        date_created: a.captured.clone(),
        ..Node::default()
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
        text: Some(passage.map_or(c.quote.as_ref(), |p| p.exact)),
        author: Some(Agent::Node(author)),
        appearance: Some(reference("article", &claim.article.id)),
        first_appearance: (c.mode == Mode::Narration).then(|| reference("article", &claim.article.id)),
        about,
        date_created: date(c.said_on_date()),
        r#abstract: c.summary.as_deref(),
        ..node("claim", "Claim", &c.id)
    }
}

/// A date in its written precision (ISO 8601 allows `2021` and `2021-06`); unknown dates and
/// dates known only by their bounds, which schema.org's `Date` cannot hold, are left out.
fn date(date: Option<PartialDate>) -> Option<String> {
    date.and_then(PartialDate::point).map(|p| p.to_string())
}
