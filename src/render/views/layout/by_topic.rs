use rayon::prelude::*;

use crate::compare::{ByTopic, Entry, Row, TopicTable};
use crate::model::{Outlet, Proposition};

use super::legend::legend;
use super::symbols::{hedged_verdict_label, rating_label};
use super::{Arrangement, Block, Cell, ClaimText, Document, Grid, Line, Marker, collapse_whitespace};

/// One heading and description per topic, then its claims: propositions down and outlets
/// across, or, when the outlets do not fit across, one row per outlet. Only outlets with
/// claims on a topic appear in it. Then the legend.
pub fn by_topic(view: &ByTopic<'_>, text: ClaimText, arrangement: Arrangement) -> Document {
    let text = text.for_claims(
        view.topics
            .iter()
            .flat_map(|t| &t.rows)
            .flat_map(|r| &r.cells)
            .flat_map(|c| c.entries.iter().map(|e| &e.claim)),
    );
    // Topics are laid out independently of each other, and a large view has many.
    let topics: Vec<(Vec<Block>, bool)> = view
        .topics
        .par_iter()
        .map(|table| topic_blocks(table, text, arrangement))
        .collect();
    let no_stance_shown = topics.iter().any(|(_, marked)| *marked);
    let hedged_shown = view
        .topics
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
        .flat_map(|c| &c.entries)
        .any(|e| marker(e).is_hedged());
    let mut blocks: Vec<Block> = topics.into_iter().flat_map(|(blocks, _)| blocks).collect();
    if !view.topics.is_empty() {
        blocks.push(legend(no_stance_shown, hedged_shown, &text.repeated));
    }
    Document { blocks }
}

/// A topic's heading, description and claims; and whether a claim is marked as taking no
/// stance.
fn topic_blocks(table: &TopicTable<'_>, text: ClaimText, arrangement: Arrangement) -> (Vec<Block>, bool) {
    let topic = table.topic;
    let mut blocks = vec![Block::Heading {
        title: collapse_whitespace(&topic.title),
        id: topic.id.clone(),
    }];
    if let Some(description) = &topic.description {
        blocks.push(Block::Paragraph(Line::plain(collapse_whitespace(description))));
    }
    let mut marked = false;
    if table.proposition_rows().nth(1).is_none() {
        marked = one_proposition(table, text, arrangement, &mut blocks);
    } else {
        several_propositions(table, text, arrangement, &mut blocks);
    }
    (blocks, marked)
}

/// A topic with at most one proposition: its text and verdict once, above the claims, and
/// each outlet's claims in one cell, those taking no stance marked as such. Returns whether
/// any claim is so marked.
fn one_proposition(table: &TopicTable<'_>, text: ClaimText, arrangement: Arrangement, blocks: &mut Vec<Block>) -> bool {
    let proposition = table.proposition_rows().next();
    if let Some((p, row)) = proposition {
        blocks.push(Block::Paragraph(proposition_line(p, row, &table.outlets, text)));
    }
    // Where there is no proposition, taking no stance is not worth a mark.
    let unstanced = if proposition.is_some() {
        Marker::NoStance
    } else {
        Marker::None
    };
    let mut marked = false;
    let mut cells = vec![Cell::default(); table.outlets.len()];
    for cell in table.rows.iter().flat_map(|r| &r.cells) {
        for e in &cell.entries {
            let marker = e.stance.map_or(unstanced, |_| marker(e));
            marked |= marker == Marker::NoStance;
            cells[cell.column].add_claim(e.claim.id(), text.entry(&e.claim, marker, false));
        }
    }
    if arrangement.may_fit(table.outlets.len()) {
        let grid = Grid {
            header: outlet_names(&table.outlets),
            rows: vec![cells],
            keep_left: 0,
            keep_right: 0,
            columns_are: "outlets",
        };
        if arrangement.columns(&grid) {
            blocks.push(Block::Table(grid));
            return marked;
        }
        cells = grid.rows.into_iter().next().unwrap_or_default();
    }
    blocks.push(Block::Table(outlet_rows(&table.outlets, cells)));
    marked
}

