//! Text inside XML 1.0 elements and attribute values.

use std::borrow::Cow;
use std::fmt::Write as _;

use super::network::Value;

/// `text` made safe for element content and double-quoted attribute values: markup characters
/// become entities; tab, line feed and carriage return become character references, so an
/// attribute value keeps them (a parser would turn them into spaces); characters XML 1.0 does not
/// allow at all (control characters, U+FFFE, U+FFFF) become U+FFFD.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_care) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => {
                let _ = write!(out, "&#{};", u32::from(c));
            }
            c if allowed(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
    Cow::Owned(out)
}

fn needs_care(c: char) -> bool {
    matches!(c, '&' | '<' | '>' | '"' | '\t' | '\n' | '\r') || !allowed(c)
}

/// XML 1.0's `Char` production, less tab, line feed and carriage return.
fn allowed(c: char) -> bool {
    !(c < ' ' || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// A node or edge value as text.
pub fn value<'a>(value: &'a Value<'_>) -> Cow<'a, str> {
    match value {
        Value::Text(text) => escape(text),
        Value::Owned(text) => escape(text),
        Value::Integer(n) => Cow::Owned(n.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_keeps_line_breaks_and_replaces_forbidden_characters() {
        assert_eq!(escape("plain ‘text’"), "plain ‘text’");
        assert_eq!(escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;");
        assert_eq!(escape("one\ntwo\r\n\tthree"), "one&#10;two&#13;&#10;&#9;three");
        assert_eq!(escape("bell\u{7} and \u{FFFF}"), "bell\u{FFFD} and \u{FFFD}");
    }
}
