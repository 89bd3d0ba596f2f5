//! Terminal output of a laid-out view: box-drawn tables that fit the width and wrap cell
//! text, with headings and notes wrapped to the same width.

use std::borrow::Cow;

use rayon::prelude::*;

use super::boxed::BoxTable;
use super::layout::fit::{Plan, label_caps};
use super::layout::{Block, Document, Grid, Line};
use crate::render::wrap::wrap;

/// The width when neither `--width`, `COLUMNS` nor a terminal says otherwise.
pub const DEFAULT_WIDTH: u16 = 100;

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
    // The tables are nearly all of the output: room for them up front spares copying megabytes
    // as it grows.
    let drawn: usize = tables.iter().flatten().map(String::len).sum();
    let mut out = String::with_capacity(drawn + drawn / 16);
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
            Block::Paragraph(line) | Block::Legend(line) => {
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

/// The grid as one table, or as several when its columns cannot all fit.
fn grid_tables(grid: &Grid, width: usize) -> String {
    let plan = Plan::of(grid, width);
    let grid = plan.grid.as_ref();
    let keep_right = plan.keep_right;
    let header: Vec<Cow<str>> = grid.header.iter().map(line_text).collect();
    let rows: Vec<Vec<Vec<Cow<str>>>> = grid
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .map(|cell| cell.text_lines().map(line_text).collect())
                .collect()
        })
        .collect();
    let columns = header.len();
    let middle = grid.keep_left..columns - keep_right;
    let (left_cap, right_cap) = label_caps(width);
    let mut out = String::new();
    for (n, chunk) in plan.chunks.iter().enumerate() {
        let kept: Vec<usize> = (0..grid.keep_left)
            .chain(chunk.clone())
            .chain(middle.end..columns)
            .collect();
        if plan.chunks.len() > 1 {
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
        // Row labels get a modest share, so the claims have the room.
        let caps = (0..kept.len())
            .map(|i| {
                if i < grid.keep_left {
                    Some(left_cap)
                } else if i >= kept.len() - keep_right {
                    Some(right_cap)
                } else {
                    None
                }
            })
            .collect();
        let table = BoxTable {
            header: kept.iter().map(|&c| vec![header[c].as_ref()]).collect(),
            rows: rows
                .iter()
                .map(|row| {
                    kept.iter()
                        .map(|&c| {
                            row.get(c)
                                .map_or_else(Vec::new, |lines| lines.iter().map(AsRef::as_ref).collect())
                        })
                        .collect()
                })
                .collect(),
            caps,
        };
        table.draw(width, &mut out);
        out.push('\n');
    }
    out
}

/// A line's text, borrowed when it is one span, as most are.
fn line_text(line: &Line) -> Cow<'_, str> {
    match line.spans.as_slice() {
        [span] => Cow::Borrowed(span.text.as_str()),
        _ => Cow::Owned(line.text()),
    }
}