/// A topic with several propositions: propositions down, outlets across and the verdict
/// last; or, when the outlets do not fit, the propositions and verdicts first, then one row
/// per outlet with its claims under each proposition.
fn several_propositions(table: &TopicTable<'_>, text: ClaimText, arrangement: Arrangement, blocks: &mut Vec<Block>) {
    if arrangement.may_fit(table.outlets.len() + 2) {
        let grid = propositions_down(table, text);
        if arrangement.columns(&grid) {
            blocks.push(Block::Table(grid));
            return;
        }
    }
    for (p, row) in table.proposition_rows() {
        blocks.push(Block::Paragraph(proposition_line(p, row, &table.outlets, text)));
    }
    let mut cells = vec![Cell::default(); table.outlets.len()];
    for row in &table.rows {
        let label = match row.proposition {
            Some(p) => Line::strong(collapse_whitespace(&p.text)),
            None => Line::plain("(no stance taken)"),
        };
        for cell in &row.cells {
            let out = &mut cells[cell.column];
            out.add_entry(vec![label.clone()]);
            for e in &cell.entries {
                out.add_claim(e.claim.id(), text.entry(&e.claim, marker(e), false));
            }
        }
    }
    blocks.push(Block::Table(outlet_rows(&table.outlets, cells)));
}

fn propositions_down(table: &TopicTable<'_>, text: ClaimText) -> Grid {
    let mut header = vec![Line::plain("Proposition")];
    header.extend(outlet_names(&table.outlets));
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
                    Cell::lines(lines)
                }
                None => Cell::plain("(no stance taken)"),
            };
            let mut cells = vec![Cell::default(); table.outlets.len()];
            for cell in &row.cells {
                for e in &cell.entries {
                    cells[cell.column].add_claim(e.claim.id(), text.entry(&e.claim, marker(e), false));
                }
            }
            let mut out = vec![label];
            out.extend(cells.into_iter().map(Cell::or_nothing));
            out.push(Cell::plain(hedged_verdict_label(
                &row.verdict,
                &row.hedging,
                &table.outlets,
            )));
            out
        })
        .collect();
    Grid {
        header,
        rows,
        keep_left: 1,
        keep_right: 1,
        columns_are: "outlets",
    }
}

/// One row per outlet: its name, and its claims.
fn outlet_rows(outlets: &[&Outlet], cells: Vec<Cell>) -> Grid {
    Grid {
        header: vec![Line::plain("Outlet"), Line::plain("Claims")],
        rows: outlets
            .iter()
            .zip(cells)
            .map(|(o, cell)| vec![Cell::line(Line::strong(o.name.as_str())), cell])
            .collect(),
        keep_left: 1,
        keep_right: 0,
        columns_are: "claims",
    }
}

fn outlet_names(outlets: &[&Outlet]) -> Vec<Line> {
    outlets.iter().map(|o| Line::strong(o.name.as_str())).collect()
}

/// The marker in front of an entry: its stance, outlined if held only as probable or possible.
fn marker(e: &Entry<'_>) -> Marker {
    e.stance
        .map_or(Marker::None, |stance| Marker::held(stance, e.certainty))
}

/// `Proposition: US forces will leave Syria. · rated false by Snopes · verdict: disagree`, with
/// the id if asked for, and the rating when the proposition has one.
fn proposition_line(p: &Proposition, row: &Row<'_>, outlets: &[&Outlet], text: ClaimText) -> Line {
    let mut line = Line::plain(format!("Proposition: {}", collapse_whitespace(&p.text)));
    if text.ids {
        line.push(" ").push_styled(p.id.as_str(), super::Style::Code);
    }
    if let Some(rating) = rating_label(p) {
        line.push(format!(" · {rating}"));
    }
    line.push(format!(
        " · verdict: {}",
        hedged_verdict_label(&row.verdict, &row.hedging, outlets)
    ));
    line
}
