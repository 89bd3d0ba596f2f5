//! The closest passage to a quote that has no exact match, by edit distance in chars.
//!
//! Two bit-parallel passes keep this linear in the source: a forward semi-global (Sellers) scan
//! finds where the best passage ends, and a scan of the reversed pattern backwards from there,
//! anchored at that end, finds where it starts. Only the window of `m + k` chars before the end
//! can hold the start, because a passage at distance `k` is at most `m + k` chars long.
//!
//! Positions here are char boundaries of the normalized source (boundary `k` is before char
//! `k`); they become byte offsets only once the passage is chosen.

use super::myers::{Pattern, Start};
use super::normalize::{Normalized, normalize};
use std::ops::Range;

/// The closest approximate match of a quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NearMatch {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// Levenshtein distance in chars between the normalized quote and the normalized passage.
    pub distance: usize,
}

/// A passage as char boundaries of the normalized source, with its distance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Best {
    start: usize,
    end: usize,
    distance: usize,
}

/// The byte offset of char boundary `k` of `text` (its length for `k` past the end).
fn byte_at(text: &str, k: usize) -> usize {
    text.char_indices().nth(k).map_or(text.len(), |(i, _)| i)
}

/// The passage of the source closest to `quote`; ties go to the earliest end, then to the
/// earliest start. `None` if the quote is empty after normalization.
pub(crate) fn closest(norm: &Normalized, quote: &str) -> Option<NearMatch> {
    let pattern: Vec<char> = normalize(quote).chars().collect();
    if pattern.is_empty() {
        return None;
    }
    let best = fast(&pattern, norm).or_else(|| exhaustive(&pattern, norm))?;
    let text = norm.as_str();
    let from = byte_at(text, best.start);
    let to = from + byte_at(text.get(from..)?, best.end - best.start);
    Some(NearMatch {
        span: norm.to_original(from, to)?,
        distance: best.distance,
    })
}

/// The bit-parallel search. Returns `None` when its answer cannot be trusted: the forward scan
/// lets a passage start anywhere, so if the best one starts inside an expanded `…` the best
/// passage with a reportable start may lie elsewhere.
fn fast(pattern: &[char], norm: &Normalized) -> Option<Best> {
    let m = pattern.len();
    let text = norm.as_str();
    if text.is_empty() {
        return Some(Best {
            start: 0,
            end: 0,
            distance: m,
        });
    }
    let mut end = (0, usize::MAX);
    Pattern::new(pattern).scan(text.chars(), Start::Anywhere, |j, d| {
        // Strictly smaller keeps the earliest end among equals.
        if d < end.1 && norm.is_clean_char_boundary(j) {
            end = (j, d);
        }
    });
    let (end, distance) = end;

    let window = end.saturating_sub(m + distance);
    let from = byte_at(text, window);
    let to = from + byte_at(text.get(from..)?, end - window);
    let before = text.get(from..to)?;
    let reversed: Vec<char> = pattern.iter().rev().copied().collect();
    let mut best = norm.is_clean_char_boundary(end).then_some(Best {
        start: end,
        end,
        distance: m,
    });
    Pattern::new(&reversed).scan(before.chars().rev(), Start::First, |t, d| {
        let start = end - t;
        // Starts come latest first, so `<=` keeps the earliest start among equals.
        if best.is_none_or(|b| d <= b.distance) && norm.is_clean_char_boundary(start) {
            best = Some(Best {
                start,
                end,
                distance: d,
            });
        }
    });
    best.filter(|b| b.distance == distance)
}

