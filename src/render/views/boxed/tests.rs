//! The tables are drawn exactly as comfy-table draws them, which these tests compare.

use comfy_table::presets::UTF8_FULL;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width};
use proptest::prelude::*;

use super::BoxTable;

fn drawn(table: &BoxTable, width: usize) -> String {
    let mut out = String::new();
    table.draw(width, &mut out);
    out
}

/// A table whose cells are each one string.
fn of_text<'a>(header: Vec<&'a str>, rows: Vec<Vec<&'a str>>, caps: Vec<Option<u16>>) -> BoxTable<'a> {
    let cells = |row: Vec<&'a str>| row.into_iter().map(|cell| vec![cell]).collect();
    BoxTable {
        header: cells(header),
        rows: rows.into_iter().map(cells).collect(),
        caps,
    }
}

fn by_comfy_table(table: &BoxTable, width: usize) -> String {
    let text = |row: &Vec<Vec<&str>>| row.iter().map(|lines| lines.join("\n")).collect::<Vec<_>>();
    let mut comfy = Table::new();
    comfy
        .load_style(UTF8_FULL)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header(text(&table.header));
    for row in &table.rows {
        comfy.add_row(text(row));
    }
    for (column, cap) in comfy.column_iter_mut().zip(&table.caps) {
        if let Some(cap) = cap {
            column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(*cap)));
        }
    }
    comfy.to_string()
}

#[test]
fn a_small_table() {
    let table = of_text(
        vec!["Outlet", "Claims"],
        vec![vec!["Press TV", "said: US forces will leave"], vec!["TASS", ""]],
        vec![Some(16), None],
    );
    let expected = "\
┌──────────┬────────────────────────────┐
│ Outlet   ┆ Claims                     │
╞══════════╪════════════════════════════╡
│ Press TV ┆ said: US forces will leave │
├╌╌╌╌╌╌╌╌╌╌┼╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌╌┤
│ TASS     ┆                            │
└──────────┴────────────────────────────┘";
    assert_eq!(drawn(&table, 100), expected);
    assert_eq!(by_comfy_table(&table, 100), expected);
}

#[test]
fn text_wraps_to_the_width_and_labels_to_their_cap() {
    let table = of_text(
        vec!["Speaker", "Northern Herald", "Agence Meridien"],
        vec![vec![
            "Jürgen O’Brien, State Department spokesman",
            "claimed: the reconstruction of Latakia would cost at least 54 million dollars\n\n▲ supports",
            "中文中文中文中文中文 and an unbreakablewordthatiswiderthananycolumn",
        ]],
        vec![Some(16), None, None],
    );
    for width in [20, 40, 60, 100, 160] {
        assert_eq!(drawn(&table, width), by_comfy_table(&table, width), "at {width}");
    }
}

/// Words of every kind a cell meets: ASCII, accents, curly quotes, wide characters, combining
/// marks, emoji, runs of spaces and words longer than any column.
fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z]{1,9}",
        "[A-Za-z’é▲]{1,6}",
        "[中文]{1,4}",
        Just("e\u{301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just(String::new()),
        "[a-z]{15,40}",
        // Anything at all: other scripts, controls, tabs, carriage returns.
        ".{1,12}",
        "[\\x00-\\x1f\\x7f\\r\\t a]{1,6}",
    ]
}

fn cell() -> impl Strategy<Value = String> {
    prop::collection::vec((word(), prop_oneof![Just(" "), Just(" "), Just("\n")]), 0..12).prop_map(|words| {
        words
            .into_iter()
            .map(|(word, sep)| word + sep)
            .collect::<String>()
            .trim_end()
            .to_string()
    })
}

fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>, Vec<Option<u16>>)> {
    (1usize..6).prop_flat_map(|columns| {
        (
            prop::collection::vec(cell(), columns),
            prop::collection::vec(prop::collection::vec(cell(), columns), 0..5),
            prop::collection::vec(prop::option::of(3u16..40), columns),
        )
    })
}

#[test]
fn rows_of_other_lengths_are_padded_or_add_columns() {
    let table = of_text(
        vec!["Outlet", "Claims"],
        vec![vec!["Press TV"], vec!["TASS", "said", "extra"]],
        vec![],
    );
    for width in [12, 40, 100] {
        assert_eq!(drawn(&table, width), by_comfy_table(&table, width), "at {width}");
    }
}

proptest! {
    #[test]
    fn draws_what_comfy_table_draws((header, rows, caps) in table(), width in 1usize..200) {
        let table = of_text(
            header.iter().map(String::as_str).collect(),
            rows.iter().map(|row| row.iter().map(String::as_str).collect()).collect(),
            caps,
        );
        prop_assert_eq!(drawn(&table, width), by_comfy_table(&table, width));
    }
}
