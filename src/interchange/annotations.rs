//! `export --format annotations`: W3C Web Annotations (JSON-LD, the Web Annotation Data Model),
//! the format annotation tools such as Hypothesis exchange. One annotation per claim, in an
//! `AnnotationCollection`; its target is the claim's passage in the stored source, selected
//! both by a `TextQuoteSelector` (exact text with up to 32 code points of prefix and suffix)
//! and by a `TextPositionSelector` (code point offsets, as the model counts them). Its bodies
//! identify who speaks, tag the topics and classify the stances.

use std::borrow::Cow;

use serde::Serialize;

use crate::compare::{ClaimRef, Voice};

use super::Input;
use super::iri::path_reference;
use super::passages::{Passage, passages};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'static str,
    total: usize,
    first: Page<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Page<'a> {
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    part_of: &'static str,
    start_index: usize,
    items: Vec<Annotation<'a>>,
}

#[derive(Serialize)]
struct Annotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: Cow<'a, str>,
    format: &'static str,
}

#[derive(Serialize)]
struct Target<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    source: Source<'a>,
    /// The article's address: the page the stored text was taken from.
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<&'a str>,
    selector: (QuoteSelector<'a>, PositionSelector),
}

#[derive(Serialize)]
struct Source<'a> {
    id: Cow<'a, str>,
    #[serde(rename = "type")]
    kind: &'static str,
    format: &'static str,
    /// When the stored text was captured.
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<&'a str>,
}

#[derive(Serialize)]
struct QuoteSelector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

pub fn annotations(input: &Input<'_>) -> String {
    let items: Vec<Annotation<'_>> = input
        .claims
        .iter()
        .zip(passages(input))
        .filter_map(|(claim, passage)| passage.map(|p| annotation(input, claim, p)))
        .collect();
    let document = Collection {
        context: CONTEXT,
        id: "annotations",
        kind: "AnnotationCollection",
        label: "crossclaim claims",
        total: items.len(),
        first: Page {
            id: "annotations/page-1",
            kind: "AnnotationPage",
            part_of: "annotations",
            start_index: 0,
            items,
        },
    };
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

fn annotation<'a>(input: &Input<'a>, claim: &ClaimRef<'a>, passage: Passage<'a>) -> Annotation<'a> {
    let c = claim.claim;
    let mut body = vec![textual("identifying", speaker(claim))];
    body.extend(claim.topics().map(|t| textual("tagging", Cow::Borrowed(t))));
    body.extend(c.stances.iter().map(|s| {
        let known = input.proposition(&s.proposition).map(|(p, _)| p);
        let mut value = match known {
            Some(p) => format!("{} {}: {}", s.stance.as_str(), s.proposition, p.text),
            None => format!("{} {}", s.stance.as_str(), s.proposition),
        };
        if let Some(rating) = known.and_then(|p| p.rating_label()) {
            value.push_str(&format!(" ({rating})"));
        }
        textual("classifying", Cow::Owned(value))
    }));
    Annotation {
        id: format!("annotation/{}", c.id),
        kind: "Annotation",
        body,
        target: Target {
            kind: "SpecificResource",
            source: Source {
                id: path_reference(passage.source),
                kind: "Text",
                format: "text/plain",
                created: claim.article.captured.as_deref(),
            },
            scope: claim.article.url.as_deref(),
            selector: (
                QuoteSelector {
                    kind: "TextQuoteSelector",
                    exact: passage.exact,
                    prefix: passage.prefix,
                    suffix: passage.suffix,
                },
                PositionSelector {
                    kind: "TextPositionSelector",
                    start: passage.start,
                    end: passage.end,
                },
            ),
        },
    }
}

fn textual<'a>(purpose: &'static str, value: Cow<'a, str>) -> Body<'a> {
    Body {
        kind: "TextualBody",
        purpose,
        value,
        format: "text/plain",
    }
}

/// Who speaks, with the role the article gives them: `Joey Hood, US Acting Assistant ...`,
/// or `Press TV (narration)`.
fn speaker<'a>(claim: &ClaimRef<'a>) -> Cow<'a, str> {
    match claim.voice {
        Voice::Speaker {
            speaker,
            role: Some(role),
        } => Cow::Owned(format!("{}, {role}", speaker.name)),
        Voice::Speaker { speaker, role: None } => Cow::Borrowed(&speaker.name),
        Voice::Narration(outlet) => Cow::Owned(format!("{} (narration)", outlet.name)),
    }
}
