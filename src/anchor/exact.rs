//! Exact search of a normalized quote in the normalized source.

use super::normalize::Normalized;
use memchr::arch::all::packedpair::Pair;
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
    let mut at = |start: usize| found.extend(occurrence_at(norm, start, needle.len()));
    let rest = if haystack.len() <= SMALL_HAYSTACK {
        starts_by_rare_bytes(haystack, needle.as_bytes(), &mut at)
    } else {
        Some(0)
    };
    if let Some(from) = rest {
        starts_by_finder(haystack, needle.as_bytes(), from, &mut at);
    }
    found
}

/// Sources up to this size are searched by their needle's rarest bytes alone. Building a
/// `memmem::Finder` costs about 5,000 instructions a needle, more than searching a few
/// kilobytes of prose does; in a larger source the finder's faster scan pays for it.
const SMALL_HAYSTACK: usize = 64 * 1024;

/// Gives `at` each start of `needle` in `haystack` from `from` on, in order, overlapping
/// ones included, with a `memmem::Finder`. memmem's own iterator skips overlapping matches, so
/// the search restarts one byte after each hit. A valid UTF-8 needle can only match at a char
/// boundary of a valid UTF-8 haystack.
fn starts_by_finder(haystack: &[u8], needle: &[u8], from: usize, at: &mut impl FnMut(usize)) {
    let finder = memmem::Finder::new(needle);
    let mut from = from;
    while let Some(found) = haystack.get(from..).and_then(|rest| finder.find(rest)) {
        at(from + found);
        from += found + 1;
    }
}

/// Gives `at` each start of `needle` in `haystack`, in order, overlapping ones included: the
/// needle's rarest byte (by memchr's frequency ranking) is looked for with `memchr`, its second
/// rarest compared next, then the whole needle. Where the rarest byte turns out to be common
/// (`aaaa…`), this gives up after a number of candidates bounded by the haystack's length and
/// returns where the search is to go on; `None` when it is done.
fn starts_by_rare_bytes(haystack: &[u8], needle: &[u8], at: &mut impl FnMut(usize)) -> Option<usize> {
    // A needle of one byte has no pair: the finder looks for it.
    let Some(pair) = Pair::new(needle) else {
        return Some(0);
    };
    let last_start = haystack.len().checked_sub(needle.len())?;
    let (first, second) = (usize::from(pair.index1()), usize::from(pair.index2()));
    let (rarest, next) = (needle[first], needle[second]);
    let mut candidates = haystack.len() / 16 + 64;
    let mut from = first;
    while let Some(found) = haystack.get(from..).and_then(|rest| memchr::memchr(rarest, rest)) {
        let start = from + found - first;
        if start > last_start {
            return None;
        }
        if haystack[start + second] == next && haystack[start..start + needle.len()] == *needle {
            at(start);
        }
        candidates -= 1;
        if candidates == 0 {
            return Some(start + 1);
        }
        from += found + 1;
    }
    None
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

    /// Every start of `needle` in `haystack`, the slow way.
    fn brute_force(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
        (0..=haystack.len().saturating_sub(needle.len()))
            .filter(|&start| haystack.get(start..start + needle.len()) == Some(needle))
            .collect()
    }

    fn by_rare_bytes_then_finder(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
        let mut starts = Vec::new();
        let mut at = |start| starts.push(start);
        if let Some(from) = starts_by_rare_bytes(haystack, needle, &mut at) {
            starts_by_finder(haystack, needle, from, &mut at);
        }
        starts
    }

    #[test]
    fn the_search_by_rare_bytes_finds_what_brute_force_finds() {
        let long_a = "a".repeat(5_000);
        let cases: Vec<(&str, &str)> = vec![
            ("aaa", "aa"),
            ("abababa", "aba"),
            ("the cat sat on the mat", "at"),
            ("the cat sat on the mat", "the"),
            ("the cat sat on the mat", "t"),
            ("the cat", "the cat sat"),
            ("", "ab"),
            ("xyzzy quux xyzzy", "xyzzy"),
            ("caf\u{e9} caf\u{e9}", "f\u{e9}"),
            (&long_a, "aaaa"),
            (&long_a, "aab"),
        ];
        for (haystack, needle) in cases {
            let (h, n) = (haystack.as_bytes(), needle.as_bytes());
            assert_eq!(
                by_rare_bytes_then_finder(h, n),
                brute_force(h, n),
                "{needle:?} in {:.40?}",
                haystack
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn finds_every_start_brute_force_finds(haystack in "[ab ]{0,300}", needle in "[ab ]{1,6}") {
            let (h, n) = (haystack.as_bytes(), needle.as_bytes());
            proptest::prop_assert_eq!(by_rare_bytes_then_finder(h, n), brute_force(h, n));
        }
    }

    #[test]
    fn a_common_rarest_byte_hands_the_rest_to_the_finder() {
        let haystack = "a".repeat(10_000);
        let mut seen = 0;
        let rest = starts_by_rare_bytes(haystack.as_bytes(), b"aaa", &mut |_| seen += 1);
        let Some(from) = rest else {
            panic!("the search gives up on `aaa…`");
        };
        assert_eq!(seen, from);
        assert!(from < haystack.len() / 8, "{from}");
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
