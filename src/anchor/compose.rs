//! Unicode canonical composition (NFC) of both sides of a match, so that a letter typed as one
//! code point (`й`, U+0439) matches the same letter stored as a base and a combining mark
//! (`и` + U+0306), and combining marks typed in another order (Arabic shadda and fatha) match.
//!
//! The source is composed one segment at a time while it is normalized, so offsets keep mapping
//! back to the stored text: a segment starts at a character that nothing before it can combine
//! with (a starter whose NFC quick check is Yes) and takes the combining characters after it.
//! Text is split only there, which is where NFC itself never looks across, so composing the
//! segments one by one gives the same text as composing the whole.

use std::borrow::Cow;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Whether a segment may start at `c`: nothing before it combines with it or reorders past it.
pub(super) fn is_boundary(c: char) -> bool {
    // Blocks whose every character is a starter in NFC, and whitespace and typographic quotes,
    // which are folded to ASCII anyway: most of what a text holds, answered without a look-up.
    if c < '\u{300}' || STARTERS.iter().any(|range| range.contains(&c)) || c.is_whitespace() {
        return true;
    }
    canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// Ranges of characters that are all starters with NFC quick check Yes (a test holds them to
/// the Unicode tables): Cyrillic and Arabic letters, Hebrew letters, typographic quotes and
/// the ellipsis, CJK ideographs and Hangul syllables.
const STARTERS: &[std::ops::RangeInclusive<char>] = &[
    '\u{400}'..='\u{482}',
    '\u{48a}'..='\u{52f}',
    '\u{5d0}'..='\u{5ea}',
    '\u{621}'..='\u{64a}',
    '\u{660}'..='\u{66f}',
    '\u{671}'..='\u{6d5}',
    '\u{2018}'..='\u{201f}',
    '\u{2026}'..='\u{2026}',
    '\u{4e00}'..='\u{9fff}',
    '\u{ac00}'..='\u{d7a3}',
];

/// The end of the segment that starts at byte `at` of `text`: the character there and every
/// character after it that is not a boundary. The text from the end on, if any, starts with a
/// boundary.
pub(super) fn segment_end(text: &str, at: usize) -> usize {
    let mut chars = text[at..].char_indices();
    let _first = chars.next();
    for (offset, c) in chars {
        // ASCII is always a boundary, and most of what follows a letter.
        if c.is_ascii() || is_boundary(c) {
            return at + offset;
        }
    }
    text.len()
}

/// Whether `text` starts with a character that combines with the one before it.
pub(super) fn continues_segment(text: &str) -> bool {
    text.chars().next().is_some_and(|c| !c.is_ascii() && !is_boundary(c))
}

/// `text` in NFC, without a copy when it already is.
pub(super) fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_taken_as_a_boundary_without_a_lookup_is_one() {
        let quick =
            |c: char| canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
        let listed = STARTERS.iter().flat_map(|range| range.clone());
        for c in ('\0'..'\u{300}').chain(listed) {
            assert!(quick(c), "{c:?}");
        }
    }

    #[test]
    fn segments_hold_a_starter_and_its_combining_marks() {
        // и + combining breve, then a space.
        let text = "\u{438}\u{306} x";
        assert_eq!(segment_end(text, 0), 4);
        assert!(continues_segment("\u{306}"));
        assert!(!continues_segment("\u{439}"));
        assert_eq!(nfc(text), "\u{439} x");
        assert!(matches!(nfc("\u{439} x"), Cow::Borrowed(_)));
    }
}
