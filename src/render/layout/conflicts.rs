use crate::compare::{ClaimRef, Conflicts};
use crate::model::Stance;

use super::symbols::{STANCE_LEGEND, rating_label, verdict_label};
use super::{Block, Cell, ClaimText, Document, Grid, Line, collapse_whitespace};

/// Per contested proposition: a heading, its topic and verdict, and a table with one row per
/// outlet taking a side, supporters on the left and opponents on the right.
pub fn conflicts(view: &Conflicts<'_>, text: ClaimText) -> Document {
    let mut blocks = Vec::new();
    for conflict in &view.conflicts {
        blocks.push(Block::Heading {
            title: collapse_whitespace(&conflict.proposition.text),
            id: conflict.proposition.id.clone(),
        });
        if let Some(rating) = rating_label(conflict.proposition) {
            blocks.push(Block::Paragraph(Line::plain(rating)));
        }
        let (supporting, opposing) = (conflict.supports.len(), conflict.opposes.len());
        blocks.push(Block::Paragraph(Line::plain(format!(
            "{} [{}] · {supporting} {} support, {opposing} {} · {}",
            collapse_whitespace(&conflict.topic.title),
            conflict.topic.id,
            if supporting == 1 { "claim" } else { "claims" },
            if opposing == 1 { "opposes" } else { "oppose" },
            verdict_label(&conflict.verdict, &view.outlets)
        ))));
        let header = vec![
            Line::plain("Outlet"),
            Line::plain("▲ Supports"),
            Line::plain("▼ Opposes"),
        ];
        let mut rows = Vec::new();
        for outlet in &view.outlets {
            let side = |claims: &[ClaimRef<'_>], stance: Stance| {
                let mut cell = Cell::default();
                for claim in claims.iter().filter(|c| c.outlet.id == outlet.id) {
                    cell.add_entry(text.entry(claim, Some(stance), false));
                }
                cell
            };
            let supports = side(&conflict.supports, Stance::Supports);
            let opposes = side(&conflict.opposes, Stance::Opposes);
            if supports.lines.is_empty() && opposes.lines.is_empty() {
                continue;
            }
            rows.push(vec![
                Cell::line(Line::strong(outlet.name.as_str())),
                supports.or_nothing(),
                opposes.or_nothing(),
            ]);
        }
        blocks.push(Block::Table(Grid {
            header,
            rows,
            keep_left: 1,
            keep_right: 0,
            columns_are: "sides",
        }));
    }
    if !view.conflicts.is_empty() {
        blocks.push(Block::Paragraph(Line::plain(STANCE_LEGEND)));
    }
    Document { blocks }
}
