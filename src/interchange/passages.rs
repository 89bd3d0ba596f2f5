//! Where each claim's passage is in its stored source, as the W3C Web Annotation model counts
//! it: in Unicode code points of the text, with the passage's exact text and the text around it.

use std::collections::HashMap;
use std::ops::Range;

use super::Input;

/// Code points of context kept before and after a passage: enough to tell repeated passages
/// apart, as annotation tools such as Hypothesis keep.
pub const CONTEXT_CHARS: usize = 32;

/// A claim's passage in its article's stored source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage<'a> {
    /// The source file, relative to the project root, as the article names it.
    pub source: &'a str,
    /// The passage exactly as the source has it (the claim's quote may differ in whitespace
    /// and typographic quotes).
    pub exact: &'a str,
    /// Up to [`CONTEXT_CHARS`] code points just before the passage.
    pub prefix: &'a str,
    /// Up to [`CONTEXT_CHARS`] code points just after the passage.
    pub suffix: &'a str,
    /// Code points of the source before the passage.
    pub start: usize,
    /// `start` plus the code points of the passage.
    pub end: usize,
}

/// The passage of each of `input.claims`, in the same order; `None` for a claim whose quote
/// `check` did not place. Each source is read once, front to back.
pub fn passages<'a>(input: &Input<'a>) -> Vec<Option<Passage<'a>>> {
    let mut by_article: HashMap<&str, Vec<(usize, Range<usize>)>> = HashMap::new();
    for (position, claim) in input.claims.iter().enumerate() {
        if let Some(range) = input.anchors.get(claim.index) {
            by_article
                .entry(claim.article.id.as_str())
                .or_default()
                .push((position, range));
        }
    }
    let mut passages = vec![None; input.claims.len()];
    for (article, mut anchored) in by_article {
        let Some(source) = input.index.articles.get(article).map(|a| a.value.source.as_str()) else {
            continue;
        };
        let Some(text) = input.source_text(source) else {
            continue;
        };
        anchored.sort_by_key(|(_, range)| (range.start, range.end));
        let mut counted = Counted::default();
        for (position, range) in anchored {
            passages[position] = place(source, text, range, &mut counted);
        }
    }
    passages
}

/// How far into a source the code points have been counted.
#[derive(Default)]
struct Counted {
    bytes: usize,
    chars: usize,
}

fn place<'a>(source: &'a str, text: &'a str, range: Range<usize>, counted: &mut Counted) -> Option<Passage<'a>> {
    let exact = text.get(range.clone())?;
    counted.chars += text.get(counted.bytes..range.start)?.chars().count();
    counted.bytes = range.start;
    let before = &text[..range.start];
    let after = &text[range.end..];
    let prefix_from = before.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    let suffix_to = after.char_indices().nth(CONTEXT_CHARS).map_or(after.len(), |(i, _)| i);
    Some(Passage {
        source,
        exact,
        prefix: &before[prefix_from..],
        suffix: &after[..suffix_to],
        start: counted.chars,
        end: counted.chars + exact.chars().count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str, counted: &mut Counted) -> Option<Passage<'static>> {
        let start = text.find(needle)?;
        let leaked: &'static str = Box::leak(text.to_string().into_boxed_str());
        place("s.txt", leaked, start..start + needle.len(), counted)
    }

    #[test]
    fn offsets_count_code_points_not_bytes_or_utf16_units() {
        // "😀" is 4 bytes, 2 UTF-16 units and 1 code point; "é" is 2 bytes and 1 code point.
        let text = "😀 é said: “yes”, and left.";
        let p = at(text, "“yes”", &mut Counted::default());
        assert_eq!(p.as_ref().map(|p| (p.start, p.end)), Some((10, 15)));
        assert_eq!(p.map(|p| (p.prefix, p.suffix)), Some(("😀 é said: ", ", and left.")));
    }

    #[test]
    fn context_stops_at_thirty_two_code_points() {
        let text = format!("{}QUOTE{}", "α".repeat(40), "ω".repeat(40));
        let p = at(&text, "QUOTE", &mut Counted::default());
        assert_eq!(p.as_ref().map(|p| p.prefix.to_string()), Some("α".repeat(32)));
        assert_eq!(p.as_ref().map(|p| p.suffix.to_string()), Some("ω".repeat(32)));
        assert_eq!(p.map(|p| (p.start, p.end)), Some((40, 45)));
    }

    #[test]
    fn counting_continues_from_the_previous_passage() {
        let text = "one two three four";
        let mut counted = Counted::default();
        let first = at(text, "two", &mut counted);
        let second = at(text, "four", &mut counted);
        assert_eq!(first.map(|p| p.start), Some(4));
        assert_eq!(second.map(|p| (p.start, p.end)), Some((14, 18)));
    }
}
