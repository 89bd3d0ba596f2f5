use std::borrow::Cow;

/// Messages quote at most this many characters of a value, so a 10 MB scalar still gives a
/// one-line message.
pub const EXCERPT_CHARS: usize = 60;
/// Passages of a source (a misquote's closest passage) are quoted up to this many characters.
pub const PASSAGE_EXCERPT_CHARS: usize = 200;

/// A value as a message quotes it: its first [`EXCERPT_CHARS`] characters, and `…` when it was
/// cut. Line breaks are left to each output format to escape.
pub fn excerpt(value: &str) -> Cow<'_, str> {
    excerpt_to(value, EXCERPT_CHARS)
}

/// Paths are quoted whole up to the length a file system allows (4096 bytes on Linux), so a
/// real path is never cut and a made-up one stays bounded.
pub fn path_excerpt(value: &str) -> Cow<'_, str> {
    excerpt_to(value, 4096)
}

/// `value` cut to `chars` characters, with `…` when it was cut.
pub fn excerpt_to(value: &str, chars: usize) -> Cow<'_, str> {
    match value.char_indices().nth(chars) {
        None => Cow::Borrowed(value),
        Some((cut, _)) => Cow::Owned(format!("{}…", &value[..cut])),
    }
}

#[cfg(test)]
mod tests {
    use super::{EXCERPT_CHARS, excerpt};

    #[test]
    fn keeps_short_values_and_cuts_long_ones() {
        assert_eq!(excerpt("us-withdrawal"), "us-withdrawal");
        let long = "é".repeat(10_000);
        let cut = excerpt(&long);
        assert_eq!(cut.chars().count(), EXCERPT_CHARS + 1);
        assert!(cut.ends_with("é…"));
        assert_eq!(excerpt(&"x".repeat(EXCERPT_CHARS)), "x".repeat(EXCERPT_CHARS));
    }
}
