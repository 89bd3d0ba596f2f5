use crate::compare::ByTopic;

use super::symbols::{STANCE_LEGEND, rating_label, verdict_label};
use super::{Block, Cell, ClaimText, Document, Grid, Line, collapse_whitespace};

/// One heading, description and table per topic: propositions down, outlets across, and the
/// verdict last; then the legend.
pub fn by_topic(view: &ByTopic<'_>, text: ClaimText) -> Document {
    let mut blocks = Vec::new();
    for table in &view.topics {
        let topic = table.topic;
        blocks.push(Block::Heading {
            title: collapse_whitespace(&topic.title),
            id: topic.id.clone(),
        });
        if let Some(description) = &topic.description {
            blocks.push(Block::Paragraph(Line::plain(collapse_whitespace(description))));
        }
        let mut header = vec![Line::plain("Proposition")];
        header.extend(view.outlets.iter().map(|o| Line::strong(o.name.as_str())));
        header.push(Line::plain("Verdict"));
        let rows = table
            .rows
            .iter()
            .map(|row| {
                let label = match row.proposition {
                    Some(p) => {
                        let mut lines = vec![Line::plain(collapse_whitespace(&p.text))];
                        lines.extend(rating_label(p).map(Line::plain));
                        if text.ids {
                            lines.push(Line::code(&p.id));
                        }
                        Cell { lines }
                    }
                    None => Cell::plain("(no stance taken)"),
                };
                let mut cells = vec![label];
                cells.extend(row.cells.iter().map(|entries| {
                    let mut cell = Cell::default();
                    for e in entries {
                        cell.add_entry(text.entry(&e.claim, e.stance, false));
                    }
                    cell.or_nothing()
                }));
                cells.push(Cell::plain(verdict_label(&row.verdict, &view.outlets)));
                cells
            })
            .collect();
        blocks.push(Block::Table(Grid {
            header,
            rows,
            keep_left: 1,
            keep_right: 1,
            columns_are: "outlets",
        }));
    }
    if !view.topics.is_empty() {
        blocks.push(Block::Paragraph(Line::plain(STANCE_LEGEND)));
    }
    Document { blocks }
}
