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

/// Methods that `TextInput` hands to `StrInput` as they are: all but [`Input::bufmaxlen`],
/// those that read (`&self`) and those that consume (`&mut self`).
macro_rules! forward {
    (reading: $(fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty;)*) => {
        $(
            #[inline]
            fn $name(&self, $($arg: $ty),*) -> $ret {
                self.0.$name($($arg),*)
            }
        )*
    };
    (consuming: $(fn $name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)?;)*) => {
        $(
            #[inline]
            fn $name(&mut self, $($arg: $ty),*) $(-> $ret)? {
                self.0.$name($($arg),*)
            }
        )*
    };
}

impl Input for TextInput<'_> {
    #[inline]
    fn bufmaxlen(&self) -> usize {
        READ_AHEAD
    }

    forward! { reading:
        fn buflen() -> usize;
        fn buf_is_empty() -> bool;
        fn peek() -> char;
        fn peek_nth(n: usize) -> char;
        fn peek_opt() -> Option<char>;
        fn next_char_is(c: char) -> bool;
        fn nth_char_is(n: usize, c: char) -> bool;
        fn next_2_are(c1: char, c2: char) -> bool;
        fn next_3_are(c1: char, c2: char, c3: char) -> bool;
        fn next_is_document_indicator() -> bool;
        fn next_is_document_start() -> bool;
        fn next_is_document_end() -> bool;
        fn next_can_be_plain_scalar(in_flow: bool) -> bool;
        fn next_is_blank_or_break() -> bool;
        fn next_is_blank_or_breakz() -> bool;
        fn next_is_blank() -> bool;
        fn next_is_break() -> bool;
        fn next_is_breakz() -> bool;
        fn next_is_z() -> bool;
        fn next_is_flow() -> bool;
        fn next_is_digit() -> bool;
        fn next_is_alpha() -> bool;
    }

    forward! { consuming:
        fn lookahead(count: usize);
        fn raw_read_ch() -> char;
        fn raw_read_non_breakz_ch() -> Option<char>;
        fn skip();
        fn skip_n(count: usize);
        fn look_ch() -> char;
        fn skip_ws_to_eol(skip_tabs: SkipTabs) -> (usize, Result<SkipTabs, &'static str>);
        fn skip_while_non_breakz() -> usize;
        fn skip_while_blank() -> usize;
        fn fetch_while_is_alpha(out: &mut String) -> usize;
        fn fetch_while_is_yaml_non_space(out: &mut String) -> usize;
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
