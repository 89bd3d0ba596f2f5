//! Box-drawn tables against comfy-table, whose layout they keep: any cells, any caps, any
//! width must draw byte for byte the same.
//!
//! The input's first byte is the width, its second the number of columns (1 to 6) and its
//! third which columns are capped; the rest is the cells' text, separated by U+001F, the
//! header's first. Each capped column's cap is its index's share of the width.

#![no_main]

use comfy_table::presets::UTF8_FULL;
use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width};
use crossclaim::render::views::boxed::BoxTable;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let [width, columns, capped, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let width = usize::from(*width).max(1);
    let columns = usize::from(columns % 6) + 1;
    let caps: Vec<Option<u16>> = (0..columns)
        .map(|c| (capped >> c & 1 == 1).then(|| u16::try_from(width / (c + 2)).unwrap_or(u16::MAX)))
        .collect();
    let cells: Vec<&str> = text.split('\u{1f}').collect();
    let header: Vec<&str> = cells.iter().take(columns).copied().collect();
    let rows: Vec<Vec<&str>> = cells
        .get(columns..)
        .unwrap_or_default()
        .chunks(columns)
        .map(<[&str]>::to_vec)
        .collect();

    let table = BoxTable {
        header: header.iter().map(|cell| vec![*cell]).collect(),
        rows: rows
            .iter()
            .map(|row| row.iter().map(|cell| vec![*cell]).collect())
            .collect(),
        caps: caps.clone(),
    };
    let mut ours = String::new();
    table.draw(width, &mut ours);

    let mut comfy = Table::new();
    comfy
        .load_style(UTF8_FULL)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(u16::try_from(width).unwrap_or(u16::MAX))
        .set_header(header);
    for row in rows {
        comfy.add_row(row);
    }
    for (column, cap) in comfy.column_iter_mut().zip(&caps) {
        if let Some(cap) = cap {
            column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(*cap)));
        }
    }
    assert_eq!(ours, comfy.to_string(), "width {width}, caps {caps:?}, cells {cells:?}");
});
