//! The rows of a stance dataset, read with the mapping: each row becomes the fields of one
//! stance of an outlet's article on a proposition, or is refused with the reason.

use std::collections::BTreeMap;

use crate::model::{ExternalId, PartialDate, url_problem};

use super::mapping::{Field, Mapping, MappingError, Target};
use super::outcome::Outcome;

/// A row's place in the file: its number as a spreadsheet shows it (the header is row 1) and
/// the line it starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub row: usize,
    pub line: u64,
}

/// What a usable row says.
#[derive(Debug, Clone)]
pub struct Row {
    pub place: Place,
    /// The topic's title.
    pub topic: String,
    /// The proposition's text: its own column, else the topic's.
    pub proposition: String,
    /// The outlet's name or domain, if the row gives one.
    pub outlet: Option<String>,
    /// The words the claim quotes; the first line of the stored source.
    pub quote: String,
    pub body: Option<String>,
    pub url: Option<String>,
    pub date: PartialDate,
    pub stance: crate::model::Stance,
    pub ids: BTreeMap<String, ExternalId>,
}

/// Each row of the file, in order.
#[derive(Debug, Clone)]
pub enum RowRead {
    Row(Box<Row>),
    /// Skipped or refused as it was read.
    Settled(Outcome),
}

/// The column index of each field present, and of each dataset's ids.
struct Columns {
    fields: BTreeMap<Field, usize>,
    ids: Vec<(String, usize)>,
    width: usize,
}

/// Reads every row of `input` (CSV with a header row, UTF-8, an optional byte-order mark).
pub fn read_rows(input: &[u8], mapping: &Mapping) -> Result<Vec<RowRead>, MappingError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    // The reader skips a byte-order mark and counts its byte offsets from after it.
    let skipped = if input.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let mut lines = Lines {
        input,
        skipped,
        counted: 0,
        line: 1,
    };
    let headers = reader.headers().map_err(|error| MappingError {
        message: format!("cannot read the header row: {}", error.to_string().to_lowercase()),
        help: "the first row must name the columns, as UTF-8 CSV".to_string(),
    })?;
    let headers: Vec<String> = headers
        .iter()
        .enumerate()
        .map(|(i, h)| {
            if i == 0 { h.trim_start_matches('\u{feff}') } else { h }
                .trim()
                .to_string()
        })
        .collect();
    let columns = columns(&headers, mapping)?;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut number = 1;
    loop {
        number += 1;
        // Where the record starts; an unreadable one is placed where the reader stood.
        let before = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = lines.at(record.position().map_or(before, csv::Position::byte));
                rows.push(row(&record, &columns, mapping, Place { row: number, line }));
            }
            Err(error) => match error.kind() {
                csv::ErrorKind::Utf8 { pos, .. } => rows.push(RowRead::Settled(Outcome::Refused {
                    place: Place {
                        row: number,
                        line: lines.at(pos.as_ref().map_or(before, csv::Position::byte)),
                    },
                    reason: "the row is not UTF-8 text".to_string(),
                })),
                _ => {
                    return Err(MappingError {
                        message: format!("cannot read row {number}: {}", error.to_string().to_lowercase()),
                        help: "check that the file is CSV text and readable".to_string(),
                    });
                }
            },
        }
    }
    Ok(rows)
}

/// Line numbers of byte offsets that only grow, counted in one pass over the input.
struct Lines<'a> {
    input: &'a [u8],
    skipped: usize,
    counted: usize,
    line: u64,
}

impl Lines<'_> {
    fn at(&mut self, byte: u64) -> u64 {
        let byte = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .saturating_add(self.skipped)
            .min(self.input.len());
        if byte > self.counted {
            self.line += memchr::memchr_iter(b'\n', &self.input[self.counted..byte]).count() as u64;
            self.counted = byte;
        }
        self.line
    }
}

fn columns(headers: &[String], mapping: &Mapping) -> Result<Columns, MappingError> {
    let find = |name: &str| headers.iter().position(|h| h == name);
    let listing = || {
        let quoted: Vec<String> = headers.iter().map(|h| format!("`{h}`")).collect();
        quoted.join(", ")
    };
    let missing = |name: &str, why: &str| {
        let close = crate::suggest::did_you_mean(name, headers.iter().map(String::as_str));
        MappingError {
            message: format!("the file has no column `{name}` {why}"),
            help: match close {
                Some(close) => format!("did you mean `{close}`? the columns are {}", listing()),
                None => format!(
                    "name the column with `--column FIELD=COLUMN`; the columns are {}",
                    listing()
                ),
            },
        }
    };
    let mut fields = BTreeMap::new();
    for field in Field::ALL {
        let name = mapping.column(field);
        match find(name) {
            Some(index) => {
                fields.insert(field, index);
            }
            None if mapping.is_mapped(field) => {
                return Err(missing(name, &format!("(mapped to `{}`)", field.name())));
            }
            None => {}
        }
    }
    for field in [Field::Topic, Field::Quote, Field::Stance] {
        if !fields.contains_key(&field) {
            return Err(missing(
                mapping.column(field),
                &format!("for the `{}` of each row", field.name()),
            ));
        }
    }
    if !fields.contains_key(&Field::Outlet) && !fields.contains_key(&Field::Url) {
        return Err(missing(
            mapping.column(Field::Outlet),
            "and no `url` column to tell the outlet by",
        ));
    }
    let mut ids = Vec::new();
    for (dataset, column) in &mapping.ids {
        let index = find(column).ok_or_else(|| missing(column, &format!("for the `{dataset}` ids")))?;
        ids.push((dataset.clone(), index));
    }
    Ok(Columns {
        fields,
        ids,
        width: headers.len(),
    })
}

