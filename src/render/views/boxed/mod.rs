//! Box-drawn tables for the terminal: a header row and rows of cells, each column as wide as
//! the arrangement gives it, cell text wrapped to it, drawn with UTF-8 box characters.
//!
//! The output is byte for byte what comfy-table draws for a table with its `UTF8_FULL` preset,
//! dynamic arrangement and upper-bounded columns. It is drawn here because a view with tens of
//! thousands of lines spent most of its rendering time in that crate's per-line strings: these
//! tables are written straight into one buffer, and cell text stays borrowed until then.

mod arrange;
mod split;
mod width;

use arrange::{PADDING, content_widths};
use split::split_line;
use width::text_width;

/// A table to draw: every row has a cell per header column, and `caps` bounds the width of
/// some columns, padding included.
pub struct BoxTable<'a> {
    pub header: Vec<&'a str>,
    pub rows: Vec<Vec<&'a str>>,
    pub caps: Vec<Option<u16>>,
}

/// The characters of one kind of line: left, fill (or none for lines of text), junction, right.
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
}

const TOP: Rule = Rule::new('┌', '─', '┬', '┐');
const UNDER_HEADER: Rule = Rule::new('╞', '═', '╪', '╡');
const BETWEEN_ROWS: Rule = Rule::new('├', '╌', '┼', '┤');
const BOTTOM: Rule = Rule::new('└', '─', '┴', '┘');
/// The borders of lines of text; their fill is the padding.
const TEXT: Rule = Rule::new('│', ' ', '┆', '│');

impl BoxTable<'_> {
    /// Draws the table at most `width` wide (unless its columns cannot get that narrow), its
    /// lines separated by newlines, without one at the end.
    pub fn draw(&self, width: usize, out: &mut String) {
        let columns = self.caps.len();
        let rows: Vec<Vec<Vec<&str>>> = std::iter::once(&self.header)
            .chain(&self.rows)
            .map(|row| {
                (0..columns)
                    .map(|c| row.get(c).map_or("", |cell| *cell).split('\n').collect())
                    .collect()
            })
            .collect();
        let widths = content_widths(&rows, &self.caps, width);

        rule(out, &TOP, &widths);
        let mut parts: Vec<Vec<&str>> = vec![Vec::new(); columns];
        for (n, row) in rows.iter().enumerate() {
            for ((lines, parts), &width) in row.iter().zip(&mut parts).zip(&widths) {
                parts.clear();
                wrap_cell(lines, usize::from(width), parts);
            }
            text_lines(out, &parts, &widths);
            if n == 0 {
                rule(out, &UNDER_HEADER, &widths);
            } else if n + 1 < rows.len() {
                rule(out, &BETWEEN_ROWS, &widths);
            }
        }
        rule(out, &BOTTOM, &widths);
        // Lines are separated, not ended.
        out.pop();
    }
}

/// A cell's lines wrapped to the column's text width; a line that fits is left as it is.
fn wrap_cell<'a>(lines: &[&'a str], width: usize, parts: &mut Vec<&'a str>) {
    for line in lines {
        if text_width(line) > width {
            split_line(line, width, parts);
        } else {
            parts.push(line);
        }
    }
}

/// A horizontal line across the columns, then a newline.
fn rule(out: &mut String, rule: &Rule, widths: &[u16]) {
    out.push(rule.left);
    for (n, &width) in widths.iter().enumerate() {
        if n > 0 {
            out.push(rule.junction);
        }
        push_repeated(out, rule.fill, usize::from(width) + 2 * PADDING);
    }
    out.push(rule.right);
    out.push('\n');
}

/// The lines of one row: each column's parts padded to its width, a blank where a cell has no
/// more lines.
fn text_lines(out: &mut String, parts: &[Vec<&str>], widths: &[u16]) {
    let height = parts.iter().map(Vec::len).max().unwrap_or(0);
    for line in 0..height {
        out.push(TEXT.left);
        for (n, (parts, &width)) in parts.iter().zip(widths).enumerate() {
            let text = parts.get(line).copied().unwrap_or("");
            let pad = usize::from(width).saturating_sub(text_width(text));
            push_repeated(out, ' ', PADDING);
            out.push_str(text);
            push_repeated(out, ' ', pad + PADDING);
            out.push(if n + 1 == widths.len() {
                TEXT.right
            } else {
                TEXT.junction
            });
        }
        out.push('\n');
    }
}

fn push_repeated(out: &mut String, c: char, count: usize) {
    out.extend(std::iter::repeat_n(c, count));
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;
