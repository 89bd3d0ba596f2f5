//! Lines and columns of byte offsets, one index per text, for everything that points a person
//! at a place: findings in claim files, passages in sources, `show`.
//!
//! LF, CRLF and a lone CR each end a line, as in common editors and in YAML; a CRLF counts once.
//! Columns count characters (Unicode code points) from 1.
//!
//! The index keeps, for every block of [`BLOCK`] bytes, how many line breaks and characters come
//! before it, so it costs a sixteenth of the text's size whatever its shape (a file of blank lines
//! or one long line alike), it is built in one pass, and a look-up reads at most two blocks plus
//! a binary search: reporting any number of findings in one file stays linear in the file.

use std::ops::Range;

/// Bytes per block of the index.
const BLOCK: usize = 256;

/// A 1-based line and a 1-based column counted in characters, as editors show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Where the lines of one text begin; built once, asked many times.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Line breaks before each block, and before the end (one entry more than blocks).
    breaks: Vec<usize>,
    /// Characters before each block, and before the end.
    chars: Vec<usize>,
}

/// Whether the byte at `i` ends a line: a LF, or a CR not followed by a LF (a CRLF ends at its LF).
fn is_break(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        b'\n' => true,
        b'\r' => bytes.get(i + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// Whether `b` starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The nearest character boundary at or before `byte`, within the text.
fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let blocks = bytes.len() / BLOCK + 1;
        let mut index = LineIndex {
            breaks: Vec::with_capacity(blocks + 1),
            chars: Vec::with_capacity(blocks + 1),
        };
        let (mut breaks, mut chars) = (0, 0);
        for block in 0..blocks {
            index.breaks.push(breaks);
            index.chars.push(chars);
            let range = block * BLOCK..((block + 1) * BLOCK).min(bytes.len());
            breaks += range.clone().filter(|&i| is_break(bytes, i)).count();
            chars += bytes[range].iter().filter(|&&b| starts_char(b)).count();
        }
        index.breaks.push(breaks);
        index.chars.push(chars);
        index
    }

    /// How many lines the text has: one more than its line breaks.
    pub fn lines(&self) -> usize {
        self.breaks.last().copied().unwrap_or(0) + 1
    }

    /// The line and column of byte offset `byte` in `text` (the text the index was built from).
    /// An offset inside a character counts as that character, one past the end as the end, so a
    /// position from elsewhere never panics.
    pub fn line_col(&self, text: &str, byte: usize) -> LineCol {
        let byte = floor_boundary(text, byte);
        let bytes = text.as_bytes();
        let block = byte / BLOCK;
        let breaks = self.breaks[block] + (block * BLOCK..byte).filter(|&i| is_break(bytes, i)).count();
        let start = self.start_after(bytes, breaks);
        LineCol {
            line: breaks + 1,
            column: self.chars_before(bytes, byte) - self.chars_before(bytes, start) + 1,
        }
    }

    /// The byte range of 1-based line `line` of `text`, without its line ending; `None` past the
    /// last line. Reading the line's end costs the line's length.
    pub fn line(&self, text: &str, line: usize) -> Option<Range<usize>> {
        if line == 0 || line > self.lines() {
            return None;
        }
        let start = self.start_after(text.as_bytes(), line - 1);
        let end = memchr::memchr2(b'\n', b'\r', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i);
        Some(start..end)
    }

    /// Where the line begins that has `breaks` line breaks before it.
    fn start_after(&self, bytes: &[u8], breaks: usize) -> usize {
        if breaks == 0 {
            return 0;
        }
        // The block holding the break numbered `breaks` (from 1): the last with fewer before it.
        let block = self.breaks.partition_point(|&before| before < breaks) - 1;
        let mut seen = self.breaks[block];
        for i in block * BLOCK..bytes.len() {
            if is_break(bytes, i) {
                seen += 1;
                if seen == breaks {
                    return i + 1;
                }
            }
        }
        bytes.len()
    }

    /// Characters before byte offset `byte` (a character boundary).
    fn chars_before(&self, bytes: &[u8], byte: usize) -> usize {
        let block = byte / BLOCK;
        self.chars[block] + bytes[block * BLOCK..byte].iter().filter(|&&b| starts_char(b)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, byte: usize) -> (usize, usize) {
        let position = LineIndex::new(text).line_col(text, byte);
        (position.line, position.column)
    }

    /// Line and column by counting from the start, the obvious way.
    fn counted(text: &str, byte: usize) -> (usize, usize) {
        let byte = floor_boundary(text, byte);
        let (mut line, mut column) = (1, 1);
        let bytes = text.as_bytes();
        for (i, _) in text[..byte].char_indices() {
            if is_break(bytes, i) {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        (line, column)
    }

    #[test]
    fn counts_from_one_in_characters() {
        assert_eq!(at("abc", 0), (1, 1));
        assert_eq!(at("abc", 2), (1, 3));
        // "é" and "日" are 2 and 3 bytes, so "x" is at byte 8 but column 3.
        assert_eq!(at("l1\n\u{e9}\u{65e5}x", 8), (2, 3));
    }

    #[test]
    fn ends_lines_at_lf_crlf_and_a_lone_cr() {
        let t = "one\r\ntwo\r\nthree";
        assert_eq!(at(t, 5), (2, 1));
        assert_eq!(at(t, 10), (3, 1));
        assert_eq!(at(t, 12), (3, 3));
        // The CR itself is still on the line it ends.
        assert_eq!(at(t, 3), (1, 4));
        assert_eq!(at("a\rb", 2), (2, 1));
        assert_eq!(at("ab\ncd", 3), (2, 1));
    }

    #[test]
    fn clamps_offsets_that_are_not_char_boundaries_or_past_the_end() {
        let t = "\u{e9}z";
        assert_eq!(at(t, 1), (1, 1));
        assert_eq!(at(t, 99), (1, 3));
        assert_eq!(at("ab\n", 10), (2, 1));
    }

    #[test]
    fn gives_each_line_without_its_ending() {
        let t = "one\r\ntwo\rthree\n";
        let index = LineIndex::new(t);
        assert_eq!(index.lines(), 4);
        let lines: Vec<&str> = (1..=4).filter_map(|n| index.line(t, n)).map(|r| &t[r]).collect();
        assert_eq!(lines, ["one", "two", "three", ""]);
        assert_eq!(index.line(t, 5), None);
        assert_eq!(index.line(t, 0), None);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_counting_from_the_start(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "bc", "\n", "\r", "\r\n", "\u{e9}", "\u{65e5}", "\u{1F600}", " ",
            ]), 0..700),
            offsets in proptest::collection::vec(0usize..3000, 1..20),
        ) {
            let text: String = parts.concat();
            let index = LineIndex::new(&text);
            for byte in offsets {
                let position = index.line_col(&text, byte);
                proptest::prop_assert_eq!((position.line, position.column), counted(&text, byte), "{}", byte);
                let line = index.line(&text, position.line);
                proptest::prop_assert!(line.is_some_and(|l| l.start <= floor_boundary(&text, byte)));
            }
        }
    }
}