fn row(record: &csv::StringRecord, columns: &Columns, mapping: &Mapping, place: Place) -> RowRead {
    let refused = |reason: String| RowRead::Settled(Outcome::Refused { place, reason });
    if record.len() != columns.width {
        return refused(format!(
            "the row has {} cells, the header {}",
            record.len(),
            columns.width
        ));
    }
    let cell = |field: Field| -> Option<&str> {
        let index = *columns.fields.get(&field)?;
        record.get(index).map(str::trim).filter(|value| !value.is_empty())
    };
    let empty = |field: Field| format!("no {}: the `{}` cell is empty", field.name(), mapping.column(field));
    let Some(label) = cell(Field::Stance) else {
        return refused(empty(Field::Stance));
    };
    let stance = match mapping.stance(label) {
        Some(Target::Stance(stance)) => stance,
        Some(Target::Skip) => {
            return RowRead::Settled(Outcome::Skipped {
                place,
                label: label.to_string(),
            });
        }
        None => {
            return refused(format!(
                "stance `{}` is not in the stance map; add it with `--stance-map {}=supports` (or opposes, neutral, skip)",
                crate::diagnostic::excerpt(label),
                label.to_lowercase()
            ));
        }
    };
    let Some(topic) = cell(Field::Topic) else {
        return refused(empty(Field::Topic));
    };
    let Some(quote) = cell(Field::Quote) else {
        return refused(empty(Field::Quote));
    };
    let url = cell(Field::Url).map(str::to_string);
    if let Some(problem) = url.as_deref().and_then(url_problem) {
        return refused(format!(
            "url `{}` {problem}",
            crate::diagnostic::excerpt(url.as_deref().unwrap_or_default())
        ));
    }
    let outlet = cell(Field::Outlet).map(str::to_string);
    if outlet.is_none() && url.is_none() {
        return refused(format!(
            "no outlet: the `{}` cell is empty and there is no url to tell it by",
            mapping.column(Field::Outlet)
        ));
    }
    let date = match cell(Field::Date).map(date) {
        None => PartialDate::Unknown,
        Some(Some(date)) => date,
        Some(None) => {
            return refused(format!(
                "date `{}` is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or a time from such a day",
                crate::diagnostic::excerpt(cell(Field::Date).unwrap_or_default())
            ));
        }
    };
    let mut ids = BTreeMap::new();
    for (dataset, index) in &columns.ids {
        let Some(value) = record.get(*index).map(str::trim).filter(|v| !v.is_empty()) else {
            continue;
        };
        if value.chars().any(|c| c.is_whitespace() || c == ';') {
            return refused(format!(
                "`{dataset}` id `{}` holds a space or `;`",
                crate::diagnostic::excerpt(value)
            ));
        }
        ids.insert(dataset.clone(), ExternalId(value.to_string()));
    }
    let quote_and_body = quote.len() + cell(Field::Body).map_or(0, str::len);
    if quote_and_body as u64 + 4096 > crate::load::MAX_SOURCE_FILE_BYTES {
        return refused(format!(
            "its text is {quote_and_body} bytes, more than a stored source may hold (16 MiB)"
        ));
    }
    RowRead::Row(Box::new(Row {
        place,
        topic: collapse(topic),
        proposition: cell(Field::Proposition).map_or_else(|| collapse(topic), collapse),
        outlet,
        quote: quote.to_string(),
        body: cell(Field::Body).map(str::to_string),
        url,
        date,
        stance,
        ids,
    }))
}

/// A date as claim files write it, or a day followed by a time (`2014-09-05T10:22:00Z`,
/// `2014-09-05 10:22`), of which the day is kept.
fn date(text: &str) -> Option<PartialDate> {
    if let Ok(date) = PartialDate::parse(text) {
        return Some(date);
    }
    let day = text.get(..10)?;
    let rest = &text[10..];
    (rest.starts_with('T') || rest.starts_with(' '))
        .then(|| PartialDate::parse(day).ok())
        .flatten()
        .filter(|d| d.point().is_some())
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
