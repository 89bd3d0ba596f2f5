//! The table of characters that fold in quote matching (docs/format.md) lists exactly the
//! characters the matcher folds, each to what it says.

use std::collections::BTreeMap;
use std::fs;

use crossclaim::anchor::folded;

/// Code points named in a table cell: `U+XXXX`, lists of them and `U+XXXX–U+YYYY` ranges.
fn code_points(cell: &str) -> Vec<u32> {
    let hex = |s: &str| u32::from_str_radix(s.trim().trim_start_matches("U+"), 16).ok();
    let mut out = Vec::new();
    for part in cell.split(',') {
        match part.split_once('–') {
            Some((from, to)) => out.extend(hex(from).into_iter().flat_map(|f| f..=hex(to).unwrap_or(f))),
            None => out.extend(hex(part)),
        }
    }
    out
}

#[test]
fn the_documented_list_of_folded_characters_is_the_code_s() {
    let format = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md")).unwrap_or_default();
    let section = format
        .split("#### Characters that fold")
        .nth(1)
        .and_then(|rest| rest.split("\n#").next())
        .unwrap_or_default();
    let mut documented = BTreeMap::new();
    for row in section.lines().filter(|l| l.starts_with("| U+")) {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        let read_as = match cells.last().copied() {
            Some("space") => " ",
            Some(other) => other.trim_matches('`'),
            None => "",
        };
        for c in code_points(cells[0]) {
            documented.insert(c, read_as.to_string());
        }
    }
    let code: BTreeMap<u32, String> = (0..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter_map(|c| folded(c).map(|to| (u32::from(c), to.to_string())))
        .collect();
    assert!(code.len() > 20, "the matcher folds {} characters", code.len());
    assert_eq!(documented, code);
}
