//! Normalization of what a typist cannot see: whitespace runs, typographic quotes and the
//! ellipsis character. Everything else (case, dashes, accents) is left alone on purpose, so a
//! quote that differs in a visible way is reported instead of silently accepted.

/// What one input char becomes.
enum Fold {
    /// Part of a whitespace run; runs collapse to a single ASCII space.
    Space,
    /// Replaced by (or kept as) exactly one char.
    Char(char),
    /// Replaced by several chars (only `…` -> `...`).
    Expand(&'static str),
}

fn fold(c: char) -> Fold {
    match c {
        c if c.is_whitespace() => Fold::Space,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Fold::Char('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Fold::Char('"'),
        '\u{2026}' => Fold::Expand("..."),
        c => Fold::Char(c),
    }
}

/// Normalizes `s` without trimming, so prefixes and suffixes keep their inner spacing.
pub(crate) fn normalize_untrimmed(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        match fold(c) {
            Fold::Space => {
                if !in_space {
                    out.push(' ');
                }
                in_space = true;
                continue;
            }
            Fold::Char(c) => out.push(c),
            Fold::Expand(s) => out.push_str(s),
        }
        in_space = false;
    }
    out
}

/// The normalized form of a quote: whitespace runs collapsed, typographic quotes made straight,
/// `…` spelled `...`, and surrounding whitespace trimmed.
pub fn normalize(s: &str) -> String {
    let mut out = normalize_untrimmed(s);
    // After folding, the only whitespace left is the ASCII space.
    let end = out.trim_end_matches(' ').len();
    out.truncate(end);
    let start = out.len() - out.trim_start_matches(' ').len();
    out.drain(..start);
    out
}

/// Marks a normalized boundary that has no clean original counterpart (inside an expanded `…`).
const NONE: usize = usize::MAX;

/// A source text in normalized form, with the way back to original byte offsets.
///
/// For every normalized byte boundary `i` (0..=len) two original offsets are kept: where a match
/// that starts at `i` starts, and where a match that ends at `i` ends. They differ because a
/// collapsed whitespace run is one char in normalized text but many in the original: a match
/// starting at the space starts at the run, one ending after it ends after the run's first char.
/// Boundaries inside a multi-byte char or between the dots of an expanded `…` have no clean
/// counterpart, and matches may not start or end there.
pub(crate) struct Normalized {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// The same unclean boundaries counted in chars, ascending, for the approximate scan that
    /// works on chars. Usually empty, so it costs nothing next to a per-char table.
    unclean_chars: Vec<usize>,
    chars: usize,
}

impl Normalized {
    /// Normalizes `original` in one pass.
    pub(crate) fn new(original: &str) -> Normalized {
        let mut n = Normalized {
            text: String::with_capacity(original.len()),
            starts: Vec::with_capacity(original.len() + 1),
            ends: Vec::with_capacity(original.len() + 1),
            unclean_chars: Vec::new(),
            chars: 0,
        };
        n.ends.push(0);
        let mut in_space = false;
        for (at, c) in original.char_indices() {
            let after = at + c.len_utf8();
            match fold(c) {
                Fold::Space => {
                    if !in_space {
                        n.push(' ', at, after);
                    }
                    in_space = true;
                    continue;
                }
                Fold::Char(c) => n.push(c, at, after),
                Fold::Expand(s) => {
                    let last = s.chars().count().saturating_sub(1);
                    let first = n.chars;
                    n.unclean_chars.extend((1..=last).map(|k| first + k));
                    for (k, c) in s.chars().enumerate() {
                        let start = if k == 0 { at } else { NONE };
                        let end = if k == last { after } else { NONE };
                        n.push(c, start, end);
                    }
                }
            }
            in_space = false;
        }
        n.starts.push(original.len());
        n
    }

