//! Greedy word wrapping by display width, for text outside tables.

use std::ops::Range;

/// Byte ranges of `text`'s wrapped lines: breaks at spaces where it can (the spaces at a break
/// belong to no line), inside a word only when the word alone is wider than `width`.
///
/// Each line looks only at its own characters and the one after, so a megabyte of text wraps in
/// time linear in its length.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = &text[start..];
        // The longest prefix that fits, in whole chars.
        let mut fit = 0;
        let mut used = 0;
        let mut all_fits = true;
        for (i, c) in rest.char_indices() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if used + w > width {
                all_fits = false;
                break;
            }
            used += w;
            fit = i + c.len_utf8();
        }
        if all_fits {
            lines.push(start..text.len());
            break;
        }
        let fit = fit.max(rest.chars().next().map_or(1, char::len_utf8));
        // Break at the last space inside the fitting prefix, or right after it.
        let cut = if rest[fit..].starts_with(' ') {
            Some(fit)
        } else {
            rest[..fit].rfind(' ').filter(|&i| i > 0)
        };
        match cut {
            Some(cut) => {
                let line_end = rest[..cut].trim_end_matches(' ').len();
                lines.push(start..start + line_end);
                let skipped = rest[cut..].len() - rest[cut..].trim_start_matches(' ').len();
                start += cut + skipped;
            }
            None => {
                lines.push(start..start + fit);
                start += fit;
            }
        }
    }
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

/// `text` wrapped to `width` columns, one string per line.
pub fn wrap(text: &str, width: usize) -> Vec<&str> {
    wrap_ranges(text, width).into_iter().map(|r| &text[r]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_at_spaces_and_drops_them() {
        assert_eq!(wrap("the quick brown fox", 10), vec!["the quick", "brown fox"]);
        assert_eq!(wrap("the quick  brown", 9), vec!["the quick", "brown"]);
    }

    #[test]
    fn splits_a_word_only_when_it_alone_is_too_wide() {
        assert_eq!(wrap("abcdefghij xy", 4), vec!["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn counts_display_width_not_bytes() {
        assert_eq!(wrap("“ab” ▲ cd", 6), vec!["“ab” ▲", "cd"]);
        assert_eq!(wrap("漢字漢字", 5), vec!["漢字", "漢字"]);
    }

    #[test]
    fn ranges_point_into_the_text() {
        let text = "one two three";
        let ranges = wrap_ranges(text, 7);
        assert_eq!(ranges, vec![0..7, 8..13]);
    }

    #[test]
    fn empty_text_is_one_empty_line() {
        assert_eq!(wrap("", 10), vec![""]);
    }
}
