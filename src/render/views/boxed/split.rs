//! Breaking a cell's line into parts no wider than its column: at spaces where it can, inside a
//! word only when the word does not fit. The rules are comfy-table's (`split_line`), kept
//! exactly, since the column widths depend on them too.

use unicode_segmentation::UnicodeSegmentation;

use super::width::text_width;

/// A line that still has room for at most this many characters is ended before a word that
/// does not fit, rather than breaking the word.
const MIN_FREE_CHARS: usize = 2;

/// Appends the parts of `line`, each at most `width` wide, to `parts`. Every part is a slice
/// of `line`: the spaces where a line breaks belong to neither side. A line of nothing but
/// spaces has no parts.
pub fn split_line<'a>(line: &'a str, width: usize, parts: &mut Vec<&'a str>) {
    // Words still to place, the next one last: byte ranges into `line`.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut end = line.len();
    for (at, _) in line.rmatch_indices(' ') {
        words.push((at + 1, end));
        end = at;
    }
    words.push((0, end));

    // The line being filled, as a range of `line`, and its width. An empty range is a line
    // with nothing on it yet, wherever it points.
    let mut current = (0, 0);
    let mut current_width = 0;
    while let Some(next) = words.pop() {
        let word = &line[next.0..next.1];
        let next_width = text_width(word);
        let started = current.1 > current.0;
        let mut added_width = next_width + current_width;
        let mut remaining = width.saturating_sub(current_width);
        if started {
            added_width += 1;
            remaining = remaining.saturating_sub(1);
        }

        if added_width <= width {
            // The word and the space before it join the line.
            current = if started { (current.0, next.1) } else { next };
            current_width = if started {
                current_width + 1 + next_width
            } else {
                next_width
            };
            if current_width > width.saturating_sub(MIN_FREE_CHARS) {
                parts.push(&line[current.0..current.1]);
                current = (0, 0);
                current_width = 0;
            }
            continue;
        }

        // Almost full: the word starts the next line.
        if started && remaining <= MIN_FREE_CHARS {
            words.push(next);
            parts.push(&line[current.0..current.1]);
            current = (0, 0);
            current_width = 0;
            continue;
        }

        // Wider than a whole line: as much as fits goes here, the rest is placed next.
        if next_width > width {
            let head = long_word_head(word, remaining);
            if !started && head == 0 {
                // Not even one character fits: it goes on a line of its own.
                let first = word.chars().next().map_or(0, char::len_utf8);
                parts.push(&line[next.0..next.0 + first]);
                words.push((next.0 + first, next.1));
            } else {
                let from = if started { current.0 } else { next.0 };
                parts.push(&line[from..next.0 + head]);
                words.push((next.0 + head, next.1));
            }
            current = (0, 0);
            current_width = 0;
            continue;
        }

        // The word fits a line of its own: it starts the next one.
        parts.push(&line[current.0..current.1]);
        current = next;
        current_width = next_width;
        if current_width > width.saturating_sub(MIN_FREE_CHARS) {
            parts.push(&line[current.0..current.1]);
            current = (0, 0);
            current_width = 0;
        }
    }
    if current.1 > current.0 {
        parts.push(&line[current.0..current.1]);
    }
}

/// How many bytes of `word` fit in `width` columns: whole characters for printable ASCII,
/// whole grapheme clusters otherwise.
fn long_word_head(word: &str, width: usize) -> usize {
    if word.bytes().all(|byte| (0x20..0x7f).contains(&byte)) {
        return word.len().min(width);
    }
    let mut used = 0;
    for (at, grapheme) in word.grapheme_indices(true) {
        let grapheme_width = text_width(grapheme);
        if used + grapheme_width > width {
            return at;
        }
        used += grapheme_width;
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use super::split_line;

    fn split(line: &str, width: usize) -> Vec<&str> {
        let mut parts = Vec::new();
        split_line(line, width, &mut parts);
        parts
    }

    #[test]
    fn breaks_at_spaces_and_drops_them() {
        assert_eq!(
            split("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn a_word_wider_than_the_column_is_broken_where_the_line_ends() {
        assert_eq!(split("ab abcdefghijkl", 8), ["ab abcde", "fghijkl"]);
        // Nearly full lines are ended instead.
        assert_eq!(split("abcdef abcdefghijkl", 8), ["abcdef", "abcdefgh", "ijkl"]);
    }

    #[test]
    fn wide_characters_are_not_cut_in_half() {
        assert_eq!(split("中中中中中", 5), ["中中", "中中", "中"]);
    }

    #[test]
    fn runs_of_spaces_and_blank_lines() {
        assert_eq!(split("a  b", 2), ["a", "b"]);
        assert!(split("      ", 3).is_empty());
    }
}
