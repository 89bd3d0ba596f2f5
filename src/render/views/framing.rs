//! The framing view as data: JSON with every cue, its class and the claims that use it, and
//! CSV with one row per outlet, speaker and cue. Documented in docs/framing.md.

use serde::Serialize;

use crate::analysis::CueClass;
use crate::compare::{Asymmetry, Cue, Cues, Filter, Framing, GroupLean};

use super::csv::write;
use super::json::{JsonFilters, filters, to_json};

/// The version of the framing JSON document; it changes only if a field changes meaning or
/// goes away.
pub const FRAMING_JSON_VERSION: u32 = 1;

pub fn framing_json(view: &Framing<'_>, filter: &Filter) -> String {
    let outlets = view
        .outlets
        .iter()
        .map(|o| JsonOutlet {
            id: &o.outlet.id,
            name: &o.outlet.name,
            affiliations: o
                .groups
                .iter()
                .map(|g| JsonGroup {
                    affiliation: g.affiliation,
                    leaning: leaning(&g.cues),
                    cues: cues(&g.cues),
                    speakers: g
                        .speakers
                        .iter()
                        .map(|(s, c)| JsonSpeaker {
                            id: &s.id,
                            name: &s.name,
                            leaning: leaning(c),
                            cues: cues(c),
                        })
                        .collect(),
                })
                .collect(),
            leaning: leaning(&o.all),
            cues: cues(&o.all),
            asymmetry: o.asymmetry.as_ref().map(asymmetry),
        })
        .collect();
    to_json(&JsonFraming {
        view: "framing",
        version: FRAMING_JSON_VERSION,
        filters: filters(filter),
        outlets,
    })
}

/// One row per outlet, speaker and cue.
pub fn framing_csv(view: &Framing<'_>) -> String {
    let columns = [
        "outlet",
        "affiliation",
        "speaker",
        "cue",
        "kind",
        "entry",
        "class",
        "lean",
        "count",
        "claims",
    ];
    let mut rows = Vec::new();
    for o in &view.outlets {
        for g in &o.groups {
            for (speaker, found) in &g.speakers {
                for cue in &found.cues {
                    rows.push(vec![
                        o.outlet.id.clone(),
                        g.affiliation.unwrap_or_default().to_string(),
                        speaker.id.clone(),
                        cue.text.clone(),
                        cue.kind.as_str().to_string(),
                        cue.entry.clone().unwrap_or_default(),
                        cue.class.map(CueClass::name).unwrap_or_default().to_string(),
                        cue.lean().map(|l| l.name()).unwrap_or_default().to_string(),
                        cue.count().to_string(),
                        cue.claims.join(";"),
                    ]);
                }
            }
        }
    }
    write(&columns, rows)
}

fn leaning(found: &Cues) -> JsonLeaning {
    JsonLeaning {
        endorsing: found.leaning[0],
        neutral: found.leaning[1],
        distancing: found.leaning[2],
    }
}

fn cues(found: &Cues) -> Vec<JsonCue<'_>> {
    found.cues.iter().map(cue).collect()
}

fn cue(c: &Cue) -> JsonCue<'_> {
    JsonCue {
        cue: &c.text,
        kind: c.kind.as_str(),
        entry: c.entry.as_deref(),
        class: c.class.map(CueClass::name),
        lean: c.lean().map(|l| l.name()),
        count: c.count(),
        claims: &c.claims,
    }
}

fn groups(list: &[GroupLean]) -> Vec<JsonGroupLean<'_>> {
    list.iter()
        .map(|g| JsonGroupLean {
            affiliation: g.affiliation.as_deref(),
            leaning: JsonLeaning {
                endorsing: g.leaning[0],
                neutral: g.leaning[1],
                distancing: g.leaning[2],
            },
        })
        .collect()
}

fn asymmetry(a: &Asymmetry) -> JsonAsymmetry<'_> {
    JsonAsymmetry {
        distanced: groups(&a.distanced),
        not_distanced: groups(&a.not_distanced),
    }
}

#[derive(Serialize)]
struct JsonFraming<'a> {
    view: &'static str,
    version: u32,
    filters: JsonFilters<'a>,
    outlets: Vec<JsonOutlet<'a>>,
}

#[derive(Serialize)]
struct JsonOutlet<'a> {
    id: &'a str,
    name: &'a str,
    affiliations: Vec<JsonGroup<'a>>,
    leaning: JsonLeaning,
    cues: Vec<JsonCue<'a>>,
    asymmetry: Option<JsonAsymmetry<'a>>,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    affiliation: Option<&'a str>,
    leaning: JsonLeaning,
    cues: Vec<JsonCue<'a>>,
    speakers: Vec<JsonSpeaker<'a>>,
}

#[derive(Serialize)]
struct JsonSpeaker<'a> {
    id: &'a str,
    name: &'a str,
    leaning: JsonLeaning,
    cues: Vec<JsonCue<'a>>,
}

#[derive(Serialize)]
struct JsonLeaning {
    endorsing: usize,
    neutral: usize,
    distancing: usize,
}

#[derive(Serialize)]
struct JsonCue<'a> {
    cue: &'a str,
    kind: &'static str,
    entry: Option<&'a str>,
    class: Option<&'static str>,
    lean: Option<&'static str>,
    count: usize,
    claims: &'a [String],
}

#[derive(Serialize)]
struct JsonAsymmetry<'a> {
    distanced: Vec<JsonGroupLean<'a>>,
    not_distanced: Vec<JsonGroupLean<'a>>,
}

#[derive(Serialize)]
struct JsonGroupLean<'a> {
    affiliation: Option<&'a str>,
    leaning: JsonLeaning,
}
