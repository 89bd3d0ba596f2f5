//! HTML of a laid-out view, for the report: the same document the terminal table and Markdown
//! draw, as semantic tables (`th` with `scope`) whose claim entries link to their passages.
//! Every string is escaped by the templates; nothing from the claim files is written raw.

use maud::{Markup, html};
use rayon::prelude::*;

use super::layout::{Block, Cell, Document, Entry, Grid, Line, Style};
use super::report::Ids;

/// The document's blocks; a heading opens a `section` holding what follows it, which the
/// page's filter shows or hides as one. `kind` prefixes the sections' element ids.
pub fn document_html(document: &Document, kind: &str, ids: &Ids) -> Markup {
    let mut groups: Vec<Group<'_>> = vec![(None, Vec::new())];
    let mut legends = Vec::new();
    for block in &document.blocks {
        match block {
            Block::Heading { title, id } => groups.push((Some((title.as_str(), id.as_str())), Vec::new())),
            Block::Legend(line) => legends.push(line),
            _ => {
                if let Some((_, blocks)) = groups.last_mut() {
                    blocks.push(block);
                }
            }
        }
    }
    // Each heading's section is independent of the others, and a large view has thousands.
    let groups: Vec<Markup> = groups
        .par_iter()
        .map(|(heading, blocks)| group_html(*heading, blocks, kind, ids))
        .collect();
    html! {
        @for group in &groups { (group) }
        @for line in &legends {
            p.legend { (line_html(line)) }
            "\n"
        }
    }
}

fn group_html(heading: Option<(&str, &str)>, blocks: &[&Block], kind: &str, ids: &Ids) -> Markup {
    html! {
        @match heading {
            Some((title, id)) => {
                section.item id=[ids.heading(kind, id)] data-filter {
                    "\n"
                    h3 { (title) " " code.id { (id) } }
                    "\n"
                    @for block in blocks { (block_html(block, ids)) }
                }
                "\n"
            }
            None => { @for block in blocks { (block_html(block, ids)) } }
        }
    }
}

/// A heading's (title, id), if the blocks follow one, and the blocks.
type Group<'d> = (Option<(&'d str, &'d str)>, Vec<&'d Block>);

fn block_html(block: &Block, ids: &Ids) -> Markup {
    html! {
        @match block {
            Block::Heading { title, .. } => { h3 { (title) } }
            Block::Paragraph(line) => { p { (line_html(line)) } }
            Block::Legend(line) => { p.legend { (line_html(line)) } }
            Block::Table(grid) => { (table_html(grid, ids)) }
        }
        "\n"
    }
}

fn table_html(grid: &Grid, ids: &Ids) -> Markup {
    let labels = grid.keep_left;
    html! {
        div.scroll {
            table {
                thead {
                    tr { @for head in &grid.header { th scope="col" { (line_html(head)) } } }
                }
                "\n"
                tbody {
                    @for row in &grid.rows {
                        tr {
                            @for (c, cell) in row.iter().enumerate() {
                                @if c < labels {
                                    th scope="row" { (cell_html(cell, ids)) }
                                } @else {
                                    td { (cell_html(cell, ids)) }
                                }
                            }
                        }
                        "\n"
                    }
                }
            }
        }
    }
}

fn cell_html(cell: &Cell, ids: &Ids) -> Markup {
    html! { @for entry in &cell.entries { (entry_html(entry, ids)) } }
}

/// An entry's lines; an entry about a claim is a link to the claim's passage.
fn entry_html(entry: &Entry, ids: &Ids) -> Markup {
    let lines = html! {
        @for (i, line) in entry.lines.iter().enumerate() {
            @if i > 0 { br; }
            (line_html(line))
        }
    };
    match entry.claim.as_deref().and_then(|claim| ids.link(claim)) {
        Some(target) => html! { a.entry.claim href={ "#" (target) } { (lines) } },
        None => html! { span.entry { (lines) } },
    }
}

pub fn line_html(line: &Line) -> Markup {
    html! {
        @for span in &line.spans {
            @match span.style {
                Style::Plain => { (span.text) }
                Style::Strong => { strong { (span.text) } }
                Style::Code => { code { (span.text) } }
                Style::Symbol => { span class={ "sym " (symbol_class(&span.text)) } { (span.text) } }
            }
        }
    }
}

/// The class that colours a stance symbol.
pub fn symbol_class(symbol: &str) -> &'static str {
    match symbol {
        "▲" | "△" => "supports",
        "▼" | "▽" => "opposes",
        "●" => "neutral",
        _ => "none",
    }
}
