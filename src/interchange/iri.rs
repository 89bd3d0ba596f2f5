//! Paths as IRI references, for the formats that link to stored sources.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// What a path segment may not hold as is (RFC 3986 `pchar`), `/` aside: it separates them.
const NOT_IN_PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A relative path (`seeds/my article.txt`) as a relative IRI reference
/// (`seeds/my%20article.txt`); non-ASCII characters are percent-encoded as UTF-8 too.
pub fn path_reference(path: &str) -> Cow<'_, str> {
    utf8_percent_encode(path, NOT_IN_PATH).into()
}

#[cfg(test)]
mod tests {
    use super::path_reference;

    #[test]
    fn plain_paths_are_kept_and_others_encoded() {
        assert_eq!(path_reference("seeds/tass-2019.txt"), "seeds/tass-2019.txt");
        assert_eq!(
            path_reference("seeds/my article #2.txt"),
            "seeds/my%20article%20%232.txt"
        );
        assert_eq!(path_reference("seeds/café.txt"), "seeds/caf%C3%A9.txt");
    }
}
