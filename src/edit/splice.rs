//! Byte-range replacements, the one way an edit changes text: everything outside the ranges is
//! copied as it was.

use std::ops::Range;

/// Replace `range` of the text with `text` (an empty range inserts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

impl Edit {
    pub fn replace(range: Range<usize>, text: impl Into<String>) -> Edit {
        Edit {
            range,
            text: text.into(),
        }
    }

    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit::replace(at..at, text)
    }
}

/// Applies the edits to `text`, in order of position. `None` when two edits overlap or a range
/// is outside the text or not on character boundaries: an edit that cannot be placed exactly is
/// not placed at all.
pub fn apply(text: &str, edits: &[Edit]) -> Option<String> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|edit| (edit.range.start, edit.range.end));
    let growth: usize = sorted.iter().map(|edit| edit.text.len()).sum();
    let mut out = String::with_capacity(text.len() + growth);
    let mut copied = 0;
    for edit in sorted {
        let Range { start, end } = edit.range;
        if start < copied || end < start || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        out.push_str(text.get(copied..start)?);
        out.push_str(&edit.text);
        copied = end;
    }
    out.push_str(text.get(copied..)?);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_only_the_edited_bytes() {
        let text = "a: 1 # one\nb: “2”\nc: 3\n";
        let b = text.find('“').unwrap_or_default();
        let edits = [
            Edit::replace(b..b + "“2”".len(), "\"two\""),
            Edit::insert(text.len(), "d: 4\n"),
        ];
        let out = apply(text, &edits).unwrap_or_default();
        assert_eq!(out, "a: 1 # one\nb: \"two\"\nc: 3\nd: 4\n");
        // Every byte before and after the edits is the original's.
        assert!(out.starts_with(&text[..b]));
        assert!(out[..out.len() - 5].ends_with(&text[b + "“2”".len()..]));
    }

    #[test]
    fn applies_edits_in_position_order_whatever_their_order_given() {
        let edits = [Edit::insert(3, "Y"), Edit::insert(0, "X")];
        assert_eq!(apply("abcdef", &edits).as_deref(), Some("XabcYdef"));
    }

    #[test]
    fn refuses_overlaps_ranges_past_the_end_and_split_characters() {
        assert_eq!(
            apply("abc", &[Edit::replace(0..2, "x"), Edit::replace(1..3, "y")]),
            None
        );
        assert_eq!(apply("abc", &[Edit::replace(2..9, "x")]), None);
        assert_eq!(apply("é", &[Edit::insert(1, "x")]), None);
    }

    #[test]
    fn no_edits_give_the_text_back() {
        assert_eq!(apply("a: 1\r\n", &[]).as_deref(), Some("a: 1\r\n"));
    }
}
