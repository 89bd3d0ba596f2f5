//! Quotations: text between quotation marks, straight, curly, low-9 or angle, mixed as typists
//! mix them (`"…”`), across line breaks, with quotes nested inside counted as part of the
//! outer one. An apostrophe is told from a single quotation mark by its neighbours: between two
//! letters (`won’t`, `Russia's`) it is never a mark, and after a word (`Kurds’ ally`) it closes
//! only a single quotation that is open.

use std::ops::Range;

/// One quotation at the top level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The quoted text, without the marks or the whitespace just inside them.
    pub text: Range<usize>,
    /// The text with its marks.
    pub marks: Range<usize>,
    /// True when the opening mark is not closed before the paragraph ends (a quotation that
    /// goes on in the next paragraph, by the convention of English-language news).
    pub unclosed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// Nested quotes deeper than this are read as text.
const MAX_DEPTH: usize = 8;

fn family(c: char) -> Option<Family> {
    match c {
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => Some(Family::Double),
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2039}' | '\u{203A}' => Some(Family::Single),
        _ => None,
    }
}

/// Marks that only ever open or only ever close, whatever their neighbours. `“` and `‘` open
/// English quotations but close German ones (`„Ja“`), so their neighbours decide.
fn only_opens(c: char) -> bool {
    matches!(c, '\u{201E}' | '\u{00AB}' | '\u{201A}' | '\u{2039}')
}

fn only_closes(c: char) -> bool {
    matches!(c, '\u{201D}' | '\u{00BB}' | '\u{2019}' | '\u{203A}')
}

/// What may stand before an opening mark: nothing, a space, a bracket or dash, another mark.
fn opens_after(previous: Option<char>) -> bool {
    previous.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p) || family(p).is_some())
}

/// What may stand after a closing mark: nothing, a space or punctuation.
fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|n| n.is_whitespace() || (!n.is_alphanumeric() && family(n).is_none()) || family(n).is_some())
}

/// Every top-level quotation in `text`, in order, in one pass.
pub fn quotations(text: &str) -> Vec<Quotation> {
    let mut found = Vec::new();
    // Open marks: family, where the mark starts, where the text after it starts.
    let mut open: Vec<(Family, usize, usize)> = Vec::new();
    let mut previous: Option<char> = None;
    // End of the last non-whitespace text, and whether the current line has any.
    let mut text_end = 0;
    let mut line_has_text = false;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let end = at + c.len_utf8();
        if c == '\n' {
            if !line_has_text {
                // A blank line ends the paragraph, and any quotation still open in it.
                close_unclosed(&mut open, text, text_end, &mut found);
            }
            line_has_text = false;
        } else if !c.is_whitespace() {
            line_has_text = true;
        }
        if let Some(kind) = family(c) {
            let between_letters =
                previous.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            let can_close = (only_closes(c) || previous.is_some_and(|p| !p.is_whitespace())) && closes_before(next);
            // A single mark before a digit elides a century ('90s), it does not quote.
            let elides = kind == Family::Single && next.is_some_and(|n| n.is_ascii_digit());
            let can_open = !elides
                && (only_opens(c) || opens_after(previous))
                && next.is_some_and(|n| !n.is_whitespace() || only_opens(c));
            if kind == Family::Single && between_letters {
                // An apostrophe inside a word.
            } else if let Some(depth) = open
                .iter()
                .rposition(|&(k, ..)| k == kind)
                .filter(|_| can_close && !only_opens(c))
            {
                let (_, mark, start) = open[depth];
                open.truncate(depth);
                if depth == 0 {
                    found.push(quotation(text, mark, start, at, end, false));
                }
            } else if can_open && !only_closes(c) && open.len() < MAX_DEPTH {
                open.push((kind, at, end));
            }
        }
        if !c.is_whitespace() {
            text_end = end;
        }
        previous = Some(c);
    }
    close_unclosed(&mut open, text, text_end, &mut found);
    found
}

/// A double quotation left open runs to the end of its paragraph; a single mark left open was
/// an apostrophe after all (`'90s`) and is dropped.
fn close_unclosed(open: &mut Vec<(Family, usize, usize)>, text: &str, text_end: usize, found: &mut Vec<Quotation>) {
    if let Some(&(Family::Double, mark, start)) = open.first()
        && text_end > start
    {
        found.push(quotation(text, mark, start, text_end, text_end, true));
    }
    open.clear();
}

fn quotation(text: &str, mark: usize, start: usize, close: usize, end: usize, unclosed: bool) -> Quotation {
    let inner = &text[start..close];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    Quotation {
        text: start + lead..(close - trail).max(start + lead),
        marks: mark..end,
        unclosed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quotations(text).into_iter().map(|q| &text[q.text]).collect()
    }

    #[test]
    fn finds_straight_curly_and_mixed_marks() {
        assert_eq!(quoted("He said \"yes\" and “no”."), ["yes", "no"]);
        assert_eq!(
            quoted("is \"absolutely unacceptable” as they “belong here,” he said"),
            ["absolutely unacceptable", "belong here,"]
        );
        assert_eq!(
            quoted("claiming that it “does not aim to change the regime.\""),
            ["does not aim to change the regime."]
        );
        assert_eq!(quoted("„Ja“ und «oui» and ‘single’"), ["Ja", "oui", "single"]);
    }

    #[test]
    fn tells_apostrophes_from_single_quotation_marks() {
        assert_eq!(quoted("'US says won’t leave Syria'\n"), ["US says won’t leave Syria"]);
        assert!(quoted("Russia's envoy and the Kurds’ ally and the forces' presence").is_empty());
        assert_eq!(
            quoted("\"the Kurds’ closest ally,\" he recalled"),
            ["the Kurds’ closest ally,"]
        );
        assert_eq!(quoted("back in the '90s, people said \"x\""), ["x"]);
    }

    #[test]
    fn spans_line_breaks_but_not_paragraphs() {
        assert_eq!(quoted("\"one\ntwo\" he said"), ["one\ntwo"]);
        let text = "\"First paragraph of a long quote.\n\n\"Second paragraph.\"";
        let found = quotations(text);
        assert_eq!(found.len(), 2);
        assert!(found[0].unclosed);
        assert_eq!(&text[found[0].text.clone()], "First paragraph of a long quote.");
        assert_eq!(&text[found[1].text.clone()], "Second paragraph.");
    }

    #[test]
    fn keeps_nested_quotes_inside_the_outer_one() {
        assert_eq!(
            quoted("\"They call it 'moderate', we do not,\" he said."),
            ["They call it 'moderate', we do not,"]
        );
        assert_eq!(quoted("“He told me “no” twice,” she said"), ["He told me “no” twice,"]);
    }

    #[test]
    fn finds_both_parts_of_a_quote_interrupted_by_he_said() {
        assert_eq!(
            quoted("\"It is necessary,\" he said. \"Suffice it to recall.\""),
            ["It is necessary,", "Suffice it to recall."]
        );
    }

    #[test]
    fn ignores_stray_marks() {
        assert!(quoted("a 5\" screen and 6' board").is_empty());
        assert!(quoted("").is_empty());
    }
}
