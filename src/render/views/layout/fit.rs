//! How a grid fits a width: the one measure the terminal table draws by and `auto` layouts
//! choose by, so that a layout chosen as fitting is drawn as one table.

use std::borrow::Cow;
use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use super::{Grid, Line, Span, Style};

/// The narrowest a column of claims may get before the table is split: enough for a name or
/// a short phrase per line.
pub const MIN_COLUMN: usize = 14;
/// Padding and the border to the right of each column; one more for the left border.
pub const COLUMN_CHROME: usize = 3;

/// How a grid is drawn at a width: perhaps with its right-hand labels folded into the left
/// one, and its middle columns in one or more consecutive runs, each a table of its own.
pub struct Plan<'g> {
    pub grid: Cow<'g, Grid>,
    pub keep_right: usize,
    pub chunks: Vec<Range<usize>>,
}

impl Plan<'_> {
    pub fn of(grid: &Grid, width: usize) -> Plan<'_> {
        // One column between the labels is one table, however wide: no need to measure.
        let middle = grid.header.len().saturating_sub(grid.keep_left + grid.keep_right);
        if middle <= 1 && grid.keep_right == 0 {
            return Plan {
                grid: Cow::Borrowed(grid),
                keep_right: 0,
                chunks: std::iter::once(grid.keep_left..grid.keep_left + middle).collect(),
            };
        }
        let chunks = split(&column_widths(grid), grid.keep_left, grid.keep_right, width);
        if grid.keep_right == 0 || chunks.len() == 1 {
            return Plan {
                grid: Cow::Borrowed(grid),
                keep_right: grid.keep_right,
                chunks,
            };
        }
        // Before splitting, the right-hand labels move into the left one, so that the
        // columns to compare stay side by side as long as possible.
        let folded = fold_right_labels(grid);
        let chunks = split(&column_widths(&folded), folded.keep_left, 0, width);
        Plan {
            grid: Cow::Owned(folded),
            keep_right: 0,
            chunks,
        }
    }
}

/// Whether the grid is drawn as one table at `width`.
pub fn fits(grid: &Grid, width: usize) -> bool {
    // Each column takes at least a character and its chrome: a quick no for many columns.
    if grid.header.len() * (1 + COLUMN_CHROME) + 1 > width {
        return false;
    }
    Plan::of(grid, width).chunks.len() == 1
}

/// The widest line of each column, header included.
pub fn column_widths(grid: &Grid) -> Vec<usize> {
    let mut widths: Vec<usize> = grid.header.iter().map(line_width).collect();
    for row in &grid.rows {
        for (c, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(c) {
                *w = cell.text_lines().map(line_width).fold(*w, usize::max);
            }
        }
    }
    widths
}

fn line_width(line: &Line) -> usize {
    line.spans.iter().map(|s| s.text.width()).sum()
}

/// The widest the left and right label columns may be at a table width.
pub fn label_caps(width: usize) -> (u16, u16) {
    let cap = |share: usize, low: usize, high: usize| u16::try_from((width / share).clamp(low, high)).unwrap_or(16);
    (cap(4, 16, 34), cap(6, 14, 26))
}

/// Consecutive runs of the columns between the labels, each as wide as fits beside them.
fn split(widths: &[usize], keep_left: usize, keep_right: usize, width: usize) -> Vec<Range<usize>> {
    let columns = widths.len();
    let middle = keep_left..columns.saturating_sub(keep_right).max(keep_left);
    let (left_cap, right_cap) = label_caps(width);
    let label = |c: usize, cap: u16| widths[c].min(usize::from(cap)) + COLUMN_CHROME;
    let labels: usize = (0..keep_left)
        .map(|c| label(c, left_cap))
        .chain((middle.end..columns).map(|c| label(c, right_cap)))
        .sum();
    let room = width.saturating_sub(labels + 1);
    let mut chunks = Vec::new();
    let mut start = middle.start;
    let mut used = 0;
    for c in middle.clone() {
        let need = widths[c].min(MIN_COLUMN) + COLUMN_CHROME;
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
            let mut cells: Vec<super::Cell> = row.iter().take(first_right).cloned().collect();
            for (c, cell) in row.iter().enumerate().skip(first_right) {
                let mut lines: Vec<Line> = cell.text_lines().cloned().collect();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::views::layout::Cell;

    /// A label column and `outlets` columns of 20-character claims, with a verdict.
    fn grid(outlets: usize) -> Grid {
        let mut header = vec![Line::plain("Proposition")];
        header.extend((0..outlets).map(|i| Line::plain(format!("Outlet {i}"))));
        header.push(Line::plain("Verdict"));
        let mut row = vec![Cell::plain("The ferry will run.")];
        row.extend((0..outlets).map(|_| Cell::plain("x".repeat(20))));
        row.push(Cell::plain("disagree"));
        Grid {
            header,
            rows: vec![row],
            keep_left: 1,
            keep_right: 1,
            columns_are: "outlets",
        }
    }

    #[test]
    fn columns_fit_at_their_readable_width_and_the_verdict_folds_first() {
        // 22 + 4 x 17 + 11 + 1 = 102 columns with the verdict beside; 91 with it folded.
        assert!(fits(&grid(4), 102));
        let four = grid(4);
        let folded = Plan::of(&four, 100);
        assert_eq!((folded.keep_right, folded.chunks.len()), (0, 1));
        assert!(fits(&grid(4), 100));
        assert!(!fits(&grid(4), 80));
        assert_eq!(Plan::of(&grid(4), 80).chunks, vec![1..4, 4..5]);
    }

    #[test]
    fn a_single_column_between_labels_is_never_split() {
        let mut one = grid(1);
        one.header.pop();
        one.rows[0].pop();
        one.keep_right = 0;
        assert!(fits(&one, 30));
    }
}
