//! Box-drawn tables for the terminal: a header row and rows of cells, each column as wide as
//! the arrangement gives it, cell text wrapped to it, drawn with UTF-8 box characters.
//!
//! The output is byte for byte what comfy-table draws for a table with its `UTF8_FULL` preset,
//! dynamic arrangement and upper-bounded columns. It is drawn here because a view with tens of
//! thousands of lines spent most of its rendering time in that crate's per-line strings: these
//! tables are written straight into one buffer, and cell text stays borrowed until then.

mod arrange;
mod measured;
mod split;
mod width;

use arrange::{PADDING, content_widths};
use measured::{Measured, Part};

/// A table to draw: a heading per column, rows of cells, each cell its lines, and `caps`
/// bounding the width of some columns, padding included. Text is split at newlines too, so a
/// cell may as well be one string. A row with fewer cells than columns is blank in the rest; one
/// with more adds columns, as the widest row makes them.
pub struct BoxTable<'a> {
    pub header: Vec<Vec<&'a str>>,
    pub rows: Vec<Vec<Vec<&'a str>>>,
    pub caps: Vec<Option<u16>>,
}

/// The characters of one kind of line: left, fill, junction, right.
struct Rule {
    left: char,
    fill: char,
    junction: char,
    right: char,
}

impl Rule {
    const fn new(left: char, fill: char, junction: char, right: char) -> Rule {
        Rule {
            left,
            fill,
            junction,
            right,
        }
    }

    /// The line across columns of these text widths, and a newline.
    fn across(&self, widths: &[u16]) -> String {
        let mut line = String::new();
        line.push(self.left);
        for (n, &width) in widths.iter().enumerate() {
            if n > 0 {
                line.push(self.junction);
            }
            line.extend(std::iter::repeat_n(self.fill, usize::from(width) + 2 * PADDING));
        }
        line.push(self.right);
        line.push('\n');
        line
    }
}

const TOP: Rule = Rule::new('┌', '─', '┬', '┐');
const UNDER_HEADER: Rule = Rule::new('╞', '═', '╪', '╡');
const BETWEEN_ROWS: Rule = Rule::new('├', '╌', '┼', '┤');
const BOTTOM: Rule = Rule::new('└', '─', '┴', '┘');
/// The borders of lines of text: the left, between columns, the right.
const TEXT: (char, char, char) = ('│', '┆', '│');

impl BoxTable<'_> {
    /// Draws the table at most `width` wide (unless its columns cannot get that narrow), its
    /// lines separated by newlines, without one at the end.
    pub fn draw(&self, width: usize, out: &mut String) {
        let columns = self.rows.iter().map(Vec::len).fold(self.header.len(), usize::max);
        let caps: Vec<Option<u16>> = (0..columns).map(|c| self.caps.get(c).copied().flatten()).collect();
        let mut rows: Vec<Vec<Vec<Measured>>> = std::iter::once(&self.header)
            .chain(&self.rows)
            .map(|row| {
                (0..columns)
                    .map(|c| match row.get(c) {
                        Some(lines) if !lines.is_empty() => lines
                            .iter()
                            .flat_map(|line| line.split('\n'))
                            .map(Measured::new)
                            .collect(),
                        _ => vec![Measured::new("")],
                    })
                    .collect()
            })
            .collect();
        let widths = content_widths(&mut rows, &caps, width);

        let between_rows = BETWEEN_ROWS.across(&widths);
        out.push_str(&TOP.across(&widths));
        let mut parts: Vec<Vec<Part>> = vec![Vec::new(); columns];
        let count = rows.len();
        for (n, row) in rows.iter_mut().enumerate() {
            for ((lines, parts), &width) in row.iter_mut().zip(&mut parts).zip(&widths) {
                parts.clear();
                for line in lines {
                    parts.extend_from_slice(line.parts(usize::from(width)));
                }
            }
            text_lines(out, &parts, &widths);
            if n == 0 {
                out.push_str(&UNDER_HEADER.across(&widths));
            } else if n + 1 < count {
                out.push_str(&between_rows);
            }
        }
        out.push_str(&BOTTOM.across(&widths));
        // Lines are separated, not ended.
        out.pop();
    }
}

/// The lines of one row: each column's parts padded to its width, a blank where a cell has no
/// more lines.
fn text_lines(out: &mut String, parts: &[Vec<Part>], widths: &[u16]) {
    let height = parts.iter().map(Vec::len).max().unwrap_or(0);
    let blank = Part { text: "", width: 0 };
    for line in 0..height {
        out.push(TEXT.0);
        for (n, (parts, &width)) in parts.iter().zip(widths).enumerate() {
            let part = parts.get(line).unwrap_or(&blank);
            push_spaces(out, PADDING);
            out.push_str(part.text);
            push_spaces(out, usize::from(width).saturating_sub(part.width) + PADDING);
            out.push(if n + 1 == widths.len() { TEXT.2 } else { TEXT.1 });
        }
        out.push('\n');
    }
}

fn push_spaces(out: &mut String, mut count: usize) {
    const SPACES: &str = "                                                                ";
    while count > 0 {
        let now = count.min(SPACES.len());
        out.push_str(&SPACES[..now]);
        count -= now;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
