//! The comparison views as JSON documents. The structure is documented in docs/compare.md;
//! `version` changes only if a field changes meaning or goes away (new fields may be added).

use serde::Serialize;

use crate::compare::{
    ByCertainty, BySpeaker, ByTopic, ClaimRef, Conflicts, Coverage, DatedBy, Filter, Hedging, Speaking, Tally, Verdict,
    Voice,
};
use crate::model::{Outlet, Stance};

use super::layout::hedged_verdict_label;

pub const JSON_VERSION: u32 = 2;

pub fn by_topic_json(view: &ByTopic<'_>, filter: &Filter) -> String {
    let topics = view
        .topics
        .iter()
        .map(|t| {
            let rows = t
                .rows
                .iter()
                .map(|row| JsonRow {
                    proposition: row.proposition.map(|p| JsonProposition {
                        id: &p.id,
                        text: &p.text,
                        rated: p.verdict.as_ref(),
                    }),
                    verdict: verdict(&row.verdict, &row.hedging, &t.outlets),
                    cells: row
                        .cells
                        .iter()
                        .map(|cell| JsonCell {
                            outlet: t.outlets.get(cell.column).map_or("", |o| o.id.as_str()),
                            claims: cell
                                .entries
                                .iter()
                                .map(|e| JsonStancedClaim {
                                    claim: claim(&e.claim),
                                    stance: e.stance.map(Stance::as_str),
                                    certainty: e.stance.map(|_| e.certainty.as_str()),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect();
            JsonTopic {
                id: &t.topic.id,
                title: &t.topic.title,
                description: t.topic.description.as_deref(),
                outlets: t.outlets.iter().map(|o| o.id.as_str()).collect(),
                rows,
            }
        })
        .collect();
    to_json(&JsonByTopic {
        view: "compare",
        by: "topic",
        version: JSON_VERSION,
        filters: filters(filter),
        outlets: outlets(&view.outlets),
        topics,
    })
}

pub fn by_speaker_json(view: &BySpeaker<'_>, filter: &Filter) -> String {
    let rows = view
        .rows
        .iter()
        .map(|row| JsonSpeakerRow {
            voice: match row.voice {
                Speaking::Speaker(s) => JsonVoice::Speaker {
                    id: &s.id,
                    name: &s.name,
                    role: s.role.as_deref(),
                },
                Speaking::Narration(o) => JsonVoice::Narration {
                    outlet: &o.id,
                    name: &o.name,
                },
            },
            cells: row
                .cells
                .iter()
                .map(|cell| JsonSpeakerCell {
                    topic: view.topics.get(cell.column).map_or("", |t| t.id.as_str()),
                    claims: cell
                        .entries
                        .iter()
                        .map(|e| JsonSpeakerClaim {
                            claim: claim(&e.claim),
                            stances: e
                                .stances
                                .iter()
                                .map(|(p, s, c)| JsonStance {
                                    proposition: &p.id,
                                    stance: s.as_str(),
                                    certainty: c.as_str(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    to_json(&JsonBySpeaker {
        view: "compare",
        by: "speaker",
        version: JSON_VERSION,
        filters: filters(filter),
        topics: view
            .topics
            .iter()
            .map(|t| JsonTopicRef {
                id: &t.id,
                title: &t.title,
            })
            .collect(),
        rows,
    })
}

pub fn coverage_json(view: &Coverage<'_>, filter: &Filter) -> String {
    let outlet = |at: usize| view.outlets.get(at).map(|o| o.id.as_str());
    to_json(&JsonCoverage {
        view: "coverage",
        version: JSON_VERSION,
        filters: filters(filter),
        outlets: outlets(&view.outlets),
        topics: view
            .rows
            .iter()
            .map(|row| JsonCoverageRow {
                id: &row.topic.id,
                title: &row.topic.title,
                cells: row.cells.iter().map(|(at, t)| tally(outlet(*at), t)).collect(),
                total: tally(None, &row.total),
            })
            .collect(),
        totals: view
            .totals
            .iter()
            .enumerate()
            .map(|(at, t)| tally(outlet(at), t))
            .collect(),
        total: tally(None, &view.grand_total),
    })
}

pub fn conflicts_json(view: &Conflicts<'_>, filter: &Filter) -> String {
    to_json(&JsonConflicts {
        view: "conflicts",
        version: JSON_VERSION,
        filters: filters(filter),
        outlets: outlets(&view.outlets),
        conflicts: view
            .conflicts
            .iter()
            .map(|c| JsonConflict {
                topic: &c.topic.id,
                proposition: JsonProposition {
                    id: &c.proposition.id,
                    text: &c.proposition.text,
                    rated: c.proposition.verdict.as_ref(),
                },
                verdict: verdict(&c.verdict, &c.hedging, &c.outlets),
                rests_on_hedged: c.hedging.only_hedged().into_iter().map(Stance::as_str).collect(),
                supports: c.supports.iter().map(|s| held(s, &c.proposition.id)).collect(),
                opposes: c.opposes.iter().map(|o| held(o, &c.proposition.id)).collect(),
            })
            .collect(),
    })
}

pub(crate) fn to_json(value: &impl Serialize) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(value).unwrap_or_default()
}

pub(crate) fn claim<'a>(c: &ClaimRef<'a>) -> JsonClaim<'a> {
    let (speaker, speaker_name, role) = match c.voice {
        Voice::Speaker { speaker, role } => (Some(speaker.id.as_str()), speaker.name.as_str(), role),
        Voice::Narration(outlet) => (None, outlet.name.as_str(), None),
    };
    JsonClaim {
        id: &c.claim.id,
        article: &c.article.id,
        outlet: &c.outlet.id,
        speaker,
        speaker_name,
        role,
        mode: c.claim.mode.as_str(),
        verb: c.claim.verb.as_deref(),
        words: &c.claim.quote,
        summary: c.claim.summary.as_deref(),
        date: c.date.to_string(),
        date_of: match c.dated_by {
            DatedBy::Statement => "statement",
            DatedBy::Article => "article",
        },
        has_errors: c.has_errors,
    }
}

/// A claim on one side of a conflict, with how firmly it holds that side.
fn held<'a>(c: &ClaimRef<'a>, proposition: &str) -> JsonHeldClaim<'a> {
    JsonHeldClaim {
        claim: claim(c),
        certainty: c.certainty_on(proposition).as_str(),
    }
}

fn by_certainty(side: &ByCertainty) -> JsonByCertainty {
    JsonByCertainty {
        certain: side.certain,
        probable: side.probable,
        possible: side.possible,
    }
}

fn verdict<'a>(v: &Verdict<'a>, hedging: &Hedging, all: &[&Outlet]) -> JsonVerdict<'a> {
    let (outlets, side) = match v {
        Verdict::Disagree { within } => (within.clone(), None),
        Verdict::MixedWithin { outlet } => (vec![*outlet], None),
        Verdict::OnlyOne { outlet, side } => (vec![*outlet], *side),
        Verdict::OneSided { outlet, side } => (vec![*outlet], Some(*side)),
        Verdict::Agree { side } => (Vec::new(), Some(*side)),
        Verdict::NoSide | Verdict::NotCovered => (Vec::new(), None),
    };
    JsonVerdict {
        kind: v.kind(),
        label: hedged_verdict_label(v, hedging, all),
        outlets,
        side: side.map(Stance::as_str),
        certainty: JsonHedging {
            supports: by_certainty(&hedging.supports),
            opposes: by_certainty(&hedging.opposes),
        },
    }
}

fn outlets<'a>(outlets: &[&'a Outlet]) -> Vec<JsonOutlet<'a>> {
    outlets
        .iter()
        .map(|o| JsonOutlet {
            id: &o.id,
            name: &o.name,
            country: &o.country,
        })
        .collect()
}

pub(crate) fn filters(f: &Filter) -> JsonFilters<'_> {
    JsonFilters {
        topics: &f.topics,
        outlets: &f.outlets,
        speakers: &f.speakers,
        propositions: &f.propositions,
        since: f.since.map(|d| d.to_string()),
        until: f.until.map(|d| d.to_string()),
    }
}

fn tally<'a>(outlet: Option<&'a str>, t: &Tally) -> JsonTally<'a> {
    JsonTally {
        outlet,
        claims: t.claims,
        supports: t.supports,
        opposes: t.opposes,
        neutral: t.neutral,
        no_stance: t.no_stance,
        supports_hedged: t.supports_hedged,
        opposes_hedged: t.opposes_hedged,
        with_errors: t.with_errors,
    }
}

#[derive(Serialize)]
struct JsonByTopic<'a> {
    view: &'static str,
    by: &'static str,
    version: u32,
    filters: JsonFilters<'a>,
    outlets: Vec<JsonOutlet<'a>>,
    topics: Vec<JsonTopic<'a>>,
}

#[derive(Serialize)]
pub(crate) struct JsonFilters<'a> {
    topics: &'a [String],
    outlets: &'a [String],
    speakers: &'a [String],
    propositions: &'a [String],
    since: Option<String>,
    until: Option<String>,
}

