//! Normalization of what a typist cannot see: Unicode composition (NFC, see [`compose`]),
//! whitespace runs, typographic quotes and the ellipsis character. Everything else (case,
//! dashes, accents) is left alone on purpose, so a quote that differs in a visible way is
//! reported instead of silently accepted.

use super::compose::{self, continues_segment, segment_end};

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

/// What matching reads `c` as: `None` when it stands for itself; a space for whitespace (a run
/// of which reads as one space); a straight quote for each quote and apostrophe variant; `...`
/// for the ellipsis character. The list is documented in docs/format.md and held to it by a
/// test.
pub fn folded(c: char) -> Option<&'static str> {
    match fold(c) {
        Fold::Space => Some(" "),
        Fold::Char('\'') if c != '\'' => Some("'"),
        Fold::Char('"') if c != '"' => Some("\""),
        Fold::Expand(s) => Some(s),
        Fold::Char(_) => None,
    }
}

/// Normalizes `s` without trimming, so prefixes and suffixes keep their inner spacing.
pub(crate) fn normalize_untrimmed(s: &str) -> String {
    // Composition never involves what is folded below, so the two steps commute.
    let composed = compose::nfc(s);
    let s = composed.as_ref();
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    let mut rest = s;
    while !rest.is_empty() {
        // Printable ASCII and lone spaces are kept as they are, a run at a time.
        let run = plain_run(rest.as_bytes(), &mut in_space);
        out.push_str(&rest[..run]);
        rest = &rest[run..];
        let mut chars = rest.chars();
        let Some(c) = chars.next() else {
            break;
        };
        rest = chars.as_str();
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

/// The length of the run at the start of `bytes` that normalization copies unchanged: printable
/// ASCII, and spaces that do not follow another whitespace char. `in_space` tells whether the
/// byte before is whitespace, and is updated to the run's last byte.
fn plain_run(bytes: &[u8], in_space: &mut bool) -> usize {
    let mut len = 0;
    loop {
        // Prose is mostly plain: test eight bytes at a time.
        while let Some(&chunk) = bytes.get(len..).and_then(|rest| rest.first_chunk::<8>()) {
            if !all_plain(u64::from_le_bytes(chunk), *in_space) {
                break;
            }
            *in_space = chunk[7] == b' ';
            len += 8;
        }
        // Byte by byte through the chunk that holds the end of the run, or the last bytes.
        let end = bytes.len().min(len + 8);
        while len < end {
            let b = bytes[len];
            if b.is_ascii_graphic() {
                *in_space = false;
            } else if b == b' ' && !*in_space {
                *in_space = true;
            } else {
                return len;
            }
            len += 1;
        }
        if len == bytes.len() {
            return len;
        }
    }
}

/// Whether all eight bytes of `x` (little-endian) belong to a plain run: printable ASCII or
/// spaces, no two spaces in a row, and no space first when the byte before was whitespace.
fn all_plain(x: u64, in_space: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // Non-ASCII; then, with every byte below 0x80, DEL (b + 1 reaches 0x80) and controls (b - 0x20
    // borrows; a borrow only spreads upward from a byte that is itself below 0x20).
    if x & HIGH != 0 || x.wrapping_add(ONES) & HIGH != 0 || x.wrapping_sub(0x20 * ONES) & HIGH != 0 {
        return false;
    }
    // Exactly the bytes that are spaces, as their high bits.
    let y = x ^ (0x20 * ONES);
    let spaces = !(((y & LOW7) + LOW7) | y | LOW7);
    spaces & (spaces << 8) == 0 && !(in_space && spaces & 0x80 != 0)
}

/// [`normalize`] without a copy for the common quote that is already in normal form: printable
/// ASCII and single spaces, neither first nor last.
pub(crate) fn normalize_cow(s: &str) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    let edges_plain = bytes.first().is_none_or(|&b| b != b' ') && bytes.last().is_none_or(|&b| b != b' ');
    if edges_plain && plain_run(bytes, &mut false) == bytes.len() {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(normalize(s))
    }
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

/// A source text in normalized form, with the way back to original byte offsets.
///
/// For every normalized byte boundary `i` (0..=len) two original offsets are defined: where a
/// match that starts at `i` starts, and where a match that ends at `i` ends. They differ because
/// a collapsed whitespace run is one char in normalized text but many in the original: a match
/// starting at the space starts at the run, one ending after it ends after the run's first char.
/// Boundaries inside a multi-byte char or between the dots of an expanded `…` have no clean
/// counterpart, and matches may not start or end there.
///
/// Both maps are kept sparse. Between folds the normalized text is a verbatim copy, so each map
/// is a run of constant offset shifts: a checkpoint is stored only where the shift changes,
/// which for prose is a few per paragraph instead of one word per byte, and normalizing a
/// source costs little more than copying it.
pub(crate) struct Normalized {
    text: String,
    /// Where a match starting at a clean boundary starts, by checkpoint.
    starts: Vec<Checkpoint>,
    /// Where a match ending at a clean boundary ends, by checkpoint.
    ends: Vec<Checkpoint>,
    /// Char boundaries of `text` that are not clean (inside an expanded `…`), in bytes,
    /// ascending. Usually empty.
    unclean: Vec<usize>,
    /// The same boundaries counted in chars, for the approximate scan that works on chars.
    unclean_chars: Vec<usize>,
    chars: usize,
}

/// From normalized byte `norm` on, up to the next checkpoint, a clean boundary `i` maps to
/// original offset `orig + (i - norm)`.
#[derive(Clone, Copy, Debug)]
struct Checkpoint {
    norm: usize,
    orig: usize,
}

/// Appends a checkpoint if `orig` is not where the last one already puts boundary `norm`.
fn mark(map: &mut Vec<Checkpoint>, norm: usize, orig: usize) {
    if map.last().is_none_or(|c| c.orig + (norm - c.norm) != orig) {
        map.push(Checkpoint { norm, orig });
    }
}

/// The original offset of clean boundary `i` under `map`, whose first checkpoint is at 0.
fn lookup(map: &[Checkpoint], i: usize) -> Option<usize> {
    let at = map.partition_point(|c| c.norm <= i).checked_sub(1)?;
    map.get(at).map(|c| c.orig + (i - c.norm))
}

impl Normalized {
    /// Normalizes `original` in one pass.
    pub(crate) fn new(original: &str) -> Normalized {
        let mut n = Normalized {
            text: String::with_capacity(original.len()),
            starts: Vec::new(),
            ends: vec![Checkpoint { norm: 0, orig: 0 }],
            unclean: Vec::new(),
            unclean_chars: Vec::new(),
            chars: 0,
        };
        let bytes = original.as_bytes();
        let mut in_space = false;
        let mut at = 0;
        // Where the last segment ended: a boundary, known without looking it up again.
        let mut known_boundary = 0;
        while let Some(&b) = bytes.get(at) {
            if b.is_ascii_graphic() || (b == b' ' && !in_space) {
                // Printable ASCII and lone spaces map one to one: one check covers the run.
                let before = in_space;
                let mut run = plain_run(&bytes[at..], &mut in_space);
                // A letter followed by a combining mark composes with it: it starts a segment.
                if continues_segment(&original[at + run..]) {
                    run -= 1;
                    in_space = match run {
                        0 => before,
                        _ => bytes[at + run - 1] == b' ',
                    };
                }
                if run > 0 {
                    n.push_verbatim(&original[at..at + run], at);
                    at += run;
                    continue;
                }
            }
            let Some(c) = original[at..].chars().next() else {
                break;
            };
            let after = at + c.len_utf8();
            let end = segment_end(original, at);
            if end > after || (at != known_boundary && !compose::is_boundary(c)) {
                n.push_segment(&original[at..end], at, &mut in_space);
                at = end;
                known_boundary = end;
                continue;
            }
            known_boundary = end;
            match fold(c) {
                Fold::Space => {
                    if !in_space {
                        n.push(' ', Some(at), Some(after));
                    }
                    in_space = true;
                    at = after;
                    continue;
                }
                Fold::Char(c) => n.push(c, Some(at), Some(after)),
                Fold::Expand(s) => {
                    let last = s.chars().count().saturating_sub(1);
                    for (k, c) in s.chars().enumerate() {
                        n.push(c, (k == 0).then_some(at), (k == last).then_some(after));
                    }
                }
            }
            in_space = false;
            at = after;
        }
        mark(&mut n.starts, n.text.len(), original.len());
        n
    }

    /// Appends one normalized char whose match-start maps to `start` and match-end to `end`;
    /// `None` makes the boundary before (or after) it unclean.
    fn push(&mut self, c: char, start: Option<usize>, end: Option<usize>) {
        let here = self.text.len();
        match start {
            Some(start) => mark(&mut self.starts, here, start),
            None => {
                self.unclean.push(here);
                self.unclean_chars.push(self.chars);
            }
        }
        self.text.push(c);
        self.chars += 1;
        // An unclean end is the next char's unclean start, recorded when that char is pushed.
        if let Some(end) = end {
            mark(&mut self.ends, self.text.len(), end);
        }
    }

    /// Appends the NFC form of `segment`, a starter and the characters that combine with it,
    /// found at original offset `at`. Matches may start only before it and end only after it.
    fn push_segment(&mut self, segment: &str, at: usize, in_space: &mut bool) {
        let composed: Vec<char> = compose::nfc(segment).chars().collect();
        let last = composed.len().saturating_sub(1);
        let end = at + segment.len();
        for (k, c) in composed.into_iter().enumerate() {
            let (start, stop) = ((k == 0).then_some(at), (k == last).then_some(end));
            match fold(c) {
                Fold::Space => {
                    if !*in_space {
                        self.push(' ', start, stop);
                    }
                    *in_space = true;
                    continue;
                }
                Fold::Char(c) => self.push(c, start, stop),
                Fold::Expand(s) => {
                    let inner = s.chars().count().saturating_sub(1);
                    for (j, c) in s.chars().enumerate() {
                        self.push(c, start.filter(|_| j == 0), stop.filter(|_| j == inner));
                    }
                }
            }
            *in_space = false;
        }
    }

    /// Appends `run`, ASCII copied from original offset `at` byte for byte.
    fn push_verbatim(&mut self, run: &str, at: usize) {
        let here = self.text.len();
        mark(&mut self.starts, here, at);
        mark(&mut self.ends, here + 1, at + 1);
        self.text.push_str(run);
        self.chars += run.len();
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// Characters of the normalized text.
    pub(crate) fn chars(&self) -> usize {
        self.chars
    }

    /// Whether a match may start or end at the boundary before normalized char `k` (the two
    /// coincide on char boundaries: only the inside of an expanded `…` is excluded).
    pub(crate) fn is_clean_char_boundary(&self, k: usize) -> bool {
        k <= self.chars && self.unclean_chars.binary_search(&k).is_err()
    }

    /// Whether normalized byte `i` is a boundary a match may start or end at.
    fn is_clean(&self, i: usize) -> bool {
        self.text.is_char_boundary(i) && self.unclean.binary_search(&i).is_err()
    }

    /// Original offset where a match starting at normalized byte `i` starts, if it maps cleanly.
    pub(crate) fn start_of(&self, i: usize) -> Option<usize> {
        if self.is_clean(i) {
            lookup(&self.starts, i)
        } else {
            None
        }
    }

    /// Original offset where a match ending at normalized byte `i` ends, if it maps cleanly.
    pub(crate) fn end_of(&self, i: usize) -> Option<usize> {
        if self.is_clean(i) { lookup(&self.ends, i) } else { None }
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
    fn composes_a_singleton_to_its_canonical_character() {
        // U+0341 COMBINING ACUTE TONE MARK is canonically U+0301 COMBINING ACUTE ACCENT: NFC
        // writes the one for the other, so both spellings match.
        assert_eq!(normalize("\u{341}"), "\u{301}");
        assert_eq!(normalize("e\u{341}"), "\u{e9}");
    }

    #[test]
    fn collapses_every_kind_of_whitespace_run_to_one_space() {
        assert_eq!(normalize("a \t\r\n\u{a0} b"), "a b");
        assert_eq!(normalize("a\u{a0}b"), "a b");
        assert_eq!(normalize("a\u{2003}b"), "a b");
    }

    #[test]
    fn borrows_only_what_is_already_normal() {
        for s in [
            "",
            "a b",
            "We're ready.",
            " a",
            "a ",
            "a  b",
            "a\tb",
            "\u{201C}a\u{201D}",
            "x\u{2026}",
        ] {
            let cow = normalize_cow(s);
            assert_eq!(cow, normalize(s), "{s:?}");
            assert_eq!(matches!(cow, std::borrow::Cow::Borrowed(_)), cow == s, "{s:?}");
        }
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
        let s = "Caf\u{e9} \u{2014} CAFE \u{2013} e \u{301} \u{ab}x\u{bb} `y\u{b4}";
        assert_eq!(normalize(s), s);
    }

    #[test]
    fn composes_letters_and_orders_combining_marks() {
        // e + acute is é; и + breve is й; Arabic alef + hamza above is أ.
        assert_eq!(normalize("Cafe\u{301}"), "Caf\u{e9}");
        assert_eq!(
            normalize("\u{418}\u{306}\u{43e}\u{448}\u{43a}\u{430}"),
            "\u{419}\u{43e}\u{448}\u{43a}\u{430}"
        );
        assert_eq!(normalize("\u{627}\u{654}"), "\u{623}");
        // Shadda (class 33) after fatha (class 30), whichever order they were typed in.
        assert_eq!(normalize("\u{628}\u{651}\u{64e}"), normalize("\u{628}\u{64e}\u{651}"));
    }

    #[test]
    fn maps_a_composed_letter_back_to_its_whole_sequence() {
        // "a" 0..1, "e" 1..2, U+0301 2..4, "b" 4..5; normalized "aéb", é two bytes.
        let n = Normalized::new("ae\u{301}b");
        assert_eq!(n.as_str(), "a\u{e9}b");
        assert_eq!(n.to_original(1, 3), Some(1..4));
        assert_eq!(n.to_original(0, 1), Some(0..1));
        assert_eq!(n.to_original(3, 4), Some(4..5));
        // ẹ́ is U+1EB9 then U+0301 in NFC: no boundary between the two.
        let n = Normalized::new("e\u{301}\u{323}x");
        assert_eq!(n.as_str(), "\u{1eb9}\u{301}x");
        assert_eq!(n.to_original(0, 5), Some(0..5));
        assert_eq!(n.start_of(3), None);
        assert_eq!(n.end_of(3), None);
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

    /// The maps as plain per-byte tables, built the obvious way, to check the sparse ones.
    fn reference(original: &str) -> (String, Vec<Option<usize>>, Vec<Option<usize>>) {
        let (mut text, mut starts, mut ends) = (String::new(), Vec::new(), vec![Some(0)]);
        let mut push = |c: char, start: Option<usize>, end: Option<usize>| {
            // A boundary no match may start at is one no match may end at either.
            if start.is_none()
                && let Some(before) = ends.last_mut()
            {
                *before = None;
            }
            text.push(c);
            starts.push(start);
            starts.extend(std::iter::repeat_n(None, c.len_utf8() - 1));
            ends.extend(std::iter::repeat_n(None, c.len_utf8() - 1));
            ends.push(end);
        };
        let mut in_space = false;
        // Segments: each character that is a boundary, with the ones after it that are not.
        let mut segments: Vec<(usize, String)> = Vec::new();
        for (at, c) in original.char_indices() {
            match segments.last_mut() {
                Some((_, segment)) if !compose::is_boundary(c) => segment.push(c),
                _ => segments.push((at, c.to_string())),
            }
        }
        for (at, segment) in segments {
            let after = at + segment.len();
            let composed: Vec<char> = compose::nfc(&segment).chars().collect();
            let last = composed.len() - 1;
            for (j, c) in composed.into_iter().enumerate() {
                let (start, end) = ((j == 0).then_some(at), (j == last).then_some(after));
                match fold(c) {
                    Fold::Space if in_space => continue,
                    Fold::Space => {
                        push(' ', start, end);
                        in_space = true;
                        continue;
                    }
                    Fold::Char(c) => push(c, start, end),
                    Fold::Expand(s) => {
                        for (k, c) in s.chars().enumerate() {
                            push(c, start.filter(|_| k == 0), end.filter(|_| k == 2));
                        }
                    }
                }
                in_space = false;
            }
        }
        starts.push(Some(original.len()));
        (text, starts, ends)
    }

    proptest::proptest! {
        #[test]
        fn plain_runs_agree_with_a_byte_by_byte_scan(
            text in "[a~! \n\u{7f}\u{1f}\u{e9}]{0,70}",
            in_space: bool,
        ) {
            let (mut fast, mut slow) = (in_space, in_space);
            let mut len = 0;
            for &b in text.as_bytes() {
                if b.is_ascii_graphic() {
                    slow = false;
                } else if b == b' ' && !slow {
                    slow = true;
                } else {
                    break;
                }
                len += 1;
            }
            proptest::prop_assert_eq!(plain_run(text.as_bytes(), &mut fast), len);
            proptest::prop_assert_eq!(fast, slow);
        }

        #[test]
        fn sparse_maps_agree_with_per_byte_tables(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Bc", ".", " ", "  ", "\n", "\r\n", "\t", "\u{a0}", "\u{2003}", "\u{201C}",
                "\u{201D}", "\u{2019}", "\u{2026}", "\u{e9}", "\u{65e5}", "\u{1F600}", "\u{1}",
                "e", "\u{301}", "\u{323}", "\u{438}", "\u{306}", "\u{627}", "\u{654}", "\u{651}",
                "\u{64e}", "\u{1100}", "\u{1161}", "\u{2001}",
            ]), 0..40)
        ) {
            let original: String = parts.concat();
            let (text, starts, ends) = reference(&original);
            let n = Normalized::new(&original);
            proptest::prop_assert_eq!(n.as_str(), text.as_str());
            proptest::prop_assert_eq!(normalize_untrimmed(&original), text.as_str());
            for i in 0..text.len() + 3 {
                proptest::prop_assert_eq!(n.start_of(i), starts.get(i).copied().flatten(), "start_of({})", i);
                proptest::prop_assert_eq!(n.end_of(i), ends.get(i).copied().flatten(), "end_of({})", i);
            }
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            for (k, &i) in boundaries.iter().enumerate() {
                proptest::prop_assert_eq!(n.is_clean_char_boundary(k), starts[i].is_some(), "boundary {}", k);
            }
            proptest::prop_assert!(!n.is_clean_char_boundary(boundaries.len()));
        }
    }

    #[test]
    fn plain_runs_stop_at_what_normalization_changes() {
        let run = |s: &str, mut in_space: bool| (plain_run(s.as_bytes(), &mut in_space), in_space);
        assert_eq!(run("The cat sat on the mat, said Anna.", false), (34, false));
        assert_eq!(run("The cat sat on the mat  twice", false), (23, true));
        assert_eq!(run("Twelve characters then\na newline", false), (22, false));
        assert_eq!(run("Eight by eight bytes\u{a0}then", false), (20, false));
        assert_eq!(run("abcdefgh\u{7f}", false), (8, false));
        assert_eq!(run(" leading space", true), (0, true));
        assert_eq!(run("abcdefg ", false), (8, true));
        assert_eq!(run("abcdefg  ", false), (8, true));
        assert_eq!(run("abcdefgh ijklmno", true), (16, false));
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
