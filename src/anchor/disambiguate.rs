//! Narrowing exact occurrences down with a prefix, a suffix and an occurrence number, as a W3C
//! Web Annotation TextQuoteSelector does, but insensitive to whitespace at the junction so a
//! claim file need not reproduce how the article happened to break its lines.

use super::exact::Occurrence;
use super::normalize::normalize_untrimmed;
use super::{Anchoring, Quote};
use std::ops::Range;

/// What the exact occurrences `found` of `quote` in normalized `text` make of it once its
/// disambiguators have selected among them.
pub(crate) fn anchoring(text: &str, quote: &Quote<'_>, found: &[Occurrence]) -> Anchoring {
    let disambiguator = Disambiguator::new(quote.prefix, quote.suffix, quote.occurrence);
    if !disambiguator.is_given() {
        // The common case, without the copies that selecting among occurrences needs.
        return match found {
            [] => Anchoring::NotFound,
            [one] => Anchoring::Found(one.original.clone()),
            _ => Anchoring::Ambiguous(found.iter().map(|o| o.original.clone()).collect()),
        };
    }
    let all: Vec<Range<usize>> = found.iter().map(|o| o.original.clone()).collect();
    let normalized: Vec<Range<usize>> = found.iter().map(|o| o.normalized.clone()).collect();
    let kept: Vec<Range<usize>> = disambiguator
        .select(text, &normalized)
        .into_iter()
        .filter_map(|i| all.get(i).cloned())
        .collect();
    match (all.len(), kept.as_slice()) {
        (0, _) => Anchoring::NotFound,
        (_, []) => Anchoring::DisambiguatorMismatch { candidates: all },
        (_, [one]) => Anchoring::Found(one.clone()),
        _ => Anchoring::Ambiguous(kept),
    }
}

/// The disambiguators of one quote, normalized once.
pub(crate) struct Disambiguator {
    prefix: Option<String>,
    suffix: Option<String>,
    occurrence: Option<usize>,
}

impl Disambiguator {
    pub(crate) fn new(prefix: Option<&str>, suffix: Option<&str>, occurrence: Option<usize>) -> Disambiguator {
        Disambiguator {
            prefix: prefix.map(|p| normalize_untrimmed(p).trim_end_matches(' ').to_owned()),
            suffix: suffix.map(|s| normalize_untrimmed(s).trim_start_matches(' ').to_owned()),
            occurrence,
        }
    }

    /// Whether the quote named any disambiguator at all.
    pub(crate) fn is_given(&self) -> bool {
        self.prefix.is_some() || self.suffix.is_some() || self.occurrence.is_some()
    }

    /// Indices into `found` (normalized ranges into `text`) of the occurrences that remain.
    pub(crate) fn select(&self, text: &str, found: &[Range<usize>]) -> Vec<usize> {
        let kept = found.iter().enumerate().filter(|(_, r)| {
            let before = text.get(..r.start).unwrap_or_default();
            let after = text.get(r.end..).unwrap_or_default();
            let prefix_ok = self
                .prefix
                .as_deref()
                .is_none_or(|p| before.trim_end_matches(' ').ends_with(p));
            let suffix_ok = self
                .suffix
                .as_deref()
                .is_none_or(|s| after.trim_start_matches(' ').starts_with(s));
            prefix_ok && suffix_ok
        });
        let kept: Vec<usize> = kept.map(|(i, _)| i).collect();
        match self.occurrence {
            None => kept,
            // 1-based; 0 names no occurrence.
            Some(n) => n
                .checked_sub(1)
                .and_then(|i| kept.get(i))
                .map(|&i| vec![i])
                .unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn select(
        text: &str,
        needle: &str,
        prefix: Option<&str>,
        suffix: Option<&str>,
        occurrence: Option<usize>,
    ) -> Vec<usize> {
        let found: Vec<Range<usize>> = text.match_indices(needle).map(|(i, s)| i..i + s.len()).collect();
        Disambiguator::new(prefix, suffix, occurrence).select(text, &found)
    }

    #[test]
    fn keeps_everything_without_disambiguators() {
        assert_eq!(select("x x x", "x", None, None, None), vec![0, 1, 2]);
        assert!(!Disambiguator::new(None, None, None).is_given());
    }

    #[test]
    fn requires_the_prefix_immediately_before() {
        let t = "a cat, the cat, my cat";
        assert_eq!(select(t, "cat", Some("the "), None, None), vec![1]);
        assert_eq!(select(t, "cat", Some("the"), None, None), vec![1]);
        assert_eq!(select(t, "cat", Some("a, the"), None, None), Vec::<usize>::new());
    }

    #[test]
    fn requires_the_suffix_immediately_after() {
        let t = "cat one cat two cat";
        assert_eq!(select(t, "cat", None, Some(" two"), None), vec![1]);
        assert_eq!(select(t, "cat", None, Some("two"), None), vec![1]);
        assert_eq!(select(t, "cat", None, Some("on"), None), vec![0]);
    }

    #[test]
    fn ignores_whitespace_only_at_the_junction() {
        let t = "the  cat and the\u{a0}cat";
        // Normalized, the text is "the cat and the cat": every junction has one space.
        let norm = normalize_untrimmed(t);
        let found: Vec<Range<usize>> = norm.match_indices("cat").map(|(i, s)| i..i + s.len()).collect();
        let d = Disambiguator::new(Some("and the \n"), None, None);
        assert_eq!(d.select(&norm, &found), vec![1]);
        // Whitespace inside the prefix still has to be there.
        let d = Disambiguator::new(Some("andthe"), None, None);
        assert!(d.select(&norm, &found).is_empty());
    }

    #[test]
    fn numbers_occurrences_from_one_after_filtering() {
        let t = "the cat, a cat, the cat";
        assert_eq!(select(t, "cat", None, None, Some(2)), vec![1]);
        assert_eq!(select(t, "cat", Some("the"), None, Some(2)), vec![2]);
        assert!(select(t, "cat", Some("the"), None, Some(3)).is_empty());
        assert!(select(t, "cat", None, None, Some(0)).is_empty());
    }
}
