use crate::compare::{Coverage, Tally};

use super::{Arrangement, Block, Cell, Document, Grid, Line, NOTHING};

pub const COVERAGE_LEGEND: &str = "n claims, and how many of them ▲ support · ▼ oppose · ● are neutral on · ○ take no stance on the topic's propositions; — no claims";

/// The legend when some claims take a side only as probable or possible.
pub const HEDGED_COVERAGE_LEGEND: &str = "n claims, and how many of them ▲ support · ▼ oppose (△ ▽ only as probable or possible) · ● are neutral on · ○ take no stance on the topic's propositions; — no claims";

/// Topics down, outlets across and totals last, a cell an outlet never filled reading "—";
/// or, when the outlets do not fit across, one row per outlet with the topics it covers.
pub fn coverage(view: &Coverage<'_>, arrangement: Arrangement) -> Document {
    let mut table = None;
    if arrangement.may_fit(view.outlets.len() + 2) {
        let grid = outlets_across(view);
        if arrangement.columns(&grid) {
            table = Some(grid);
        }
    }
    let table = table.unwrap_or_else(|| outlets_down(view));
    let hedged = view.grand_total.supports_hedged + view.grand_total.opposes_hedged > 0;
    let legend = if hedged {
        HEDGED_COVERAGE_LEGEND
    } else {
        COVERAGE_LEGEND
    };
    Document {
        blocks: vec![Block::Table(table), Block::Legend(Line::plain(legend))],
    }
}

fn outlets_across(view: &Coverage<'_>) -> Grid {
    let mut header = vec![Line::plain("Topic")];
    header.extend(view.outlets.iter().map(|o| Line::strong(o.name.as_str())));
    header.push(Line::plain(all_outlets(view)));
    let mut rows: Vec<Vec<Cell>> = view
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![Cell::lines(vec![
                Line::strong(row.topic.title.as_str()),
                Line::code(&row.topic.id),
            ])];
            let mut tallies = vec![Tally::default(); view.outlets.len()];
            for &(at, t) in &row.cells {
                tallies[at] = t;
            }
            cells.extend(tallies.iter().map(tally));
            cells.push(tally(&row.total));
            cells
        })
        .collect();
    let mut totals = vec![Cell::plain("All topics")];
    totals.extend(view.totals.iter().map(tally));
    totals.push(tally(&view.grand_total));
    rows.push(totals);
    Grid {
        header,
        rows,
        keep_left: 1,
        keep_right: 1,
        columns_are: "outlets",
    }
}

/// One row per outlet: its claims over all topics, and each topic it covers with its count;
/// then the same for all outlets together.
fn outlets_down(view: &Coverage<'_>) -> Grid {
    let mut topics: Vec<Cell> = vec![Cell::default(); view.outlets.len()];
    let mut all = Cell::default();
    for row in &view.rows {
        let title = row.topic.title.as_str();
        for &(at, t) in &row.cells {
            topics[at].add_entry(vec![topic_count(title, &t)]);
        }
        all.add_entry(vec![topic_count(title, &row.total)]);
    }
    let covered = |cell: &Cell| format!("{} of {} topics", cell.entries.len(), view.rows.len());
    let mut rows: Vec<Vec<Cell>> = view
        .outlets
        .iter()
        .zip(&view.totals)
        .zip(topics)
        .map(|((outlet, total), topics)| {
            let mut count = tally(total);
            if let Some(entry) = count.entries.first_mut() {
                entry.lines.push(Line::plain(covered(&topics)));
            }
            vec![Cell::line(Line::strong(outlet.name.as_str())), count, compact(topics)]
        })
        .collect();
    rows.push(vec![
        Cell::plain(all_outlets(view)),
        tally(&view.grand_total),
        compact(all),
    ]);
    Grid {
        header: vec![
            Line::plain("Outlet"),
            Line::plain("All topics"),
            Line::plain("Per topic"),
        ],
        rows,
        keep_left: 1,
        keep_right: 0,
        columns_are: "columns",
    }
}

/// The totals column's name: every outlet with claims, or only those shown.
fn all_outlets(view: &Coverage<'_>) -> &'static str {
    if view.some_left_out {
        "Outlets shown"
    } else {
        "All outlets"
    }
}

/// `US withdrawal from Syria: 10 ▲6 ▼2 ○2`.
fn topic_count(title: &str, t: &Tally) -> Line {
    let mut line = Line::default();
    line.push_strong(title);
    line.push(format!(": {}", counts(t, true)));
    line
}

/// A cell's entries of one line each, with no blank line between them.
fn compact(cell: Cell) -> Cell {
    let lines = cell.entries.into_iter().flat_map(|e| e.lines).collect();
    Cell::lines(lines).or_nothing_if_blank()
}

/// `3 claims` over `▲2 ▼1 ○1`, zero counts left out.
fn tally(t: &Tally) -> Cell {
    if t.claims == 0 {
        return Cell::plain(NOTHING);
    }
    let noun = if t.claims == 1 { "claim" } else { "claims" };
    Cell::lines(vec![
        Line::plain(format!("{} {noun}", t.claims)),
        Line::plain(counts(t, false)),
    ])
}

/// `▲2 ▼1 ○1`, zero counts left out.
pub fn tally_symbols(t: &Tally) -> String {
    counts(t, false)
}

/// `▲2 ▼1 ○1`, after the claim count if asked for: `3 ▲2 ▼1 ○1`.
fn counts(t: &Tally, with_claims: bool) -> String {
    // Hedged claims are counted among their side and apart from the firm ones: ▲2 △1 is
    // three claims in support, one of them only probable or possible.
    let stances = [
        ("▲", t.supports - t.supports_hedged),
        ("△", t.supports_hedged),
        ("▼", t.opposes - t.opposes_hedged),
        ("▽", t.opposes_hedged),
        ("●", t.neutral),
        ("○", t.no_stance),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(symbol, n)| format!("{symbol}{n}"));
    let parts: Vec<String> = with_claims
        .then(|| t.claims.to_string())
        .into_iter()
        .chain(stances)
        .collect();
    parts.join(" ")
}
