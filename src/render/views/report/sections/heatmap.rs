use maud::{Markup, html};

use crate::compare::Tally;
use crate::render::views::layout::tally_symbols;

use super::super::{Ids, ReportInput};

/// The most outlets a heatmap shows across; the comparison below has every outlet.
pub const MAX_OUTLETS: usize = 40;

/// Topics down, the outlets with the most claims across: each cell's colour from the balance
/// of its claims' stances, with the count and the symbols, so colour is never the only signal.
/// A blind spot, a topic an outlet never mentions, is an empty cell.
pub fn heatmap(input: &ReportInput<'_>, ids: &Ids) -> Markup {
    let view = &input.coverage;
    if view.outlets.is_empty() {
        return html! {};
    }
    // Most claims first; ties keep the outlets' order.
    let mut columns: Vec<usize> = (0..view.outlets.len()).collect();
    columns.sort_by_key(|&c| std::cmp::Reverse(view.totals[c].claims));
    columns.truncate(MAX_OUTLETS);
    let mut place = vec![None; view.outlets.len()];
    for (i, &c) in columns.iter().enumerate() {
        place[c] = Some(i);
    }
    let left_out = view.outlets.len() - columns.len();
    let rows: Vec<HeatRow<'_>> = view
        .rows
        .iter()
        .map(|row| {
            let mut cells: Vec<Option<Tally>> = vec![None; columns.len()];
            for &(at, t) in &row.cells {
                if let Some(i) = place[at] {
                    cells[i] = Some(t);
                }
            }
            // Only a topic with a table has somewhere to link to.
            let link = ids.heading("topic", &row.topic.id);
            (row.topic.title.as_str(), link, cells)
        })
        .collect();
    html! {
        div.scroll {
            table.heatmap {
                caption {
                    "Claims per topic and outlet. "
                    @if left_out > 0 {
                        "The " (columns.len()) " outlets with the most claims; " (left_out)
                        " more are in the topics below. "
                    }
                    "Empty cells: the outlet never mentions the topic."
                }
                thead {
                    tr {
                        th scope="col" { "Topic" }
                        @for &c in &columns { th scope="col" { (view.outlets[c].name) } }
                    }
                }
                "\n"
                tbody {
                    @for (title, link, cells) in &rows {
                        tr data-filter {
                            th scope="row" {
                                @match link {
                                    Some(id) => { a href={ "#" (id) } { (title) } }
                                    None => { (title) }
                                }
                            }
                            @for cell in cells {
                                @match cell {
                                    Some(t) => {
                                        td class=(balance(t)) {
                                            @match link {
                                                Some(id) => { a href={ "#" (id) } { (t.claims) } }
                                                None => { (t.claims) }
                                            }
                                            small { (tally_symbols(t)) }
                                        }
                                    }
                                    None => { td { span.visually-hidden { "none" } } }
                                }
                            }
                        }
                        "\n"
                    }
                }
            }
        }
        "\n"
        ul.key {
            li { span.b-s2 {} "mostly ▲ supports" }
            li { span.b-s1 {} "leans ▲" }
            li { span.b-mix {} "▲ and ▼ even" }
            li { span.b-o1 {} "leans ▼" }
            li { span.b-o2 {} "mostly ▼ opposes" }
            li { span.b-none {} "no side taken (● neutral, ○ no stance)" }
        }
        "\n"
    }
}

/// A topic's title, the id of its table if it has one, and its cells in column order.
type HeatRow<'a> = (&'a str, Option<&'a str>, Vec<Option<Tally>>);

/// The colour class for a cell: how far its claims lean to supporting or opposing.
fn balance(t: &Tally) -> &'static str {
    let sides = t.supports + t.opposes;
    if sides == 0 {
        return "b-none";
    }
    // -1.0 all oppose .. 1.0 all support, in fifths.
    let lean = (t.supports as f64 - t.opposes as f64) / sides as f64;
    match lean {
        l if l >= 0.6 => "b-s2",
        l if l > 0.2 => "b-s1",
        l if l >= -0.2 => "b-mix",
        l if l > -0.6 => "b-o1",
        _ => "b-o2",
    }
}
