//! `export --format annotations`: W3C Web Annotations (JSON-LD, the Web Annotation Data Model),
//! the format annotation tools such as Hypothesis exchange. One annotation per claim, in an
//! `AnnotationCollection`; its target is the claim's passage in the stored source, selected
//! both by a `TextQuoteSelector` (exact text with up to 32 code points of prefix and suffix)
//! and by a `TextPositionSelector` (code point offsets, as the model counts them). Its bodies
//! tag the topics, classify the stances and identify who speaks.

use serde_json::{Value, json};

use crate::compare::{ClaimRef, Voice};

use super::Input;
use super::iri::path_reference;
use super::passages::{Passage, passages};

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

pub fn annotations(input: &Input<'_>) -> String {
    let items: Vec<Value> = input
        .claims
        .iter()
        .zip(passages(input))
        .filter_map(|(claim, passage)| passage.map(|p| annotation(input, claim, &p)))
        .collect();
    let document = json!({
        "@context": CONTEXT,
        "id": "annotations",
        "type": "AnnotationCollection",
        "label": "crossclaim claims",
        "total": items.len(),
        "first": {
            "id": "annotations/page-1",
            "type": "AnnotationPage",
            "partOf": "annotations",
            "startIndex": 0,
            "items": items,
        },
    });
    serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
}

fn annotation(input: &Input<'_>, claim: &ClaimRef<'_>, passage: &Passage<'_>) -> Value {
    let c = claim.claim;
    let mut body: Vec<Value> = vec![textual("identifying", speaker(claim))];
    body.extend(claim.topics().map(|t| textual("tagging", t.to_string())));
    body.extend(c.stances.iter().map(|s| {
        let known = input.proposition(&s.proposition).map(|(p, _)| p.text.as_str());
        let value = match known {
            Some(text) => format!("{} {}: {text}", s.stance.as_str(), s.proposition),
            None => format!("{} {}", s.stance.as_str(), s.proposition),
        };
        textual("classifying", value)
    }));
    json!({
        "id": format!("annotation/{}", c.id),
        "type": "Annotation",
        "body": body,
        "target": {
            "type": "SpecificResource",
            "source": { "id": path_reference(passage.source), "type": "Text", "format": "text/plain" },
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": passage.exact,
                    "prefix": passage.prefix,
                    "suffix": passage.suffix,
                },
                { "type": "TextPositionSelector", "start": passage.start, "end": passage.end },
            ],
        },
    })
}

fn textual(purpose: &str, value: String) -> Value {
    json!({ "type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain" })
}

/// Who speaks, with the role the article gives them: `Joey Hood, US Acting Assistant ...`,
/// or `Press TV (narration)`.
fn speaker(claim: &ClaimRef<'_>) -> String {
    match claim.voice {
        Voice::Speaker {
            speaker,
            role: Some(role),
        } => format!("{}, {role}", speaker.name),
        Voice::Speaker { speaker, role: None } => speaker.name.clone(),
        Voice::Narration(outlet) => format!("{} (narration)", outlet.name),
    }
}
