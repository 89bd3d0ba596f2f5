use std::borrow::Cow;

/// Messages quote at most this many characters of a value, so a 10 MB scalar still gives a
/// one-line message.
pub const EXCERPT_CHARS: usize = 60;

/// A value as a message quotes it: its first [`EXCERPT_CHARS`] characters with line breaks and
/// other control characters escaped, and `…` when it was cut.
pub fn excerpt(value: &str) -> Cow<'_, str> {
    let short = value.len() <= EXCERPT_CHARS;
    if short && !value.chars().any(char::is_control) {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(EXCERPT_CHARS + 8);
    let mut chars = value.chars();
    for c in chars.by_ref().take(EXCERPT_CHARS) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if chars.next().is_some() {
        out.push('…');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{EXCERPT_CHARS, excerpt};

    #[test]
    fn keeps_short_values_and_cuts_long_ones() {
        assert_eq!(excerpt("us-withdrawal"), "us-withdrawal");
        assert_eq!(excerpt("two\nlines\t"), "two\\nlines\\t");
        let long = "é".repeat(10_000);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with("é…"));
        assert_eq!(excerpt(&"x".repeat(EXCERPT_CHARS)), "x".repeat(EXCERPT_CHARS));
    }
}
