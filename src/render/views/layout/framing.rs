use crate::analysis::Lean;
use crate::compare::{Asymmetry, Cue, CueKind, Cues, Framing, Group, GroupLean, OutletFraming};

use super::{Block, Cell, Document, Grid, Line, NOTHING};

pub const FRAMING_LEGEND: &str = "Endorsing, neutral, distancing: the reporter's attitude the verb or marker conveys (docs/framing.md); other: a class without one (directive, warning ...), a verb the lexicon does not know, or an attribution without a verb; (n): claims using it";

/// Per outlet: a heading, the asymmetry if there is one, and a table of speakers by
/// affiliation against the classes of the cues the outlet frames them with.
pub fn framing(view: &Framing<'_>) -> Document {
    let mut blocks = Vec::new();
    for outlet in &view.outlets {
        blocks.push(Block::Heading {
            title: outlet.outlet.name.clone(),
            id: outlet.outlet.id.clone(),
        });
        if let Some(asymmetry) = &outlet.asymmetry {
            blocks.push(Block::Paragraph(Line::plain(asymmetry_sentence(
                &outlet.outlet.name,
                asymmetry,
            ))));
        }
        blocks.push(Block::Table(table(outlet)));
    }
    if !view.outlets.is_empty() {
        blocks.push(Block::Legend(Line::plain(FRAMING_LEGEND)));
    }
    Document { blocks }
}

/// `Press TV frames the words of Government of the United States with distancing cues (4 of
/// 6), and never those of Government of Russia (0 of 9) or Government of Syria (0 of 2).`
pub fn asymmetry_sentence(outlet: &str, asymmetry: &Asymmetry) -> String {
    let share = |g: &GroupLean| {
        let total: usize = g.leaning.iter().sum();
        format!("{} ({} of {total})", group_name(g.affiliation.as_deref()), g.leaning[2])
    };
    let distanced: Vec<String> = asymmetry.distanced.iter().map(share).collect();
    let not: Vec<String> = asymmetry.not_distanced.iter().map(share).collect();
    format!(
        "Asymmetry: {outlet} frames the words of {} with distancing cues, and never those of {}.",
        join(&distanced, "and"),
        join(&not, "or")
    )
}

fn table(outlet: &OutletFraming<'_>) -> Grid {
    let header = vec![
        Line::plain("Speaker"),
        Line::plain("Endorsing"),
        Line::plain("Neutral"),
        Line::plain("Distancing"),
        Line::plain("Other"),
    ];
    let mut rows = Vec::new();
    for group in &outlet.groups {
        if let [(speaker, cues)] = group.speakers.as_slice() {
            let mut label = vec![Line::strong(speaker.name.as_str())];
            label.push(Line::plain(group_name(group.affiliation)));
            rows.push(row(Cell::lines(label), cues));
            continue;
        }
        rows.push(row(group_label(group), &group.cues));
        for (speaker, cues) in &group.speakers {
            rows.push(row(Cell::plain(format!("· {}", speaker.name)), cues));
        }
    }
    if outlet.groups.len() > 1 {
        rows.push(row(Cell::line(Line::strong("All speakers")), &outlet.all));
    }
    Grid {
        header,
        rows,
        keep_left: 1,
        keep_right: 0,
        columns_are: "classes",
    }
}

fn group_label(group: &Group<'_>) -> Cell {
    Cell::lines(vec![
        Line::strong(group_name(group.affiliation)),
        Line::plain(format!("{} speakers", group.speakers.len())),
    ])
}

fn row(label: Cell, cues: &Cues) -> Vec<Cell> {
    let leaning = [Lean::Endorsing, Lean::Neutral, Lean::Distancing]
        .map(|lean| cell(cues.with_lean(lean).map(|c| cue_line(c, false))));
    let mut row = vec![label];
    row.extend(leaning);
    row.push(cell(cues.without_lean().map(|c| cue_line(c, true))));
    row
}

fn cell(lines: impl Iterator<Item = Line>) -> Cell {
    let lines: Vec<Line> = lines.collect();
    if lines.is_empty() {
        Cell::plain(NOTHING)
    } else {
        Cell::lines(lines)
    }
}

/// `stressed (2)`, `so-called (marker)`, `called on: directive`, `by context`.
pub fn cue_line(cue: &Cue, with_class: bool) -> Line {
    let mut text = match cue.kind {
        CueKind::Verb => cue.text.clone(),
        CueKind::Marker => format!("{} (marker)", cue.text),
        CueKind::Context => "by context, no verb".to_string(),
        CueKind::Label => "by a name and a colon".to_string(),
    };
    if with_class && matches!(cue.kind, CueKind::Verb | CueKind::Marker) {
        let class = cue.class.map_or("unclassed", |c| c.name());
        text.push_str(&format!(": {class}"));
    }
    if cue.count() > 1 {
        text.push_str(&format!(" ({})", cue.count()));
    }
    Line::plain(text)
}

pub fn group_name(affiliation: Option<&str>) -> String {
    affiliation.map_or_else(|| "no affiliation given".to_string(), str::to_string)
}

/// `a`, `a and b`, `a, b and c`.
fn join(items: &[String], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., final_one] => format!("{} {last} {final_one}", rest.join(", ")),
    }
}
