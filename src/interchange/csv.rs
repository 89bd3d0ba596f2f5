//! `export --format csv`: the rows of [`super::rows`] with a header, for spreadsheets, pandas
//! and R.
//!
//! A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a
//! spreadsheet, so a quote such as "-- the minister said" or "=HYPERLINK(...)" could run as one
//! when the file is opened (CSV injection). Such a cell gets a leading `'`, as OWASP advises;
//! spreadsheets show the text as typed, and a program can strip the `'` when it is followed by
//! one of those characters.

use std::borrow::Cow;

use super::Input;
use super::rows::{COLUMNS, rows};

pub fn csv(input: &Input<'_>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory fails only on a bug in the csv crate; the output is then cut short.
    let _ = writer.write_record(COLUMNS);
    for row in rows(input) {
        for cell in row.cells() {
            let _ = writer.write_field(neutralized(&cell).as_bytes());
        }
        let _ = writer.write_record(None::<&[u8]>);
    }
    writer
        .into_inner()
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .unwrap_or_default()
}

/// The cell, with a leading `'` if a spreadsheet would read it as a formula.
pub fn neutralized(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::neutralized;

    #[test]
    fn formula_starts_get_an_apostrophe_and_nothing_else_changes() {
        for (cell, expected) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1 more", "'+1 more"),
            ("-- as printed", "'-- as printed"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tindented", "'\tindented"),
            ("\rstart", "'\rstart"),
            ("plain = text", "plain = text"),
            ("’quoted", "’quoted"),
            ("", ""),
        ] {
            assert_eq!(neutralized(cell), expected);
        }
    }
}
