//! How much looking for a misquote's closest passage may cost.
//!
//! The search is linear in the source times the quote's length in 64-character words, so it is
//! bounded twice: a quote longer than [`MAX_SEARCHED_QUOTE_CHARS`], or longer than its whole
//! source, is not searched at all (the answer would be most of the source), and each source
//! allows [`PASSES_PER_SOURCE`] one-word passes over its text in all, so the work on one source
//! stays proportional to its size however many misquotes point into it.

use crate::anchor::{NearMatch, Source, normalize};

/// Quotes longer than this, in characters after normalization, get no closest passage.
pub const MAX_SEARCHED_QUOTE_CHARS: usize = 2_000;
/// The work one source allows for all its misquotes, in passes of a 64-character word.
pub const PASSES_PER_SOURCE: usize = 1_000;

/// Why a misquote's closest passage was not looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsearched {
    LongerThanSource { quote: usize, source: usize },
    TooLong { quote: usize },
    BudgetSpent,
}

/// The search work left for one source's misquotes.
pub struct Budget {
    left: usize,
}

impl Budget {
    pub fn for_source(source: &Source) -> Budget {
        Budget {
            left: PASSES_PER_SOURCE.saturating_mul(source.normalized_chars().max(1)),
        }
    }

    /// The closest passage to `quote` in `source`, if the bounds allow the search; `Ok(None)`
    /// for a quote that is empty once normalized.
    pub fn closest(&mut self, source: &Source, quote: &str) -> Result<Option<NearMatch>, Unsearched> {
        let chars = normalize(quote).chars().count();
        let scanned = source.normalized_chars();
        if chars > MAX_SEARCHED_QUOTE_CHARS {
            return Err(Unsearched::TooLong { quote: chars });
        }
        if chars > scanned {
            return Err(Unsearched::LongerThanSource {
                quote: chars,
                source: scanned,
            });
        }
        // Two scans (forward for the end, backward for the start), a word per 64 characters.
        let cost = scanned.max(1).saturating_mul(chars.div_ceil(64).max(1));
        if cost > self.left {
            return Err(Unsearched::BudgetSpent);
        }
        self.left -= cost;
        Ok(source.closest(quote))
    }
}

impl Unsearched {
    /// Why, for a help message.
    pub fn reason(self) -> String {
        match self {
            Unsearched::LongerThanSource { quote, source } => format!(
                "the quote ({quote} characters) is longer than the whole source ({source} characters), so no passage of it is close"
            ),
            Unsearched::TooLong { quote } => format!(
                "the quote has {quote} characters; closest passages are looked for only up to {MAX_SEARCHED_QUOTE_CHARS}"
            ),
            Unsearched::BudgetSpent => format!(
                "so many quotes of this source were not found that crossclaim stopped looking for their closest passages (it looks as far as {PASSES_PER_SOURCE} passes over the source)"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn does_not_search_for_a_quote_longer_than_its_source() {
        let source = Source::new("short text");
        let mut budget = Budget::for_source(&source);
        assert_eq!(
            budget.closest(&source, "a quote longer than the text"),
            Err(Unsearched::LongerThanSource { quote: 28, source: 10 })
        );
        assert!(matches!(budget.closest(&source, "shirt"), Ok(Some(_))));
    }

    #[test]
    fn stops_when_the_source_has_paid_for_its_passes() {
        let source = Source::new("abcdefgh");
        let mut budget = Budget::for_source(&source);
        for _ in 0..PASSES_PER_SOURCE {
            assert!(budget.closest(&source, "abd").is_ok());
        }
        assert_eq!(budget.closest(&source, "abd"), Err(Unsearched::BudgetSpent));
        let long = "x".repeat(MAX_SEARCHED_QUOTE_CHARS + 1);
        let big = Source::new(&long.repeat(2));
        assert_eq!(
            Budget::for_source(&big).closest(&big, &long),
            Err(Unsearched::TooLong {
                quote: MAX_SEARCHED_QUOTE_CHARS + 1
            })
        );
    }
}