#[derive(Serialize)]
struct JsonOutlet<'a> {
    id: &'a str,
    name: &'a str,
    country: &'a str,
}

#[derive(Serialize)]
struct JsonTopic<'a> {
    id: &'a str,
    title: &'a str,
    description: Option<&'a str>,
    outlets: Vec<&'a str>,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
pub(crate) struct JsonTopicRef<'a> {
    pub(crate) id: &'a str,
    pub(crate) title: &'a str,
}

#[derive(Serialize)]
struct JsonRow<'a> {
    proposition: Option<JsonProposition<'a>>,
    verdict: JsonVerdict<'a>,
    cells: Vec<JsonCell<'a>>,
}

#[derive(Serialize)]
struct JsonProposition<'a> {
    id: &'a str,
    text: &'a str,
    /// A veracity verdict on the proposition (its rating and who gave it), if it has one.
    rated: Option<&'a crate::model::Verdict>,
}

#[derive(Serialize)]
struct JsonVerdict<'a> {
    kind: &'static str,
    label: String,
    outlets: Vec<&'a str>,
    side: Option<&'static str>,
    /// The side-taking claims behind the verdict, by side and certainty.
    certainty: JsonHedging,
}

#[derive(Serialize)]
struct JsonHedging {
    supports: JsonByCertainty,
    opposes: JsonByCertainty,
}

