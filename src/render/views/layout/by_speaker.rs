use crate::compare::{BySpeaker, SpeakerEntry, SpeakerRow, Speaking};

use super::legend::legend;
use super::symbols::certainty_symbol;
use super::{Arrangement, Block, Cell, ClaimText, Document, Grid, Line, collapse_whitespace};

/// Who said what: speakers down and topics across, or, when the topics do not fit across,
/// each speaker's claims topic by topic beside their name. Each claim with its stances on
/// the topic's propositions, its words and the outlet that reported it.
pub fn by_speaker(view: &BySpeaker<'_>, text: ClaimText, arrangement: Arrangement) -> Document {
    if view.rows.is_empty() {
        return Document::default();
    }
    let text = text.for_claims(
        view.rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| c.entries.iter().map(|e| &e.claim)),
    );
    let mut table = None;
    if arrangement.may_fit(view.topics.len() + 1) {
        let grid = topics_across(view, text);
        if arrangement.columns(&grid) {
            table = Some(grid);
        }
    }
    let table = table.unwrap_or_else(|| topics_within(view, text));
    let hedged = view
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .flat_map(|c| &c.entries)
        .flat_map(|e| &e.stances)
        .any(|&(_, s, c)| s != crate::model::Stance::Neutral && c.is_hedged());
    Document {
        blocks: vec![Block::Table(table), legend(false, hedged, &text.repeated)],
    }
}

fn topics_across(view: &BySpeaker<'_>, text: ClaimText) -> Grid {
    let mut header = vec![Line::plain("Speaker")];
    header.extend(view.topics.iter().map(|t| Line::strong(t.title.as_str())));
    let rows = view
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::default(); view.topics.len()];
            for cell in &row.cells {
                for e in &cell.entries {
                    cells[cell.column].add_claim(e.claim.id(), entry(e, text));
                }
            }
            let mut out = vec![label(row)];
            out.extend(cells.into_iter().map(Cell::or_nothing));
            out
        })
        .collect();
    Grid {
        header,
        rows,
        keep_left: 1,
        keep_right: 0,
        columns_are: "topics",
    }
}

fn topics_within(view: &BySpeaker<'_>, text: ClaimText) -> Grid {
    let rows = view
        .rows
        .iter()
        .map(|row| {
            let mut claims = Cell::default();
            for cell in &row.cells {
                if let Some(topic) = view.topics.get(cell.column) {
                    claims.add_entry(vec![Line::strong(collapse_whitespace(&topic.title))]);
                }
                for e in &cell.entries {
                    claims.add_claim(e.claim.id(), entry(e, text));
                }
            }
            vec![label(row), claims]
        })
        .collect();
    Grid {
        header: vec![Line::plain("Speaker"), Line::plain("Claims")],
        rows,
        keep_left: 1,
        keep_right: 0,
        columns_are: "claims",
    }
}

/// The speaker's name and role, or the outlet speaking in its own voice.
fn label(row: &SpeakerRow<'_>) -> Cell {
    let mut label = Line::default();
    match row.voice {
        Speaking::Speaker(speaker) => {
            label.push_strong(speaker.name.as_str());
            let mut lines = vec![label];
            lines.extend(speaker.role.as_deref().map(|r| Line::plain(collapse_whitespace(r))));
            Cell::lines(lines)
        }
        Speaking::Narration(outlet) => {
            label.push_strong(outlet.name.as_str()).push(" (narration)");
            Cell::line(label)
        }
    }
}

/// The claim's stances on the topic's propositions, then its words, outlet and date.
fn entry(e: &SpeakerEntry<'_>, text: ClaimText) -> Vec<Line> {
    let mut lines: Vec<Line> = e
        .stances
        .iter()
        .map(|&(p, s, c)| {
            let held = if c.is_hedged() && s != crate::model::Stance::Neutral {
                format!(" ({})", c.as_str())
            } else {
                String::new()
            };
            Line::plain(format!(
                "{}{held} {}",
                certainty_symbol(s, c),
                collapse_whitespace(&p.text)
            ))
        })
        .collect();
    lines.push(text.words_line(&e.claim));
    lines.extend(text.date_line(&e.claim, true));
    lines.extend(text.id_line(&e.claim));
    lines
}
