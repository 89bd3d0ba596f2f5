//! Terminal output of a laid-out view: box-drawn tables (comfy-table) that fit the width and
//! wrap cell text, with headings and notes wrapped to the same width.

use comfy_table::presets::UTF8_FULL;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width as ComfyWidth};
use unicode_width::UnicodeWidthStr;

use std::ops::Range;

use super::layout::{Block, Cell, Document, Grid, Line, Span};
use super::wrap::wrap;

/// The width when neither `--width`, `COLUMNS` nor a terminal says otherwise.
pub const DEFAULT_WIDTH: u16 = 100;

/// The narrowest a column of claims may get before the table is split: enough for a name or
/// a short phrase per line.
const MIN_COLUMN: usize = 14;
/// Padding and the border to the right of each column; one more for the left border.
const COLUMN_CHROME: usize = 3;

pub fn render_table(document: &Document, width: u16) -> String {
    let width = usize::from(width);
    let mut out = String::new();
    let mut previous: Option<&Block> = None;
    for block in &document.blocks {
        // A heading's paragraph and table follow it directly; anything else is set apart.
        let gap = !matches!(
            (previous, block),
            (None, _)
                | (
                    Some(Block::Heading(_) | Block::Paragraph(_)),
                    Block::Paragraph(_) | Block::Table(_)
                )
        );
        if gap {
            out.push('\n');
        }
        match block {
            Block::Heading(line) | Block::Paragraph(line) => {
                for part in wrap(&line.text(), width) {
                    out.push_str(part);
                    out.push('\n');
                }
            }
            Block::Table(grid) => out.push_str(&grid_tables(grid, width)),
        }
        previous = Some(block);
    }
    out
}

/// The grid as one table, or as several when its columns cannot all fit. Before splitting,
/// the right-hand label columns move into the left one, so that the columns to compare stay
/// side by side as long as possible.
fn grid_tables(grid: &Grid, width: usize) -> String {
    let folded;
    let grid = if grid.keep_right > 0 && split(grid, width).len() > 1 {
        folded = fold_right_labels(grid);
        &folded
    } else {
        grid
    };
    let columns = grid.header.len();
    let middle = middle_columns(grid);
    let chunks = split(grid, width);
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
            .set_header(
                kept.iter()
                    .map(|&c| grid.header.get(c).map(Line::text).unwrap_or_default()),
            );
        for row in &grid.rows {
            table.add_row(kept.iter().map(|&c| row.get(c).map(cell_text).unwrap_or_default()));
        }
        // Row labels get a modest share, so the claims have the room.
        let (left, right) = label_caps(width);
        for (i, column) in table.column_iter_mut().enumerate() {
            let cap = if i < grid.keep_left {
                left
            } else if i >= kept.len() - grid.keep_right {
                right
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

/// The columns between the labels.
fn middle_columns(grid: &Grid) -> Range<usize> {
    let columns = grid.header.len();
    grid.keep_left..columns.saturating_sub(grid.keep_right).max(grid.keep_left)
}

/// Consecutive runs of the middle columns, each as wide as fits beside the label columns.
fn split(grid: &Grid, width: usize) -> Vec<Range<usize>> {
    let middle = middle_columns(grid);
    let (left_cap, right_cap) = label_caps(width);
    let labels: usize = (0..grid.keep_left)
        .map(|c| natural_width(grid, c).min(usize::from(left_cap)) + COLUMN_CHROME)
        .chain(
            (middle.end..grid.header.len()).map(|c| natural_width(grid, c).min(usize::from(right_cap)) + COLUMN_CHROME),
        )
        .sum();
    let room = width.saturating_sub(labels + 1);
    let mut chunks = Vec::new();
    let mut start = middle.start;
    let mut used = 0;
    for c in middle.clone() {
        let need = natural_width(grid, c).min(MIN_COLUMN) + COLUMN_CHROME;
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
    let first_right = middle_columns(grid).end;
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
                            strong: false,
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
    (cap(5, 14, 32), cap(6, 14, 26))
}

/// The widest line of a column, header included, unwrapped.
fn natural_width(grid: &Grid, column: usize) -> usize {
    let header = grid.header.get(column).map_or(0, |h| h.text().width());
    grid.rows
        .iter()
        .filter_map(|row| row.get(column))
        .flat_map(|cell| cell.lines.iter().map(|l| l.text().width()))
        .fold(header, usize::max)
}

fn cell_text(cell: &Cell) -> String {
    cell.lines.iter().map(Line::text).collect::<Vec<_>>().join("\n")
}
