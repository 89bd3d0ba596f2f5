//! The display width of text, as terminals and comfy-table measure it.

use unicode_width::UnicodeWidthStr;

/// Columns `text` takes: one a character for printable ASCII, which is nearly all of a table,
/// and Unicode's widths otherwise.
pub fn text_width(text: &str) -> usize {
    if text.bytes().all(|byte| (0x20..0x7f).contains(&byte)) {
        text.len()
    } else {
        text.width()
    }
}

#[cfg(test)]
mod tests {
    use super::text_width;

    #[test]
    fn ascii_by_length_and_the_rest_by_unicode() {
        assert_eq!(text_width("claimed: troops"), 15);
        assert_eq!(text_width("Jürgen O’Brien"), 14);
        assert_eq!(text_width("中文"), 4);
        assert_eq!(text_width("e\u{301}"), 1);
    }
}
