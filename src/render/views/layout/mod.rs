//! Views laid out as headings, lines and tables of styled text, before any output format.
//! The terminal table, Markdown and HTML renderers all draw from this, so that they always
//! show the same things in the same order.

mod arrangement;
mod by_speaker;
mod by_topic;
mod claim;
mod conflicts;
mod coverage;
pub mod fit;
mod framing;
mod legend;
mod symbols;
mod versions;

pub use arrangement::Arrangement;
pub use by_speaker::by_speaker;
pub use by_topic::by_topic;
pub use claim::{ClaimText, Marker, Repeated, collapse_whitespace};
pub use conflicts::conflicts;
pub use coverage::{coverage, tally_symbols};
pub use framing::{asymmetry_sentence, framing};
pub use symbols::{
    ERROR_LEGEND, ERROR_MARK, certainty_symbol, hedged_verdict_label, rating_label, stance_symbol, verdict_label,
};
pub use versions::{verb_text, versions};

/// A view, top to bottom.
#[derive(Debug, Default)]
pub struct Document {
    pub blocks: Vec<Block>,
}

#[derive(Debug)]
pub enum Block {
    /// A title, and the id to select it by (`--topic us-withdrawal`).
    Heading {
        title: String,
        id: String,
    },
    Paragraph(Line),
    Table(Grid),
    /// What the symbols mean and what every entry leaves out, after the tables.
    Legend(Line),
}

/// A table. The first `keep_left` and last `keep_right` columns label the rows; when the
/// columns between them do not fit the width, a terminal table repeats the labels and splits
/// the rest over several tables.
#[derive(Debug, Clone)]
pub struct Grid {
    pub header: Vec<Line>,
    pub rows: Vec<Vec<Cell>>,
    pub keep_left: usize,
    pub keep_right: usize,
    /// What the splittable columns are ("outlets", "topics"), for the note on a split table.
    pub columns_are: &'static str,
}

/// A cell: entries one under the other, set apart by a blank line.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Cell {
    pub entries: Vec<Entry>,
}

/// A few lines about one thing: a claim, a count, a label.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Entry {
    pub lines: Vec<Line>,
    /// The id of the claim these lines show, so a report can link it to its passage.
    pub claim: Option<String>,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Line {
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub text: String,
    pub style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    /// Names the reader's eye should find first (bold in Markdown).
    Strong,
    /// Ids to type on a command line (code in Markdown).
    Code,
    /// A stance symbol in front of a claim, which a page may colour.
    Symbol,
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Span {
        Span {
            text: text.into(),
            style: Style::Plain,
        }
    }
}

impl Line {
    pub fn plain(text: impl Into<String>) -> Line {
        let mut line = Line::default();
        line.push(text);
        line
    }

    pub fn strong(text: impl Into<String>) -> Line {
        let mut line = Line::default();
        line.push_strong(text);
        line
    }

    pub fn code(text: impl Into<String>) -> Line {
        let mut line = Line::default();
        line.push_styled(text, Style::Code);
        line
    }

    pub fn push(&mut self, text: impl Into<String>) -> &mut Line {
        self.push_styled(text, Style::Plain)
    }

    pub fn push_strong(&mut self, text: impl Into<String>) -> &mut Line {
        self.push_styled(text, Style::Strong)
    }

    pub fn push_styled(&mut self, text: impl Into<String>, style: Style) -> &mut Line {
        self.spans.push(Span {
            text: text.into(),
            style,
        });
        self
    }

    /// The text without styling.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.iter().all(|s| s.text.is_empty())
    }
}

impl Cell {
    /// A cell of one entry.
    pub fn lines(lines: Vec<Line>) -> Cell {
        Cell {
            entries: vec![Entry { lines, claim: None }],
        }
    }

    pub fn line(line: Line) -> Cell {
        Cell::lines(vec![line])
    }

    pub fn plain(text: impl Into<String>) -> Cell {
        Cell::line(Line::plain(text))
    }

    /// The cell, or [`NOTHING`] if it is empty: a blank would look like an omission.
    pub fn or_nothing(self) -> Cell {
        if self.entries.is_empty() {
            Cell::plain(NOTHING)
        } else {
            self
        }
    }

    /// The cell, or [`NOTHING`] if it has no lines.
    pub fn or_nothing_if_blank(self) -> Cell {
        if self.entries.iter().all(|e| e.lines.is_empty()) {
            Cell::plain(NOTHING)
        } else {
            self
        }
    }

    /// Adds an entry that is not about a claim.
    pub fn add_entry(&mut self, lines: Vec<Line>) {
        self.entries.push(Entry { lines, claim: None });
    }

    /// Adds the lines that show a claim.
    pub fn add_claim(&mut self, claim: &str, lines: Vec<Line>) {
        self.entries.push(Entry {
            lines,
            claim: Some(claim.to_string()),
        });
    }

    /// The cell's lines top to bottom, with an empty line between entries.
    pub fn text_lines(&self) -> impl Iterator<Item = &Line> {
        const BLANK: &Line = &Line { spans: Vec::new() };
        self.entries
            .iter()
            .enumerate()
            .flat_map(|(i, e)| (i > 0).then_some(BLANK).into_iter().chain(&e.lines))
    }
}

/// What an empty cell shows: nothing to report, stated rather than left blank.
pub const NOTHING: &str = "—";
