//! Line and column of a byte offset, for messages that point a person at a passage.

/// The byte offsets where lines begin, computed once per source.
///
/// LF, CRLF and a lone CR each end a line, as in common editors; a CRLF counts once.
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line and 1-based column in chars of `byte` in `text` (the text this index was
    /// built from). An offset past the end is taken as the end, and one inside a multi-byte char
    /// as that char, so callers never get a panic from an offset that came from elsewhere.
    pub(crate) fn line_col(&self, text: &str, byte: usize) -> (usize, usize) {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        // starts[0] == 0 <= byte, so the count is at least 1.
        let line = self.starts.partition_point(|&s| s <= byte);
        let line_start = self.starts.get(line - 1).copied().unwrap_or(0);
        let column = text.get(line_start..byte).map_or(0, |s| s.chars().count()) + 1;
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, byte: usize) -> (usize, usize) {
        LineIndex::new(text).line_col(text, byte)
    }

    #[test]
    fn counts_from_one() {
        assert_eq!(at("abc", 0), (1, 1));
        assert_eq!(at("abc", 2), (1, 3));
    }

    #[test]
    fn starts_a_line_after_lf() {
        assert_eq!(at("ab\ncd", 3), (2, 1));
        assert_eq!(at("ab\ncd", 4), (2, 2));
        assert_eq!(at("ab\ncd", 2), (1, 3));
    }

    #[test]
    fn counts_crlf_as_one_line_break() {
        let t = "one\r\ntwo\r\nthree";
        assert_eq!(at(t, 5), (2, 1));
        assert_eq!(at(t, 10), (3, 1));
        assert_eq!(at(t, 12), (3, 3));
        // The CR itself is still on the line it ends.
        assert_eq!(at(t, 3), (1, 4));
    }

    #[test]
    fn starts_a_line_after_a_lone_cr() {
        assert_eq!(at("a\rb", 2), (2, 1));
    }

    #[test]
    fn counts_columns_in_chars_not_bytes() {
        // "é" and "日" are 2 and 3 bytes, so "x" is at byte 8 but column 3.
        let t = "l1\n\u{e9}\u{65e5}x";
        assert_eq!(at(t, 8), (2, 3));
    }

    #[test]
    fn counts_a_no_break_space_as_one_column() {
        let t = "a\u{a0}b";
        assert_eq!(at(t, 3), (1, 3));
    }

    #[test]
    fn clamps_offsets_that_are_not_char_boundaries() {
        let t = "\u{e9}z";
        assert_eq!(at(t, 1), (1, 1));
        assert_eq!(at(t, 99), (1, 3));
    }
}