#[derive(Serialize)]
struct JsonByCertainty {
    certain: usize,
    probable: usize,
    possible: usize,
}

#[derive(Serialize)]
struct JsonHeldClaim<'a> {
    #[serde(flatten)]
    claim: JsonClaim<'a>,
    certainty: &'static str,
}

#[derive(Serialize)]
struct JsonCell<'a> {
    outlet: &'a str,
    claims: Vec<JsonStancedClaim<'a>>,
}

#[derive(Serialize)]
struct JsonStancedClaim<'a> {
    #[serde(flatten)]
    claim: JsonClaim<'a>,
    stance: Option<&'static str>,
    certainty: Option<&'static str>,
}

#[derive(Serialize)]
pub(crate) struct JsonClaim<'a> {
    id: &'a str,
    article: &'a str,
    outlet: &'a str,
    speaker: Option<&'a str>,
    speaker_name: &'a str,
    role: Option<&'a str>,
    mode: &'static str,
    verb: Option<&'a str>,
    words: &'a str,
    summary: Option<&'a str>,
    date: String,
    date_of: &'static str,
    /// Only when `check` finds an error in the claim.
    #[serde(skip_serializing_if = "is_false")]
    has_errors: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_zero(value: &usize) -> bool {
    *value == 0
}

#[derive(Serialize)]
struct JsonBySpeaker<'a> {
    view: &'static str,
    by: &'static str,
    version: u32,
    filters: JsonFilters<'a>,
    topics: Vec<JsonTopicRef<'a>>,
    rows: Vec<JsonSpeakerRow<'a>>,
}

#[derive(Serialize)]
struct JsonSpeakerRow<'a> {
    voice: JsonVoice<'a>,
    cells: Vec<JsonSpeakerCell<'a>>,
}

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum JsonVoice<'a> {
    Speaker {
        id: &'a str,
        name: &'a str,
        role: Option<&'a str>,
    },
    Narration {
        outlet: &'a str,
        name: &'a str,
    },
}

#[derive(Serialize)]
struct JsonSpeakerCell<'a> {
    topic: &'a str,
    claims: Vec<JsonSpeakerClaim<'a>>,
}

#[derive(Serialize)]
struct JsonSpeakerClaim<'a> {
    #[serde(flatten)]
    claim: JsonClaim<'a>,
    stances: Vec<JsonStance<'a>>,
}

#[derive(Serialize)]
struct JsonStance<'a> {
    proposition: &'a str,
    stance: &'static str,
    certainty: &'static str,
}

#[derive(Serialize)]
struct JsonCoverage<'a> {
    view: &'static str,
    version: u32,
    filters: JsonFilters<'a>,
    outlets: Vec<JsonOutlet<'a>>,
    topics: Vec<JsonCoverageRow<'a>>,
    totals: Vec<JsonTally<'a>>,
    total: JsonTally<'a>,
}

#[derive(Serialize)]
struct JsonCoverageRow<'a> {
    id: &'a str,
    title: &'a str,
    cells: Vec<JsonTally<'a>>,
    total: JsonTally<'a>,
}

#[derive(Serialize)]
struct JsonTally<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    claims: usize,
    supports: usize,
    opposes: usize,
    neutral: usize,
    no_stance: usize,
    supports_hedged: usize,
    opposes_hedged: usize,
    /// Only when some of the claims have errors.
    #[serde(skip_serializing_if = "is_zero")]
    with_errors: usize,
}

#[derive(Serialize)]
struct JsonConflicts<'a> {
    view: &'static str,
    version: u32,
    filters: JsonFilters<'a>,
    outlets: Vec<JsonOutlet<'a>>,
    conflicts: Vec<JsonConflict<'a>>,
}

#[derive(Serialize)]
struct JsonConflict<'a> {
    topic: &'a str,
    proposition: JsonProposition<'a>,
    verdict: JsonVerdict<'a>,
    /// The sides held only by probable or possible claims: the conflict rests on hedges.
    rests_on_hedged: Vec<&'static str>,
    supports: Vec<JsonHeldClaim<'a>>,
    opposes: Vec<JsonHeldClaim<'a>>,
}
