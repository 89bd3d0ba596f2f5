//! Anchoring quotes in the article text they claim to come from.
//!
//! A claim file's quote was typed by a person, so it is compared after normalizing what a
//! typist cannot see (whitespace runs, typographic quotes, the ellipsis char; see
//! [`normalize`]). Exact matches come from a linear substring search; a quote without one gets
//! its closest passage by edit distance, so the caller can show what the article really says.
//!
//! Every range handed out is a byte range into the original text, on char boundaries.
//!
//! ```
//! use crossclaim::anchor::{Anchoring, Quote, Source};
//!
//! let source = Source::new("The mayor said: \u{201C}We\u{2019}re ready.\u{201D}\r\nCritics disagreed.");
//! assert_eq!(source.find(&Quote::new("\"We're ready.\"")), Anchoring::Found(16..36));
//! assert_eq!(source.line_col(38), (2, 1));
//!
//! assert_eq!(source.find(&Quote::new("Critics agreed.")), Anchoring::NotFound);
//! let near = source.closest("Critics agreed.");
//! assert_eq!(near.map(|m| (m.span, m.distance)), Some((38..56, 3)));
//! ```

mod approximate;
mod compose;
mod disambiguate;
mod exact;
mod many;
mod myers;
mod normalize;
pub mod paragraphs;

pub use approximate::NearMatch;
pub use normalize::{folded, normalize};

use crate::lines::LineIndex;
use normalize::Normalized;
use std::ops::Range;
use std::sync::OnceLock;

/// A source text prepared once for many quote look-ups.
pub struct Source {
    text: String,
    norm: Normalized,
    /// Built on the first `line_col`: a source whose quotes all match never needs it.
    lines: OnceLock<LineIndex>,
}

/// A quote with optional disambiguators, like a W3C Web Annotation TextQuoteSelector.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Quote<'a> {
    /// The quoted text.
    pub exact: &'a str,
    /// Text that must immediately precede the quote (whitespace at the junction is ignored).
    pub prefix: Option<&'a str>,
    /// Text that must immediately follow the quote (whitespace at the junction is ignored).
    pub suffix: Option<&'a str>,
    /// Which of the occurrences left after prefix and suffix filtering is meant, 1-based.
    pub occurrence: Option<usize>,
}

impl<'a> Quote<'a> {
    /// A quote without disambiguators.
    pub fn new(exact: &'a str) -> Quote<'a> {
        Quote {
            exact,
            ..Quote::default()
        }
    }
}

/// Where a quote is in its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Anchoring {
    /// Exactly one occurrence remains after disambiguation.
    Found(Range<usize>),
    /// More than one remains and no disambiguator narrowed it to one; all of them, in order.
    Ambiguous(Vec<Range<usize>>),
    /// The exact text does not occur at all; [`Source::closest`] tells what is nearest.
    NotFound,
    /// The exact text occurs (at `candidates`), but the disambiguators select none of it.
    DisambiguatorMismatch {
        /// Every occurrence of the exact text, in order.
        candidates: Vec<Range<usize>>,
    },
    /// The quote is empty after normalization, so it cannot be anchored anywhere.
    EmptyQuote,
}

impl Source {
    /// Normalizes `text` once, in O(n), for any number of look-ups.
    pub fn new(text: &str) -> Source {
        Source::from(text.to_owned())
    }

    /// The original text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original text, given back without a copy.
    pub fn into_text(self) -> String {
        self.text
    }

    /// Every occurrence of `quote`, as byte ranges into the original text, in order, overlapping
    /// ones included. Empty if the quote is empty after normalization.
    pub fn find_all(&self, quote: &str) -> Vec<Range<usize>> {
        exact::occurrences(&self.norm, &normalize(quote))
            .into_iter()
            .map(|o| o.original)
            .collect()
    }

    /// The occurrence of `quote.exact` that its disambiguators select.
    pub fn find(&self, quote: &Quote<'_>) -> Anchoring {
        let needle = normalize::normalize_cow(quote.exact);
        if needle.is_empty() {
            return Anchoring::EmptyQuote;
        }
        let found = exact::occurrences(&self.norm, &needle);
        disambiguate::anchoring(self.norm.as_str(), quote, &found)
    }

    /// The passage closest to `quote` by Levenshtein distance in chars between the normalized
    /// quote and the passage as it reads in the normalized source; ties go to the earliest
    /// passage. Meant for quotes without an exact match (for which it gives distance 0 at the
    /// first occurrence). `None` if the quote is empty after normalization.
    ///
    /// Linear in the source length times the quote length over 64.
    pub fn closest(&self, quote: &str) -> Option<NearMatch> {
        approximate::closest(&self.norm, quote)
    }

    /// How many characters the text has once normalized, the length the closest-passage search
    /// scans.
    pub fn normalized_chars(&self) -> usize {
        self.norm.chars()
    }

    /// The 1-based line and 1-based column, counted in chars, of byte offset `byte` in the
    /// original text. LF, CRLF and a lone CR end lines. An offset inside a char counts as that
    /// char, one past the end as the end.
    pub fn line_col(&self, byte: usize) -> (usize, usize) {
        let position = self
            .lines
            .get_or_init(|| LineIndex::new(&self.text))
            .line_col(&self.text, byte);
        (position.line, position.column)
    }
}

impl From<String> for Source {
    /// Normalizes `text` once, in O(n), for any number of look-ups, keeping the text without
    /// a copy.
    fn from(text: String) -> Source {
        Source {
            norm: Normalized::new(&text),
            text,
            lines: OnceLock::new(),
        }
    }
}
