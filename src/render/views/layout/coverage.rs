use crate::compare::{Coverage, Tally};

use super::{Block, Cell, Document, Grid, Line, NOTHING};

pub const COVERAGE_LEGEND: &str = "n claims, and how many of them ▲ support · ▼ oppose · ● are neutral on · ○ take no stance on the topic's propositions; — no claims";

/// Topics down, outlets across, totals last; a cell an outlet never filled reads "—".
pub fn coverage(view: &Coverage<'_>) -> Document {
    let mut header = vec![Line::plain("Topic")];
    header.extend(view.outlets.iter().map(|o| Line::strong(o.name.as_str())));
    header.push(Line::plain("All outlets"));
    let mut rows: Vec<Vec<Cell>> = view
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![Cell {
                lines: vec![Line::strong(row.topic.title.as_str()), Line::code(&row.topic.id)],
            }];
            cells.extend(row.cells.iter().map(tally));
            cells.push(tally(&row.total));
            cells
        })
        .collect();
    let mut totals = vec![Cell::plain("All topics")];
    totals.extend(view.totals.iter().map(tally));
    totals.push(tally(&view.grand_total));
    rows.push(totals);
    Document {
        blocks: vec![
            Block::Table(Grid {
                header,
                rows,
                keep_left: 1,
                keep_right: 1,
                columns_are: "outlets",
            }),
            Block::Paragraph(Line::plain(COVERAGE_LEGEND)),
        ],
    }
}

/// `3 claims` over `▲2 ▼1 ○1`, zero counts left out.
fn tally(t: &Tally) -> Cell {
    if t.claims == 0 {
        return Cell::plain(NOTHING);
    }
    let noun = if t.claims == 1 { "claim" } else { "claims" };
    let stances: Vec<String> = [
        ("▲", t.supports),
        ("▼", t.opposes),
        ("●", t.neutral),
        ("○", t.no_stance),
    ]
    .iter()
    .filter(|(_, n)| *n > 0)
    .map(|(symbol, n)| format!("{symbol}{n}"))
    .collect();
    Cell {
        lines: vec![
            Line::plain(format!("{} {noun}", t.claims)),
            Line::plain(stances.join(" ")),
        ],
    }
}
