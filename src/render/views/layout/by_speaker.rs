use crate::compare::{BySpeaker, Speaking};

use super::symbols::{STANCE_LEGEND, stance_symbol};
use super::{Block, Cell, ClaimText, Document, Grid, Line, collapse_whitespace};

/// One table: speakers down, topics across; each claim with its stances on the topic's
/// propositions, its words and the outlet that reported it.
pub fn by_speaker(view: &BySpeaker<'_>, text: ClaimText) -> Document {
    if view.rows.is_empty() {
        return Document::default();
    }
    let mut header = vec![Line::plain("Speaker")];
    header.extend(view.topics.iter().map(|t| Line::strong(t.title.as_str())));
    let rows = view
        .rows
        .iter()
        .map(|row| {
            let mut label = Line::default();
            let label = match row.voice {
                Speaking::Speaker(speaker) => {
                    label.push_strong(speaker.name.as_str());
                    let mut lines = vec![label];
                    lines.extend(speaker.role.as_deref().map(|r| Line::plain(collapse_whitespace(r))));
                    Cell { lines }
                }
                Speaking::Narration(outlet) => {
                    label.push_strong(outlet.name.as_str()).push(" (narration)");
                    Cell::line(label)
                }
            };
            let mut cells = vec![label];
            cells.extend(row.cells.iter().map(|entries| {
                let mut cell = Cell::default();
                for e in entries {
                    let mut lines: Vec<Line> = e
                        .stances
                        .iter()
                        .map(|(p, s)| Line::plain(format!("{} {}", stance_symbol(*s), collapse_whitespace(&p.text))))
                        .collect();
                    lines.push(text.words_line(&e.claim));
                    lines.push(text.date_line(&e.claim, true));
                    lines.extend(text.id_line(&e.claim));
                    cell.add_entry(lines);
                }
                cell.or_nothing()
            }));
            cells
        })
        .collect();
    Document {
        blocks: vec![
            Block::Table(Grid {
                header,
                rows,
                keep_left: 1,
                keep_right: 0,
                columns_are: "topics",
            }),
            Block::Paragraph(Line::plain(STANCE_LEGEND)),
        ],
    }
}
