//! Paragraphs of a source text, for what must stand next to a quote (a claim's framing
//! markers). A paragraph ends at a blank line; in a text with a paragraph per line, as captured
//! web pages are (some line longer than [`WRAPPED`] bytes), it ends at every line break.

use std::ops::Range;

/// Hard-wrapped text has no line longer than this.
pub const WRAPPED: usize = 120;

/// The paragraphs of one text, found in one pass.
pub struct Paragraphs {
    /// Byte ranges of the paragraphs, in order, without the blank lines between them.
    spans: Vec<Range<usize>>,
}

impl Paragraphs {
    pub fn new(text: &str) -> Paragraphs {
        let line_per_paragraph = text.split('\n').any(|line| line.len() > WRAPPED);
        let mut spans: Vec<Range<usize>> = Vec::new();
        let mut open: Option<Range<usize>> = None;
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            let end = at + line.len();
            if line.trim().is_empty() {
                spans.extend(open.take());
            } else {
                let content = at..end - (line.len() - line.trim_end().len());
                match &mut open {
                    Some(paragraph) if !line_per_paragraph => paragraph.end = content.end,
                    _ => {
                        spans.extend(open.take());
                        open = Some(content);
                    }
                }
            }
            at = end;
        }
        spans.extend(open);
        Paragraphs { spans }
    }

    /// The paragraphs `range` touches, as one range: from the start of the paragraph it starts
    /// in to the end of the one it ends in.
    pub fn around(&self, range: &Range<usize>) -> Range<usize> {
        let first = self.spans.partition_point(|p| p.end <= range.start);
        let last = self.spans.partition_point(|p| p.start < range.end.max(range.start + 1));
        match (
            self.spans.get(first),
            last.checked_sub(1).and_then(|l| self.spans.get(l)),
        ) {
            (Some(first), Some(last)) if first.start <= last.end => {
                first.start.min(range.start)..last.end.max(range.end)
            }
            _ => range.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around(text: &str, needle: &str) -> String {
        let start = text.find(needle).unwrap_or_default();
        text[Paragraphs::new(text).around(&(start..start + needle.len()))].to_string()
    }

    #[test]
    fn blank_lines_end_paragraphs_of_wrapped_text() {
        let text = "First line of one\nparagraph.\n  \t\nSecond paragraph\nwraps here.\n\n\nThird.";
        assert_eq!(around(text, "wraps"), "Second paragraph\nwraps here.");
        assert_eq!(around(text, "First"), "First line of one\nparagraph.");
        assert_eq!(
            around(text, "paragraph.\n  \t\nSecond"),
            "First line of one\nparagraph.\n  \t\nSecond paragraph\nwraps here."
        );
        assert_eq!(around(text, "Third."), "Third.");
    }

    #[test]
    fn every_line_is_a_paragraph_in_a_text_with_long_lines() {
        let long = "x".repeat(130);
        let text = format!("{long}\nHeading\r\nBody line.\n");
        assert_eq!(around(&text, "Heading"), "Heading");
        assert_eq!(around(&text, "Body"), "Body line.");
    }
}
