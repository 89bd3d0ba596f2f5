//! GitHub-flavoured Markdown of a laid-out view: a `###` heading and one table per table
//! block, every cell on one line (line breaks as `<br>`), so it can be pasted into an issue,
//! a pull-request comment or a report.

use super::layout::{Block, Cell, Document, Grid, Line, Style};

pub fn render_markdown(document: &Document) -> String {
    let mut parts: Vec<String> = Vec::new();
    for block in &document.blocks {
        parts.push(match block {
            Block::Heading { title, id } => format!("### {} ({})\n", escape(title), code(id)),
            Block::Paragraph(line) | Block::Legend(line) => format!("{}\n", inline(line)),
            Block::Table(grid) => table(grid),
        });
    }
    parts.join("\n")
}

fn table(grid: &Grid) -> String {
    let mut out = String::new();
    let row = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
    out.push_str(&row(grid.header.iter().map(inline).collect()));
    out.push_str(&row(grid.header.iter().map(|_| "---".to_string()).collect()));
    for cells in &grid.rows {
        let mut texts: Vec<String> = cells.iter().map(cell).collect();
        // Every row has the header's number of cells, or GitHub drops or pads them.
        texts.resize(grid.header.len(), String::new());
        out.push_str(&row(texts));
    }
    out
}

fn cell(cell: &Cell) -> String {
    cell.text_lines().map(inline).collect::<Vec<_>>().join("<br>")
}

/// A line with strong spans in bold and ids as code.
fn inline(line: &Line) -> String {
    line.spans
        .iter()
        .filter(|s| !s.text.is_empty())
        .map(|s| match s.style {
            Style::Plain | Style::Symbol => escape(&s.text),
            Style::Strong => format!("**{}**", escape(&s.text)),
            Style::Code => code(&s.text),
        })
        .collect()
}

/// A code span. Ids are kebab-case, but a backtick would end the span, so none gets in, and
/// a pipe still needs its escape inside a table.
fn code(text: &str) -> String {
    format!("`{}`", text.replace('`', "'").replace('|', "\\|"))
}

/// Text that Markdown shows as written: characters with a meaning in inline Markdown or in a
/// table are backslash-escaped, HTML's are written as entities, and a line break (which
/// would end a table row) becomes a space.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_break_a_table_or_become_markup() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("*x* _y_ `z`"), "\\*x\\* \\_y\\_ \\`z\\`");
        assert_eq!(escape("<br> & [l](u)"), "&lt;br&gt; &amp; \\[l\\](u)");
        assert_eq!(escape("two\nlines"), "two lines");
    }

    #[test]
    fn cells_keep_one_line_with_breaks_as_br() {
        let mut c = Cell::plain("first");
        c.add_entry(vec![Line::plain("second|part")]);
        assert_eq!(cell(&c), "first<br><br>second\\|part");
    }
}
