//! Sentences, as far as attribution needs them: a sentence ends after `.`, `?` or `!` (and the
//! closing marks or brackets after it) when the next one starts with a capital, a digit or an
//! opening mark, and at every blank line. Stops inside a quotation, after an initial (`U.S.`)
//! or a common abbreviation (`Gen.`, `Oct.`) do not end one. In a text with a paragraph per
//! line, as captured web pages are (some line longer than [`WRAPPED`] bytes), every line break
//! ends a sentence too, so headings and captions stand alone; in a hard-wrapped text a line
//! break is a space.

use std::ops::Range;

use super::marks::Quotation;

use crate::anchor::paragraphs::WRAPPED;

/// What may follow a sentence's last stop and still belong to it.
const CLOSERS: &str = ")]\"'\u{201C}\u{201D}\u{2019}\u{00BB}";

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "ltd",
    "co", "corp", "jr", "sr", "approx", "e.g", "i.e",
];

/// The sentences of `text`, whitespace trimmed, in order. `quotations` must be in order.
pub fn sentences(text: &str, quotations: &[Quotation]) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let line_per_paragraph = text.split('\n').any(|line| line.len() > WRAPPED);
    let mut found = Vec::new();
    let mut start = 0;
    let mut quote = quotations.iter().peekable();
    let mut i = 0;
    while i < bytes.len() {
        while quote.peek().is_some_and(|q| q.marks.end <= i) {
            quote.next();
        }
        let b = bytes[i];
        // A stop inside a quotation ends a sentence only where the quotation ends with it.
        let inside = matches!(b, b'.' | b'?' | b'!')
            && quote.peek().is_some_and(|q| {
                q.marks.start < i && i < q.marks.end && !text[i + 1..q.marks.end].chars().all(|c| CLOSERS.contains(c))
            });
        if b == b'\n' && (line_per_paragraph || blank_line_follows(bytes, i)) {
            push(text, start..i, &mut found);
            start = i + 1;
        } else if matches!(b, b'.' | b'?' | b'!') && !inside && !abbreviation(text, i) {
            let mut end = i + 1;
            // Closing marks and brackets stay with the sentence they close.
            while let Some(c) = text[end..].chars().next().filter(|&c| CLOSERS.contains(c)) {
                end += c.len_utf8();
            }
            let rest = &text[end..];
            let after_space = rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{a0}']);
            let spaced = after_space.len() < rest.len();
            let starts = after_space.chars().next().is_some_and(|c| {
                c.is_uppercase() || c.is_ascii_digit() || "\"'\u{201C}\u{2018}\u{201E}\u{00AB}(".contains(c)
            });
            if spaced && starts {
                push(text, start..end, &mut found);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(text, start..text.len(), &mut found);
    found
}

fn push(text: &str, range: Range<usize>, found: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        found.push(range.start + lead..range.start + lead + trimmed.len());
    }
}

/// Whether the line after the line break at `i` is blank.
fn blank_line_follows(bytes: &[u8], i: usize) -> bool {
    bytes[i + 1..]
        .iter()
        .take_while(|&&b| b != b'\n')
        .all(|b| b.is_ascii_whitespace())
        && bytes[i + 1..].contains(&b'\n')
}

/// Whether the `.` at `i` ends an initial or an abbreviation rather than a sentence.
fn abbreviation(text: &str, i: usize) -> bool {
    if text.as_bytes()[i] != b'.' {
        return false;
    }
    // Abbreviations are short: look no further back than this, so a run of dots stays linear.
    let mut from = i.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let word_start = text[from..i]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(from, |p| {
            from + p + text[from + p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..i];
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || word.contains('.') || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::super::marks::quotations;
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &quotations(text))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_run_of_stops_is_read_once() {
        let text = format!("It ended{}", ".".repeat(200_000));
        assert_eq!(split(&text), [text.as_str()]);
    }

    #[test]
    fn ends_at_stops_and_blank_lines_not_inside_quotes_or_after_initials() {
        assert_eq!(
            split("\"It is so. Truly,\" he said. \"Yes.\" The U.S. Gen. Smith agreed.\n\nA heading\nNext line"),
            [
                "\"It is so. Truly,\" he said.",
                "\"Yes.\"",
                "The U.S. Gen. Smith agreed.",
                "A heading\nNext line"
            ]
        );
        assert_eq!(
            split("SOCHI, October 23./TASS/. The Kremlin is sure."),
            ["SOCHI, October 23./TASS/.", "The Kremlin is sure."]
        );
    }
}
