//! The display width of text, as terminals and comfy-table measure it.

use unicode_width::UnicodeWidthStr;

/// Columns `text` takes: one a byte for ASCII, which is nearly all of a table, and Unicode's
/// widths otherwise. Unicode counts a carriage return before a newline as one with it, so text
/// with one takes the long way too.
pub fn text_width(text: &str) -> usize {
    if text.is_ascii() && memchr::memchr(b'\r', text.as_bytes()).is_none() {
        text.len()
    } else {
        text.width()
    }
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthStr;

    use super::text_width;

    #[test]
    fn ascii_by_length_and_the_rest_by_unicode() {
        assert_eq!(text_width("claimed: troops"), 15);
        assert_eq!(text_width("Jürgen O’Brien"), 14);
        assert_eq!(text_width("中文"), 4);
        assert_eq!(text_width("e\u{301}"), 1);
        assert_eq!(text_width("a\r\nb"), 3);
    }

    #[test]
    fn every_pair_of_ascii_characters_measures_as_unicode_says() {
        for a in 0..0x80u8 {
            for b in 0..0x80u8 {
                let pair = String::from_utf8(vec![a, b, b'\n']).unwrap_or_default();
                assert_eq!(text_width(&pair), pair.width(), "{pair:?}");
            }
        }
    }
}