/// The same answer by a plain dynamic program, O(n*m), that only lets passages start at
/// reportable boundaries. Needed only in the rare case `fast` declines.
fn exhaustive(pattern: &[char], norm: &Normalized) -> Option<Best> {
    let m = pattern.len();
    // Each cell holds (cost, start); comparing the pair prefers the earliest start among
    // equal costs, and the choice is consistent because starts are inherited unchanged.
    let mut column: Vec<(usize, usize)> = (0..=m).map(|i| (i, 0)).collect();
    let mut best = None::<Best>;
    for (j, t) in norm.as_str().chars().enumerate() {
        let j = j + 1;
        let mut diagonal = column[0];
        column[0] = if norm.is_clean_char_boundary(j) {
            (0, j)
        } else {
            // The passage must include this char: it started at an earlier boundary.
            (diagonal.0 + 1, diagonal.1)
        };
        for (i, &p) in pattern.iter().enumerate() {
            let up = column[i];
            let left = column[i + 1];
            let cell = (diagonal.0 + usize::from(p != t), diagonal.1)
                .min((up.0 + 1, up.1))
                .min((left.0 + 1, left.1));
            diagonal = left;
            column[i + 1] = cell;
        }
        let (distance, start) = column[m];
        if norm.is_clean_char_boundary(j) && best.is_none_or(|b| distance < b.distance) {
            best = Some(Best {
                start,
                end: j,
                distance,
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn closest_in(text: &str, quote: &str) -> Option<NearMatch> {
        closest(&Normalized::new(text), quote)
    }

    fn levenshtein(a: &[char], b: &[char]) -> usize {
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, &x) in a.iter().enumerate() {
            let mut row = vec![i + 1; b.len() + 1];
            for (j, &y) in b.iter().enumerate() {
                row[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(row[j] + 1);
            }
            prev = row;
        }
        prev[b.len()]
    }

    /// Every reportable passage tried, ordered by (distance, end, start). Reportable is judged
    /// by the byte maps, independently of the char-boundary list the search uses.
    fn brute_force(text: &str, quote: &str) -> Option<NearMatch> {
        let norm = Normalized::new(text);
        let pattern: Vec<char> = normalize(quote).chars().collect();
        if pattern.is_empty() {
            return None;
        }
        let chars: Vec<char> = norm.as_str().chars().collect();
        let offsets: Vec<usize> = (0..=chars.len()).map(|k| byte_at(norm.as_str(), k)).collect();
        let mut best: Option<(usize, usize, usize)> = None;
        for end in 1..=chars.len() {
            for start in 0..=end {
                if norm.end_of(offsets[end]).is_none() || norm.start_of(offsets[start]).is_none() {
                    continue;
                }
                let d = levenshtein(&pattern, &chars[start..end]);
                let key = (d, end, start);
                if best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
        }
        let (distance, end, start) = best.unwrap_or((pattern.len(), 0, 0));
        let span = norm.to_original(offsets[start], offsets[end])?;
        Some(NearMatch { span, distance })
    }

    #[test]
    fn finds_a_misspelled_word_by_its_cheapest_alignment() {
        // "quikc" is one deletion away from "quic", cheaper than the two edits to "quick".
        let m = closest_in("the quick brown fox", "quikc");
        assert_eq!(
            m,
            Some(NearMatch {
                span: 4..8,
                distance: 1
            })
        );
    }

    #[test]
    fn prefers_the_earliest_of_equally_close_passages() {
        let m = closest_in("abXd abYd", "abZd");
        assert_eq!(
            m,
            Some(NearMatch {
                span: 0..4,
                distance: 1
            })
        );
    }

    #[test]
    fn prefers_the_longer_passage_when_starts_tie() {
        // "Xbc" (one substitution) and "bc" (one insertion) are both at distance 1.
        let m = closest_in("Xbc", "abc");
        assert_eq!(
            m,
            Some(NearMatch {
                span: 0..3,
                distance: 1
            })
        );
    }

    #[test]
    fn reports_the_whole_quote_as_missing_in_an_empty_source() {
        assert_eq!(
            closest_in("", "abc"),
            Some(NearMatch {
                span: 0..0,
                distance: 3
            })
        );
    }

    #[test]
    fn does_not_start_inside_an_expanded_ellipsis() {
        // The only exact ".." begins at the ellipsis' second dot, which has no original
        // position. The fast scan sees distance 0 there and must defer to the exhaustive one.
        let text = "a\u{2026}..";
        let m = closest_in(text, "..");
        assert_eq!(m, brute_force(text, ".."));
        assert_eq!(
            m,
            Some(NearMatch {
                span: 4..6,
                distance: 0
            })
        );
        // "..y" is one edit from both "..." and "...y"; the earlier end wins, and the span
        // covers the whole ellipsis char.
        let text = "x\u{2026}y";
        assert_eq!(
            closest_in(text, "..y"),
            Some(NearMatch {
                span: 1..4,
                distance: 1
            })
        );
    }

    #[test]
    fn handles_a_quote_longer_than_the_source() {
        let m = closest_in("abc", "xabcx");
        assert_eq!(
            m,
            Some(NearMatch {
                span: 0..3,
                distance: 2
            })
        );
    }

    #[test]
    fn handles_long_quotes_across_several_words() {
        let sentence = "The committee approved the budget after a long debate about schools, \
            roads and the new library, which several members said the town could not afford \
            this year.";
        let text = format!("Intro words here. {sentence} Closing words follow.");
        let misquote = sentence.replace("several", "a few");
        let m = closest_in(&text, &misquote);
        let start = text.find(sentence).unwrap_or(usize::MAX);
        assert_eq!(
            m,
            Some(NearMatch {
                span: start..start + sentence.len(),
                distance: 6
            })
        );
    }

    fn text_strategy(max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop::sample::select(vec![
                "a", "b", ".", " ", "\n", "\u{a0}", "\u{2026}", "\u{2019}", "'", "\u{e9}",
            ]),
            0..max,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn matches_the_brute_force_answer(text in text_strategy(24), quote in text_strategy(7)) {
            prop_assert_eq!(closest_in(&text, &quote), brute_force(&text, &quote));
        }
    }
}
