//! The versions view as data: JSON with each statement, its renderings and each rendering's
//! word-level diff as a list of edits; CSV with one row per rendering. Documented in
//! docs/framing.md.

use serde::Serialize;

use crate::analysis::CueClass;
use crate::analysis::word_diff::{self, Edit};
use crate::compare::{Compared, DatedBy, Filter, Rendering, Versions, Voice};

use super::csv::write;
use super::json::{JsonFilters, filters, to_json};

/// The version of the versions JSON document; it changes only if a field changes meaning or
/// goes away.
pub const VERSIONS_JSON_VERSION: u32 = 1;

pub fn versions_json(view: &Versions<'_>, filter: &Filter) -> String {
    let statements = view
        .statements
        .iter()
        .map(|s| JsonStatement {
            id: s.id,
            speaker: s.renderings.first().and_then(speaker),
            base: s.renderings.get(s.base).map(|r| r.claim.claim.id.as_ref()),
            renderings: s.renderings.iter().map(rendering).collect(),
        })
        .collect();
    to_json(&JsonVersions {
        view: "versions",
        version: VERSIONS_JSON_VERSION,
        filters: filters(filter),
        statements,
    })
}

/// One row per rendering.
pub fn versions_csv(view: &Versions<'_>) -> String {
    let columns = [
        "statement",
        "claim",
        "outlet",
        "article",
        "placement",
        "mode",
        "verb",
        "class",
        "date",
        "dated_by",
        "language",
        "compared",
        "translation_of",
        "dropped",
        "added",
        "substituted",
        "elided",
        "words",
    ];
    let mut rows = Vec::new();
    for s in &view.statements {
        for r in &s.renderings {
            let c = r.claim.claim;
            let (compared, tally, words) = match &r.compared {
                Compared::Base => ("base", None, word_diff::words(&c.quote).join(" ")),
                Compared::Diff(edits) => ("diff", Some(word_diff::tally(edits)), word_diff::notation(edits)),
                Compared::Translation { .. } => ("translation", None, word_diff::words(&c.quote).join(" ")),
            };
            let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_default();
            rows.push(vec![
                s.id.to_string(),
                c.id.to_string(),
                r.claim.outlet.id.clone(),
                r.claim.article.id.clone(),
                c.placement.map_or("body", |p| p.as_str()).to_string(),
                c.mode.as_str().to_string(),
                c.verb.as_deref().unwrap_or_default().to_string(),
                r.class.map(CueClass::name).unwrap_or_default().to_string(),
                r.claim.date.to_string(),
                dated_by(r.claim.dated_by).to_string(),
                r.language.unwrap_or_default().to_string(),
                compared.to_string(),
                c.translation_of.as_deref().unwrap_or_default().to_string(),
                count(tally.map(|t| t.dropped)),
                count(tally.map(|t| t.added)),
                count(tally.map(|t| t.substituted)),
                count(tally.map(|t| t.elided)),
                words,
            ]);
        }
    }
    write(&columns, rows)
}

fn speaker<'a>(r: &Rendering<'a>) -> Option<&'a str> {
    match r.claim.voice {
        Voice::Speaker { speaker, .. } => Some(speaker.id.as_str()),
        Voice::Narration(_) => None,
    }
}

fn dated_by(by: DatedBy) -> &'static str {
    match by {
        DatedBy::Statement => "statement",
        DatedBy::Article => "article",
    }
}

fn rendering<'a>(r: &'a Rendering<'a>) -> JsonRendering<'a> {
    let c = r.claim.claim;
    let (compared, edits) = match &r.compared {
        Compared::Base => ("base", None),
        Compared::Diff(edits) => ("diff", Some(edits.iter().map(edit).collect())),
        Compared::Translation { .. } => ("translation", None),
    };
    JsonRendering {
        claim: &c.id,
        outlet: &r.claim.outlet.id,
        article: &r.claim.article.id,
        placement: c.placement.map_or("body", |p| p.as_str()),
        mode: c.mode.as_str(),
        verb: c.verb.as_deref(),
        class: r.class.map(CueClass::name),
        attribution: c.attribution.map(|a| a.as_str()),
        date: r.claim.date.to_string(),
        dated_by: dated_by(r.claim.dated_by),
        language: r.language,
        translation_of: c.translation_of.as_deref(),
        quote: &c.quote,
        compared,
        edits,
    }
}

fn edit(e: &Edit) -> JsonEdit<'_> {
    let (op, base, rendering) = match e {
        Edit::Same(w) => ("same", Some(w), Some(w)),
        Edit::Dropped(w) => ("dropped", Some(w), None),
        Edit::Added(w) => ("added", None, Some(w)),
        Edit::Substituted { base, rendering } => ("substituted", Some(base), Some(rendering)),
        Edit::Elided(w) => ("elided", Some(w), None),
    };
    JsonEdit {
        op,
        base: base.map(String::as_str),
        rendering: rendering.map(String::as_str),
    }
}

#[derive(Serialize)]
struct JsonVersions<'a> {
    view: &'static str,
    version: u32,
    filters: JsonFilters<'a>,
    statements: Vec<JsonStatement<'a>>,
}

#[derive(Serialize)]
struct JsonStatement<'a> {
    id: &'a str,
    speaker: Option<&'a str>,
    base: Option<&'a str>,
    renderings: Vec<JsonRendering<'a>>,
}

#[derive(Serialize)]
struct JsonRendering<'a> {
    claim: &'a str,
    outlet: &'a str,
    article: &'a str,
    placement: &'static str,
    mode: &'static str,
    verb: Option<&'a str>,
    class: Option<&'static str>,
    attribution: Option<&'static str>,
    date: String,
    dated_by: &'static str,
    language: Option<&'a str>,
    translation_of: Option<&'a str>,
    quote: &'a str,
    compared: &'static str,
    /// The edits from the base to this rendering; absent for the base and translations.
    edits: Option<Vec<JsonEdit<'a>>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    op: &'static str,
    base: Option<&'a str>,
    rendering: Option<&'a str>,
}
