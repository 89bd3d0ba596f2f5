//! The text as saphyr-parser reads it: its own `&str` input, with a smaller read-ahead.
//!
//! The scanner reserves the input's read-ahead (`bufmaxlen`) in every plain scalar's string
//! once it has one character. `StrInput` reports 128, so every key and plain value, most of a
//! claim file's scalars, grew from the 32 bytes first allocated to 129 by a reallocation: a
//! seventeenth of a check's instructions. Reporting 16, the read-ahead of saphyr's own buffered input
//! (so a size the scanner is built and tested for), keeps a short scalar in its first
//! allocation. Every other call goes to `StrInput` unchanged, its fast paths included.

use saphyr_parser::input::SkipTabs;
use saphyr_parser::{Input, StrInput};

/// The read-ahead the scanner is told: that of saphyr's `BufferedInput`.
const READ_AHEAD: usize = 16;

/// A `&str` for the parser, read ahead [`READ_AHEAD`] characters at most.
pub struct TextInput<'a>(StrInput<'a>);

impl<'a> TextInput<'a> {
    pub fn new(text: &'a str) -> TextInput<'a> {
        TextInput(StrInput::new(text))
    }
}

impl Input for TextInput<'_> {
    #[inline]
    fn lookahead(&mut self, count: usize) {
        self.0.lookahead(count);
    }

    #[inline]
    fn buflen(&self) -> usize {
        self.0.buflen()
    }

    #[inline]
    fn bufmaxlen(&self) -> usize {
        READ_AHEAD
    }

    #[inline]
    fn buf_is_empty(&self) -> bool {
        self.0.buf_is_empty()
    }

    #[inline]
    fn raw_read_ch(&mut self) -> char {
        self.0.raw_read_ch()
    }

    #[inline]
    fn raw_read_non_breakz_ch(&mut self) -> Option<char> {
        self.0.raw_read_non_breakz_ch()
    }

    #[inline]
    fn skip(&mut self) {
        self.0.skip();
    }

    #[inline]
    fn skip_n(&mut self, count: usize) {
        self.0.skip_n(count);
    }

    #[inline]
    fn peek(&self) -> char {
        self.0.peek()
    }

    #[inline]
    fn peek_nth(&self, n: usize) -> char {
        self.0.peek_nth(n)
    }

    #[inline]
    fn peek_opt(&self) -> Option<char> {
        self.0.peek_opt()
    }

    #[inline]
    fn look_ch(&mut self) -> char {
        self.0.look_ch()
    }

    #[inline]
    fn next_char_is(&self, c: char) -> bool {
        self.0.next_char_is(c)
    }

    #[inline]
    fn nth_char_is(&self, n: usize, c: char) -> bool {
        self.0.nth_char_is(n, c)
    }

    #[inline]
    fn next_2_are(&self, c1: char, c2: char) -> bool {
        self.0.next_2_are(c1, c2)
    }

    #[inline]
    fn next_3_are(&self, c1: char, c2: char, c3: char) -> bool {
        self.0.next_3_are(c1, c2, c3)
    }

    #[inline]
    fn next_is_document_indicator(&self) -> bool {
        self.0.next_is_document_indicator()
    }

    #[inline]
    fn next_is_document_start(&self) -> bool {
        self.0.next_is_document_start()
    }

    #[inline]
    fn next_is_document_end(&self) -> bool {
        self.0.next_is_document_end()
    }

    #[inline]
    fn skip_ws_to_eol(&mut self, skip_tabs: SkipTabs) -> (usize, Result<SkipTabs, &'static str>) {
        self.0.skip_ws_to_eol(skip_tabs)
    }

    #[inline]
    fn next_can_be_plain_scalar(&self, in_flow: bool) -> bool {
        self.0.next_can_be_plain_scalar(in_flow)
    }

    #[inline]
    fn next_is_blank_or_break(&self) -> bool {
        self.0.next_is_blank_or_break()
    }

    #[inline]
    fn next_is_blank_or_breakz(&self) -> bool {
        self.0.next_is_blank_or_breakz()
    }

    #[inline]
    fn next_is_blank(&self) -> bool {
        self.0.next_is_blank()
    }

    #[inline]
    fn next_is_break(&self) -> bool {
        self.0.next_is_break()
    }

    #[inline]
    fn next_is_breakz(&self) -> bool {
        self.0.next_is_breakz()
    }

    #[inline]
    fn next_is_z(&self) -> bool {
        self.0.next_is_z()
    }

    #[inline]
    fn next_is_flow(&self) -> bool {
        self.0.next_is_flow()
    }

    #[inline]
    fn next_is_digit(&self) -> bool {
        self.0.next_is_digit()
    }

    #[inline]
    fn next_is_alpha(&self) -> bool {
        self.0.next_is_alpha()
    }

    #[inline]
    fn skip_while_non_breakz(&mut self) -> usize {
        self.0.skip_while_non_breakz()
    }

    #[inline]
    fn skip_while_blank(&mut self) -> usize {
        self.0.skip_while_blank()
    }

    #[inline]
    fn fetch_while_is_alpha(&mut self, out: &mut String) -> usize {
        self.0.fetch_while_is_alpha(out)
    }

    #[inline]
    fn fetch_while_is_yaml_non_space(&mut self, out: &mut String) -> usize {
        self.0.fetch_while_is_yaml_non_space(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;
    use saphyr_parser::{Event, Parser, ScanError, Span};

    use super::TextInput;

    /// Every event with its span, up to the error that ends the stream.
    fn events<'a>(parser: impl Iterator<Item = Result<(Event<'a>, Span), ScanError>>) -> Vec<String> {
        let mut seen = Vec::new();
        for next in parser {
            match next {
                Ok((event, span)) => seen.push(format!("{event:?} {span:?}")),
                Err(error) => {
                    seen.push(format!("error {error:?}"));
                    break;
                }
            }
        }
        seen
    }

    fn same_as_str_input(text: &str) {
        let given = events(Parser::new_from_str(text));
        let ours = events(Parser::new(TextInput::new(text)));
        assert_eq!(ours, given, "{text:?}");
    }

    #[test]
    fn reads_as_saphyrs_own_str_input() {
        let long = "a plain scalar much longer than sixteen characters, over two\n  lines";
        for text in [
            "id: x\nquote: \"a “curly” quote … that runs on past the read-ahead\"\n",
            &format!("key: {long}\n"),
            &format!("- {long}\n- [{long}, b]\n"),
            // Block scalars indented past the read-ahead take the scanner's other indent loop.
            "note: |\n                    deep\n                    deeper text here\n",
            "note: >-\n    folded\n\n    text\n",
            "a: b: c\n",
            "- [unclosed\n",
            "",
            "# only a comment\n",
        ] {
            same_as_str_input(text);
        }
    }

    #[test]
    fn reads_the_bundled_claims_as_saphyrs_own_str_input() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("claims");
        let mut read = 0;
        for entry in walkdir::WalkDir::new(dir) {
            let path = entry.unwrap().into_path();
            if path.extension().is_some_and(|e| e == "yaml") {
                same_as_str_input(&std::fs::read_to_string(&path).unwrap());
                read += 1;
            }
        }
        assert!(read > 0);
    }

    proptest! {
        #[test]
        fn reads_any_text_as_saphyrs_own_str_input(text in "([ \\n\\t:#\\-\\[\\]{},'\"|>!&*a-zé“…]{0,12}){0,12}") {
            same_as_str_input(&text);
        }
    }
}
