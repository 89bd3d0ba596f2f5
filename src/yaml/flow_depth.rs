//! A linear guard against deeply nested flow collections (`[[[[...`), run before parsing.
//! saphyr-parser reads a whole flow collection ahead (it may turn out to be a mapping key) and
//! revisits every open level on each token, so a few megabytes of brackets would take time
//! proportional to their depth times their length. Claim files never need more than a few
//! levels; past the limit the file is refused without being parsed.

/// The byte offset of the first `[` or `{` that opens a flow collection deeper than `limit`.
///
/// A small scanner, not a parser: it skips comments and quoted scalars, and counts a bracket
/// only where YAML would start or end a flow collection (after whitespace, a line start, `-`,
/// `:`, `,` or another bracket). Brackets inside plain text (`a[1]`) are not counted.
pub fn too_deep(text: &str, limit: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // Each level opens with a bracket: a file with few brackets, like any claim file, cannot be
    // too deep, and counting them is a fast vectorized scan.
    memchr::memchr2_iter(b'[', b'{', bytes).nth(limit)?;
    let mut depth = 0usize;
    let mut i = 0;
    let mut previous = b'\n';
    while i < bytes.len() {
        let byte = bytes[i];
        let starts_token = matches!(
            previous,
            b' ' | b'\t' | b'\n' | b'\r' | b'-' | b':' | b',' | b'[' | b'{' | b'?'
        );
        match byte {
            b'#' if matches!(previous, b' ' | b'\t' | b'\n' | b'\r') => {
                i = memchr_newline(bytes, i);
                continue;
            }
            b'"' | b'\'' if starts_token => {
                i = end_of_quoted(bytes, i);
                previous = byte;
                continue;
            }
            b'[' | b'{' if starts_token => {
                depth += 1;
                if depth > limit {
                    return Some(i);
                }
            }
            b']' | b'}' if depth > 0 => depth -= 1,
            // A bracket inside plain text is text: the next one is not a token start either.
            b'[' | b'{' => {
                previous = b'a';
                i += 1;
                continue;
            }
            _ => {}
        }
        previous = byte;
        i += 1;
    }
    None
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    bytes[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| from + p)
}

/// The index just past the closing quote of the quoted scalar opening at `start`. Double
/// quotes take backslash escapes; single quotes escape themselves by doubling (`''`).
fn end_of_quoted(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b if b == quote => {
                if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::too_deep;

    #[test]
    fn finds_the_first_bracket_past_the_limit() {
        assert_eq!(too_deep("a: [[[x]]]", 3), None);
        assert_eq!(too_deep("a: [[[[x]]]]", 3), Some(6));
    }

    #[test]
    fn ignores_brackets_in_quotes_comments_and_plain_text() {
        let text = "a: \"[[[[\" # [[[[\nb: '[[''[['\nc: x[[[[\nd: [\"]]]]\", [[[y]]]]\n";
        assert_eq!(too_deep(text, 4), None);
        assert_eq!(too_deep(text, 3), Some(text.rfind("[y").unwrap_or_default()));
    }

    #[test]
    fn quoted_closing_brackets_cannot_hide_depth() {
        let text = format!("a: {}", "[\"]\", ".repeat(100));
        assert_eq!(too_deep(&text, 64), Some(3 + 64 * 6));
    }
}
