use crate::compare::{ClaimRef, Conflicts};
use crate::model::Stance;

use super::legend::legend;
use super::symbols::{certainties, hedged_verdict_label, rating_label};
use super::{Block, Cell, ClaimText, Document, Grid, Line, Marker, collapse_whitespace};

/// Per contested proposition: a heading, its topic and verdict, and a table with one row per
/// outlet taking a side, supporters on the left and opponents on the right.
pub fn conflicts(view: &Conflicts<'_>, text: ClaimText) -> Document {
    let text = text.for_claims(view.conflicts.iter().flat_map(|c| c.supports.iter().chain(&c.opposes)));
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
            hedged_verdict_label(&conflict.verdict, &conflict.hedging, &conflict.outlets)
        ))));
        // A conflict with a side held only by hedges is not one between two firm claims.
        for stance in conflict.hedging.only_hedged() {
            let held = certainties(conflict.hedging.side(stance), " or ");
            blocks.push(Block::Paragraph(Line::plain(format!(
                "The conflict rests on hedged claims: every claim that {} it says so only as {held}.",
                if stance == Stance::Supports {
                    "supports"
                } else {
                    "opposes"
                }
            ))));
        }
        let header = vec![
            Line::plain("Outlet"),
            Line::plain("▲ Supports"),
            Line::plain("▼ Opposes"),
        ];
        // Each side is in column order, so each outlet's claims are one run of it.
        let mut sides = [
            side(&conflict.supports, Stance::Supports, &conflict.proposition.id, text),
            side(&conflict.opposes, Stance::Opposes, &conflict.proposition.id, text),
        ]
        .map(|side| side.into_iter().peekable());
        let mut rows = Vec::new();
        for outlet in &conflict.outlets {
            let mut cells = [Cell::default(), Cell::default()];
            for (cell, side) in cells.iter_mut().zip(&mut sides) {
                if let Some((_, found)) = side.next_if(|(id, _)| *id == outlet.id) {
                    *cell = found;
                }
            }
            let [supports, opposes] = cells;
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
        let hedged = view.conflicts.iter().any(|c| c.hedging.any());
        blocks.push(legend(false, hedged, &text.repeated));
    }
    Document { blocks }
}

/// One side's claims as a cell per outlet, in the side's order: (outlet id, cell).
fn side<'a>(claims: &[ClaimRef<'a>], stance: Stance, proposition: &str, text: ClaimText) -> Vec<(&'a str, Cell)> {
    let mut cells: Vec<(&'a str, Cell)> = Vec::new();
    for claim in claims {
        let outlet = claim.outlet.id.as_str();
        if cells.last().is_none_or(|(id, _)| *id != outlet) {
            cells.push((outlet, Cell::default()));
        }
        if let Some((_, cell)) = cells.last_mut() {
            let marker = Marker::held(stance, claim.certainty_on(proposition));
            cell.add_claim(claim.id(), text.entry(claim, marker, false));
        }
    }
    cells
}
