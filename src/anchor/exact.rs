//! Exact search of a normalized quote in the normalized source.

use super::normalize::Normalized;
use memchr::memmem;
use std::ops::Range;

/// One exact occurrence, in normalized and in original byte offsets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Occurrence {
    pub(crate) normalized: Range<usize>,
    pub(crate) original: Range<usize>,
}

/// Every occurrence of `needle` (already normalized), overlapping ones included, in order.
///
/// Occurrences that begin or end between the dots of an expanded `…` are dropped: they have no
/// original range, and a quote of `..` is not a quote of `…`.
pub(crate) fn occurrences(norm: &Normalized, needle: &str) -> Vec<Occurrence> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let haystack = norm.as_str().as_bytes();
    let finder = memmem::Finder::new(needle.as_bytes());
    let mut from = 0;
    // memmem's own iterator skips overlapping matches, so restart one byte after each hit.
    // A valid UTF-8 needle can only match at a char boundary of a valid UTF-8 haystack.
    while let Some(at) = haystack.get(from..).and_then(|rest| finder.find(rest)) {
        let start = from + at;
        found.extend(occurrence_at(norm, start, needle.len()));
        from = start + 1;
    }
    found
}

/// The occurrence of a needle of `len` bytes that matches at normalized byte `start`, unless it
/// begins or ends between the dots of an expanded `…`.
pub(crate) fn occurrence_at(norm: &Normalized, start: usize, len: usize) -> Option<Occurrence> {
    let end = start + len;
    norm.to_original(start, end).map(|original| Occurrence {
        normalized: start..end,
        original,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn originals(text: &str, needle: &str) -> Vec<Range<usize>> {
        occurrences(&Normalized::new(text), needle)
            .into_iter()
            .map(|o| o.original)
            .collect()
    }

    #[test]
    fn reports_overlapping_occurrences() {
        assert_eq!(originals("aaa", "aa"), vec![0..2, 1..3]);
        assert_eq!(originals("abababa", "aba"), vec![0..3, 2..5, 4..7]);
    }

    #[test]
    fn finds_nothing_for_an_empty_needle() {
        assert!(originals("abc", "").is_empty());
    }

    #[test]
    fn maps_matches_through_collapsed_whitespace() {
        assert_eq!(originals("x a \r\n b y", "a b"), vec![2..8]);
    }

    #[test]
    fn rejects_matches_inside_an_expanded_ellipsis() {
        assert_eq!(originals("wait\u{2026}", "..."), vec![4..7]);
        assert!(originals("wait\u{2026}", "wait..").is_empty());
        assert!(originals("\u{2026}x", "..x").is_empty());
        assert!(originals("\u{2026}", ".").is_empty());
    }
}
