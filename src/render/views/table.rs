//! Terminal output of a laid-out view: box-drawn tables (comfy-table) that fit the width and
//! wrap cell text, with headings and notes wrapped to the same width.

use comfy_table::presets::UTF8_FULL;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width as ComfyWidth};
use rayon::prelude::*;
use unicode_width::UnicodeWidthStr;

use std::ops::Range;

use super::layout::{Block, Cell, Document, Grid, Line, Span, Style};
use crate::render::wrap::wrap;

/// The width when neither `--width`, `COLUMNS` nor a terminal says otherwise.
pub const DEFAULT_WIDTH: u16 = 100;

/// The narrowest a column of claims may get before the table is split: enough for a name or
/// a short phrase per line.
const MIN_COLUMN: usize = 14;
/// Padding and the border to the right of each column; one more for the left border.
const COLUMN_CHROME: usize = 3;

pub fn render_table(document: &Document, width: u16) -> String {
    let width = usize::from(width);
    // Tables are independent and drawing them is most of the work.
    let tables: Vec<Option<String>> = document
        .blocks
        .par_iter()
        .map(|block| match block {
            Block::Table(grid) => Some(grid_tables(grid, width)),
            _ => None,
        })
        .collect();
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for (block, table) in document.blocks.iter().zip(tables) {
        // A heading's paragraph and table follow it directly; anything else is set apart.
        let gap = !matches!(
            (previous, block),
            (None, _)
                | (
                    Some(Block::Heading { .. } | Block::Paragraph(_)),
                    Block::Paragraph(_) | Block::Table(_)
                )
        );
        if gap {
            out.push('\n');
        }
        match block {
            Block::Heading { title, id } => {
                for part in wrap(&format!("{title} [{id}]"), width) {
                    out.push_str(part);
                    out.push('\n');
                }
            }
            Block::Paragraph(line) => {
                for part in wrap(&line.text(), width) {
                    out.push_str(part);
                    out.push('\n');
                }
            }
            Block::Table(_) => out.push_str(&table.unwrap_or_default()),
        }
        previous = Some(block);
    }
    out
}

/// The grid as one table, or as several when its columns cannot all fit. Before splitting,
/// the right-hand label columns move into the left one, so that the columns to compare stay
/// side by side as long as possible.
fn grid_tables(grid: &Grid, width: usize) -> String {
    let mut texts = Texts::new(grid);
    let mut keep_right = grid.keep_right;
    if keep_right > 0 && split(&texts, grid.keep_left, keep_right, width).len() > 1 {
        texts = Texts::new(&fold_right_labels(grid));
        keep_right = 0;
    }
    let columns = texts.header.len();
    let middle = grid.keep_left..columns - keep_right;
    let chunks = split(&texts, grid.keep_left, keep_right, width);
    let (left_cap, right_cap) = label_caps(width);
    let mut out = String::new();
    for (n, chunk) in chunks.iter().enumerate() {
        let kept: Vec<usize> = (0..grid.keep_left)
            .chain(chunk.clone())
            .chain(middle.end..columns)
            .collect();
        if chunks.len() > 1 {
            if n > 0 {
                out.push('\n');
            }
            let note = format!(
                "({} {}–{} of {})",
                grid.columns_are,
                chunk.start - middle.start + 1,
                chunk.end - middle.start,
                middle.len()
            );
            out.push_str(&note);
            out.push('\n');
        }
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(width).unwrap_or(u16::MAX))
            .set_header(kept.iter().map(|&c| texts.header[c].as_str()));
        for row in &texts.rows {
            table.add_row(kept.iter().map(|&c| row.get(c).map_or("", String::as_str)));
        }
        // Row labels get a modest share, so the claims have the room.
        for (i, column) in table.column_iter_mut().enumerate() {
            let cap = if i < grid.keep_left {
                left_cap
            } else if i >= kept.len() - keep_right {
                right_cap
            } else {
                continue;
            };
            column.set_constraint(ColumnConstraint::UpperBoundary(ComfyWidth::Fixed(cap)));
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    out
}

/// A grid's cells as plain text, with each column's widest line, computed once.
struct Texts {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    widths: Vec<usize>,
}

impl Texts {
    fn new(grid: &Grid) -> Texts {
        let header: Vec<String> = grid.header.iter().map(Line::text).collect();
        let rows: Vec<Vec<String>> = grid
            .rows
            .iter()
            .map(|row| row.iter().map(cell_text).collect())
            .collect();
        let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
        for row in &rows {
            for (c, text) in row.iter().enumerate() {
                if let Some(w) = widths.get_mut(c) {
                    *w = text.lines().map(UnicodeWidthStr::width).fold(*w, usize::max);
                }
            }
        }
        Texts { header, rows, widths }
    }
}

/// Consecutive runs of the columns between the labels, each as wide as fits beside them.
fn split(texts: &Texts, keep_left: usize, keep_right: usize, width: usize) -> Vec<Range<usize>> {
    let columns = texts.widths.len();
    let middle = keep_left..columns.saturating_sub(keep_right).max(keep_left);
    let (left_cap, right_cap) = label_caps(width);
    let label = |c: usize, cap: u16| texts.widths[c].min(usize::from(cap)) + COLUMN_CHROME;
    let labels: usize = (0..keep_left)
        .map(|c| label(c, left_cap))
        .chain((middle.end..columns).map(|c| label(c, right_cap)))
        .sum();
    let room = width.saturating_sub(labels + 1);
    let mut chunks = Vec::new();
    let mut start = middle.start;
    let mut used = 0;
    for c in middle.clone() {
        let need = texts.widths[c].min(MIN_COLUMN) + COLUMN_CHROME;
        if c > start && used + need > room {
            chunks.push(start..c);
            start = c;
            used = 0;
        }
        used += need;
    }
    if start < middle.end || chunks.is_empty() {
        chunks.push(start..middle.end);
    }
    chunks
}

/// The grid with its right-hand label columns appended to the first column's cells, each
/// under its header: `Verdict: disagree`.
fn fold_right_labels(grid: &Grid) -> Grid {
    let first_right = grid.header.len().saturating_sub(grid.keep_right).max(grid.keep_left);
    let header = grid.header[..first_right].to_vec();
    let rows = grid
        .rows
        .iter()
        .map(|row| {
            let mut cells: Vec<Cell> = row.iter().take(first_right).cloned().collect();
            for (c, cell) in row.iter().enumerate().skip(first_right) {
                let mut lines = cell.lines.clone();
                if let (Some(first), Some(name)) = (lines.first_mut(), grid.header.get(c)) {
                    first.spans.insert(
                        0,
                        Span {
                            text: format!("{}: ", name.text()),
                            style: Style::Plain,
                        },
                    );
                }
                if let Some(label) = cells.first_mut() {
                    label.add_entry(lines);
                }
            }
            cells
        })
        .collect();
    Grid {
        header,
        rows,
        keep_left: grid.keep_left,
        keep_right: 0,
        columns_are: grid.columns_are,
    }
}

/// The widest the left and right label columns may be at a table width.
fn label_caps(width: usize) -> (u16, u16) {
    let cap = |share: usize, low: usize, high: usize| u16::try_from((width / share).clamp(low, high)).unwrap_or(16);
    (cap(4, 16, 34), cap(6, 14, 26))
}

fn cell_text(cell: &Cell) -> String {
    cell.lines.iter().map(Line::text).collect::<Vec<_>>().join("\n")
}
