//! `export --format jsonl`: the rows of [`super::rows`] as JSON Lines, one object per line;
//! absent values are `null` and `topics` is an array.

use super::Input;
use super::rows::rows;

pub fn jsonl(input: &Input<'_>) -> String {
    let mut out = String::new();
    for row in rows(input) {
        // A row holds only strings, so it always serializes.
        if let Ok(line) = serde_json::to_string(&row) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}