    /// Appends one normalized char whose match-start maps to `start` and match-end to `end`.
    fn push(&mut self, c: char, start: usize, end: usize) {
        let len = c.len_utf8();
        self.text.push(c);
        self.starts.push(start);
        self.starts.extend(std::iter::repeat_n(NONE, len - 1));
        self.ends.extend(std::iter::repeat_n(NONE, len - 1));
        self.ends.push(end);
        self.chars += 1;
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether a match may start or end at the boundary before normalized char `k` (the two
    /// coincide on char boundaries: only the inside of an expanded `…` is excluded).
    pub(crate) fn is_clean_char_boundary(&self, k: usize) -> bool {
        k <= self.chars && self.unclean_chars.binary_search(&k).is_err()
    }

    /// Original offset where a match starting at normalized byte `i` starts, if it maps cleanly.
    pub(crate) fn start_of(&self, i: usize) -> Option<usize> {
        self.starts.get(i).copied().filter(|&o| o != NONE)
    }

    /// Original offset where a match ending at normalized byte `i` ends, if it maps cleanly.
    pub(crate) fn end_of(&self, i: usize) -> Option<usize> {
        self.ends.get(i).copied().filter(|&o| o != NONE)
    }

    /// The original byte range of normalized range `start..end`, if both ends map cleanly.
    pub(crate) fn to_original(&self, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
        Some(self.start_of(start)?..self.end_of(end)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_every_kind_of_whitespace_run_to_one_space() {
        assert_eq!(normalize("a \t\r\n\u{a0} b"), "a b");
        assert_eq!(normalize("a\u{a0}b"), "a b");
        assert_eq!(normalize("a\u{2003}b"), "a b");
    }

    #[test]
    fn trims_quotes_but_not_prefixes() {
        assert_eq!(normalize("\n  a b \u{a0}"), "a b");
        assert_eq!(normalize_untrimmed("\n  a b \u{a0}"), " a b ");
        assert_eq!(normalize(" \t\n"), "");
    }

    #[test]
    fn straightens_typographic_quotes() {
        assert_eq!(normalize("\u{2018}a\u{2019} \u{201A}b\u{201B} \u{2032}"), "'a' 'b' '");
        assert_eq!(
            normalize("\u{201C}a\u{201D} \u{201E}b\u{201F} \u{2033}"),
            "\"a\" \"b\" \""
        );
    }

    #[test]
    fn spells_out_the_ellipsis() {
        assert_eq!(normalize("wait\u{2026} what"), "wait... what");
    }

    #[test]
    fn leaves_visible_differences_alone() {
        let s = "Caf\u{e9} \u{2014} CAFE \u{2013} e\u{301} \u{ab}x\u{bb} `y\u{b4}";
        assert_eq!(normalize(s), s);
    }

    #[test]
    fn maps_plain_text_one_to_one() {
        let n = Normalized::new("ab");
        assert_eq!(n.as_str(), "ab");
        assert_eq!(n.to_original(0, 2), Some(0..2));
        assert_eq!(n.to_original(1, 1), Some(1..1));
    }

    #[test]
    fn maps_a_whitespace_run_to_its_start_and_to_its_first_char() {
        // "a" 0..1, run 1..5 ("\r\n" then U+00A0 of two bytes), "b" 5..6
        let n = Normalized::new("a\r\n\u{a0}b");
        assert_eq!(n.as_str(), "a b");
        assert_eq!(n.start_of(1), Some(1));
        assert_eq!(n.end_of(2), Some(2));
        assert_eq!(n.start_of(2), Some(5));
        assert_eq!(n.to_original(0, 3), Some(0..6));
    }

    #[test]
    fn maps_multibyte_replacements_back_to_the_whole_char() {
        // U+201C and U+201D are three bytes each and become one.
        let n = Normalized::new("\u{201C}hi\u{201D}");
        assert_eq!(n.as_str(), "\"hi\"");
        assert_eq!(n.to_original(0, 4), Some(0..8));
        assert_eq!(n.to_original(1, 3), Some(3..5));
    }

    #[test]
    fn maps_the_expanded_ellipsis_only_at_its_outer_boundaries() {
        // "x" 0..1, U+2026 1..4, "y" 4..5; normalized "x...y"
        let n = Normalized::new("x\u{2026}y");
        assert_eq!(n.as_str(), "x...y");
        assert_eq!(n.to_original(1, 4), Some(1..4));
        assert_eq!(n.to_original(0, 5), Some(0..5));
        assert_eq!(n.start_of(2), None);
        assert_eq!(n.start_of(3), None);
        assert_eq!(n.end_of(2), None);
        assert_eq!(n.end_of(3), None);
        let clean: Vec<bool> = (0..=6).map(|k| n.is_clean_char_boundary(k)).collect();
        assert_eq!(clean, [true, true, false, false, true, true, false]);
    }

    #[test]
    fn has_no_clean_boundary_inside_a_multibyte_char() {
        let n = Normalized::new("\u{e9}");
        assert_eq!(n.start_of(1), None);
        assert_eq!(n.end_of(1), None);
        assert_eq!(n.to_original(0, 2), Some(0..2));
        assert_eq!(n.start_of(3), None);
    }
}
