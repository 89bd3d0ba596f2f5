//! Why a text is not a usable YAML document, where, and what to do about it.

use std::ops::Range;

use saphyr_parser::ScanError;

/// A text that cannot become a tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub kind: YamlErrorKind,
    /// Bytes of the offending token.
    pub span: Range<usize>,
    /// Lower case, names in backticks.
    pub message: String,
    pub help: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YamlErrorKind {
    /// Not well-formed YAML, or more than one document.
    Syntax,
    /// Well-formed, but past a limit on nesting or alias expansion.
    Limit,
}

impl YamlError {
    pub fn syntax(span: Range<usize>, message: impl Into<String>, help: impl Into<String>) -> YamlError {
        YamlError {
            kind: YamlErrorKind::Syntax,
            span,
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn limit(span: Range<usize>, message: impl Into<String>, help: impl Into<String>) -> YamlError {
        YamlError {
            kind: YamlErrorKind::Limit,
            span,
            message: message.into(),
            help: help.into(),
        }
    }

    /// A scanner or parser error at byte `at`, with help for the mistakes people make.
    pub(super) fn scan(text: &str, at: usize, error: &ScanError) -> YamlError {
        let info = error.info();
        let quoted = info.contains("quoted scalar");
        if quoted && (info.contains("end of stream") || info.contains("invalid indentation")) {
            // saphyr reports an unclosed quote at its opening quote.
            let quote = text[at.min(text.len())..]
                .chars()
                .next()
                .filter(|c| matches!(c, '"' | '\''));
            let quote = quote.unwrap_or('"');
            return YamlError::syntax(
                token_at(text, at),
                "invalid YAML: this quoted value is never closed",
                format!(
                    "end the value with a matching `{quote}` on the same line; a quoted value that runs over several lines needs each further line indented"
                ),
            );
        }
        if info.contains("tab") {
            let span = match text[at.min(text.len())..].find('\t') {
                Some(i) => at + i..at + i + 1,
                None => token_at(text, at),
            };
            return YamlError::syntax(
                span,
                "invalid YAML: a tab where YAML allows only spaces",
                "indent with spaces: YAML does not allow tabs in indentation",
            );
        }
        let help = if info.contains("mapping values are not allowed") {
            "a value that contains `: ` must be quoted, e.g. `name: \"Said: something\"`"
        } else {
            "fix the YAML syntax at this position (check indentation, quoting and `: ` inside values)"
        };
        YamlError::syntax(token_at(text, at), format!("invalid YAML: {info}"), help)
    }
}

/// The range of the token starting at `start`: up to the end of the line, a `:` key separator
/// or the end of a flow item, so the caret underlines the offending word, not one character.
pub(super) fn token_at(text: &str, start: usize) -> Range<usize> {
    let mut start = start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let rest = &text[start..];
    let len = rest
        .char_indices()
        .find(|&(i, c)| {
            c == '\n'
                || c == '\r'
                || c == ','
                || (c == ':' && rest[i + 1..].starts_with([' ', '\n', '\r']))
                || c == '}'
                || c == ']'
        })
        .map_or(rest.len(), |(i, _)| i);
    // A quoted value underlines to its line's end: its own `,` or `:` do not end it.
    let len = if rest.starts_with(['"', '\'']) {
        rest.find(['\n', '\r']).unwrap_or(rest.len())
    } else {
        len
    };
    start..start + rest[..len].trim_end().len()
}
