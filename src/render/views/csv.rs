//! The comparison views as CSV for spreadsheets: one row per claim in a cell (per claim and
//! proposition), or per topic and outlet for coverage. Columns are documented in
//! docs/compare.md and only ever added at the end. Cells a spreadsheet would read as a formula
//! are neutralized as the exports' are (see `interchange::csv`).

use crate::compare::{BySpeaker, ByTopic, ClaimRef, Conflicts, Coverage, Tally, Verdict, Voice};
use crate::interchange::csv::neutralized;
use crate::model::{Certainty, Stance};

use super::layout::collapse_whitespace;

const CLAIM_COLUMNS: [&str; 16] = [
    "topic",
    "proposition",
    "verdict",
    "outlet",
    "article",
    "claim",
    "speaker",
    "role",
    "mode",
    "verb",
    "stance",
    "date",
    "words",
    "summary",
    "certainty",
    "has_errors",
];

pub fn by_topic_csv(view: &ByTopic<'_>) -> String {
    let mut rows = Vec::new();
    for table in &view.topics {
        for row in &table.rows {
            for e in row.cells.iter().flat_map(|cell| &cell.entries) {
                rows.push(claim_row(
                    &table.topic.id,
                    row.proposition.map(|p| p.id.as_str()),
                    Some(&row.verdict),
                    &e.claim,
                    e.stance.map(|s| (s, e.certainty)),
                ));
            }
        }
    }
    write(&CLAIM_COLUMNS, rows)
}

pub fn by_speaker_csv(view: &BySpeaker<'_>) -> String {
    let mut rows = Vec::new();
    for row in &view.rows {
        for cell in &row.cells {
            let Some(topic) = view.topics.get(cell.column) else {
                continue;
            };
            for e in &cell.entries {
                if e.stances.is_empty() {
                    rows.push(claim_row(&topic.id, None, None, &e.claim, None));
                }
                for &(p, s, c) in &e.stances {
                    rows.push(claim_row(&topic.id, Some(&p.id), None, &e.claim, Some((s, c))));
                }
            }
        }
    }
    write(&CLAIM_COLUMNS, rows)
}

pub fn conflicts_csv(view: &Conflicts<'_>) -> String {
    let mut rows = Vec::new();
    for c in &view.conflicts {
        let sides = [(Stance::Supports, &c.supports), (Stance::Opposes, &c.opposes)];
        for (stance, claims) in sides {
            for claim in claims {
                rows.push(claim_row(
                    &c.topic.id,
                    Some(&c.proposition.id),
                    Some(&c.verdict),
                    claim,
                    Some((stance, claim.certainty_on(&c.proposition.id))),
                ));
            }
        }
    }
    write(&CLAIM_COLUMNS, rows)
}

/// One row per topic and outlet with claims on it; with `zeros`, also one for each topic an
/// outlet in the view never mentions.
pub fn coverage_csv(view: &Coverage<'_>, zeros: bool) -> String {
    let columns = [
        "topic",
        "outlet",
        "claims",
        "supports",
        "opposes",
        "neutral",
        "no_stance",
        "supports_hedged",
        "opposes_hedged",
        "with_errors",
    ];
    let mut rows = Vec::new();
    let mut row = |topic: &str, outlet: &str, t: &Tally| {
        rows.push(vec![
            topic.to_string(),
            outlet.to_string(),
            t.claims.to_string(),
            t.supports.to_string(),
            t.opposes.to_string(),
            t.neutral.to_string(),
            t.no_stance.to_string(),
            t.supports_hedged.to_string(),
            t.opposes_hedged.to_string(),
            t.with_errors.to_string(),
        ]);
    };
    for r in &view.rows {
        if zeros {
            let mut tallies = vec![Tally::default(); view.outlets.len()];
            for &(at, t) in &r.cells {
                tallies[at] = t;
            }
            for (outlet, t) in view.outlets.iter().zip(&tallies) {
                row(&r.topic.id, &outlet.id, t);
            }
        } else {
            for (at, t) in &r.cells {
                row(&r.topic.id, view.outlets.get(*at).map_or("", |o| o.id.as_str()), t);
            }
        }
    }
    write(&columns, rows)
}

fn claim_row(
    topic: &str,
    proposition: Option<&str>,
    verdict: Option<&Verdict<'_>>,
    claim: &ClaimRef<'_>,
    stance: Option<(Stance, Certainty)>,
) -> Vec<String> {
    let c = claim.claim;
    let (speaker, role) = match claim.voice {
        Voice::Speaker { speaker, role } => (speaker.name.clone(), role.unwrap_or_default().to_string()),
        Voice::Narration(outlet) => (format!("{} (narration)", outlet.name), String::new()),
    };
    vec![
        topic.to_string(),
        proposition.unwrap_or_default().to_string(),
        verdict.map(Verdict::kind).unwrap_or_default().to_string(),
        claim.outlet.id.clone(),
        claim.article.id.clone(),
        c.id.to_string(),
        speaker,
        collapse_whitespace(&role),
        c.mode.as_str().to_string(),
        c.verb.as_deref().unwrap_or_default().to_string(),
        stance.map(|(s, _)| s.as_str()).unwrap_or_default().to_string(),
        claim.date.to_string(),
        collapse_whitespace(&c.quote),
        c.summary.as_deref().map(collapse_whitespace).unwrap_or_default(),
        stance.map(|(_, c)| c.as_str()).unwrap_or_default().to_string(),
        claim.has_errors.to_string(),
    ]
}

pub(crate) fn write(columns: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only on a bug in the csv crate; the output is then empty.
    let _ = writer.write_record(columns);
    for row in rows {
        let _ = writer.write_record(row.iter().map(|cell| neutralized(cell).into_owned()));
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}
