//! What the columns of a stance dataset mean: which column holds each field, what its stance
//! labels say, and which columns hold the dataset's own ids. Given by flags, by a mapping file
//! with the same keys, or both (a flag wins over the file).

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::model::{Stance, is_valid_id};

/// The fields a row may hold. Each is read from the column of its own name unless mapped.
pub const FIELDS: [&str; 8] = [
    "topic",
    "proposition",
    "outlet",
    "quote",
    "body",
    "url",
    "date",
    "stance",
];

/// A field of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Topic,
    Proposition,
    Outlet,
    Quote,
    Body,
    Url,
    Date,
    Stance,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Topic,
        Field::Proposition,
        Field::Outlet,
        Field::Quote,
        Field::Body,
        Field::Url,
        Field::Date,
        Field::Stance,
    ];

    pub fn name(self) -> &'static str {
        FIELDS[self as usize]
    }

    fn named(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == name)
    }
}

/// What a stance label becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Stance(Stance),
    /// The row says nothing about the proposition (FNC-1's `unrelated`): not imported.
    Skip,
}

/// Labels of the datasets this is made for, understood without a map: Emergent's `for`,
/// `against` and `observing`, FNC-1's `agree`, `disagree`, `discuss` and `unrelated`, and the
/// stances' own names.
const DEFAULT_LABELS: &[(&str, Target)] = &[
    ("supports", Target::Stance(Stance::Supports)),
    ("opposes", Target::Stance(Stance::Opposes)),
    ("neutral", Target::Stance(Stance::Neutral)),
    ("for", Target::Stance(Stance::Supports)),
    ("against", Target::Stance(Stance::Opposes)),
    ("observing", Target::Stance(Stance::Neutral)),
    ("agree", Target::Stance(Stance::Supports)),
    ("disagree", Target::Stance(Stance::Opposes)),
    ("discuss", Target::Stance(Stance::Neutral)),
    ("unrelated", Target::Skip),
];

/// The mapping in force.
#[derive(Debug, Clone)]
pub struct Mapping {
    /// The column of each field; a field not listed is read from the column of its name.
    pub columns: BTreeMap<Field, String>,
    /// Stance labels, in lower case, to what they become.
    pub stances: BTreeMap<String, Target>,
    /// Dataset name to the column holding its ids.
    pub ids: BTreeMap<String, String>,
}

/// A mapping that cannot be used; nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingError {
    pub message: String,
    pub help: String,
}

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// A mapping file: the flags' keys as TOML tables.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct MappingFile {
    #[serde(default)]
    columns: BTreeMap<String, String>,
    #[serde(default)]
    stance_map: BTreeMap<String, String>,
    #[serde(default)]
    ids: BTreeMap<String, String>,
}

/// The flags as given: `FIELD=COLUMN`, `LABEL=STANCE` (several joined by `,`), `DATASET=COLUMN`.
#[derive(Debug, Clone, Default)]
pub struct MappingFlags {
    pub columns: Vec<String>,
    pub stance_map: Vec<String>,
    pub ids: Vec<String>,
}

impl Mapping {
    /// The mapping file's entries (if any), then the flags', over the defaults.
    pub fn build(file: Option<(&Path, &str)>, flags: &MappingFlags) -> Result<Mapping, MappingError> {
        let mut mapping = Mapping {
            columns: BTreeMap::new(),
            stances: DEFAULT_LABELS.iter().map(|(l, t)| (l.to_string(), *t)).collect(),
            ids: BTreeMap::new(),
        };
        if let Some((path, text)) = file {
            let parsed: MappingFile = toml::from_str(text).map_err(|error| file_error(path, text, &error))?;
            let at = |key: &str| format!("{}: ", path.display()) + key;
            for (field, column) in parsed.columns {
                mapping.set_column(&field, &column, &at("[columns]"))?;
            }
            for (label, stance) in parsed.stance_map {
                mapping.set_stance(&label, &stance, &at("[stance-map]"))?;
            }
            for (dataset, column) in parsed.ids {
                mapping.set_id(&dataset, &column, &at("[ids]"))?;
            }
        }
        for pair in &flags.columns {
            let (field, column) = split(pair, "--column", "FIELD=COLUMN, e.g. `--column quote=headline`")?;
            mapping.set_column(field, column, "--column")?;
        }
        for list in &flags.stance_map {
            for pair in list.split(',').filter(|p| !p.trim().is_empty()) {
                let (label, stance) = split(
                    pair,
                    "--stance-map",
                    "LABEL=STANCE, e.g. `--stance-map for=supports,against=opposes`",
                )?;
                mapping.set_stance(label, stance, "--stance-map")?;
            }
        }
        for pair in &flags.ids {
            let (dataset, column) = split(pair, "--id", "DATASET=COLUMN, e.g. `--id emergent=articleId`")?;
            mapping.set_id(dataset, column, "--id")?;
        }
        Ok(mapping)
    }

    /// The column a field is read from.
    pub fn column(&self, field: Field) -> &str {
        self.columns.get(&field).map_or(field.name(), String::as_str)
    }

    /// Whether the field's column was named by a flag or the mapping file.
    pub fn is_mapped(&self, field: Field) -> bool {
        self.columns.contains_key(&field)
    }

    /// What a stance label becomes: exact first, then ignoring case and surrounding space.
    pub fn stance(&self, label: &str) -> Option<Target> {
        self.stances.get(&label.trim().to_lowercase()).copied()
    }

    fn set_column(&mut self, field: &str, column: &str, given: &str) -> Result<(), MappingError> {
        let Some(known) = Field::named(field.trim()) else {
            let help = match crate::suggest::did_you_mean(field.trim(), FIELDS.iter().copied()) {
                Some(close) => format!(
                    "did you mean `{close}`? the fields are {}",
                    crate::suggest::listing(&FIELDS)
                ),
                None => format!("the fields are {}", crate::suggest::listing(&FIELDS)),
            };
            return Err(MappingError {
                message: format!("{given}: unknown field `{}`", field.trim()),
                help,
            });
        };
        self.columns.insert(known, column.trim().to_string());
        Ok(())
    }
}

impl Mapping {
    fn set_stance(&mut self, label: &str, stance: &str, given: &str) -> Result<(), MappingError> {
        let target = match stance.trim() {
            "supports" => Target::Stance(Stance::Supports),
            "opposes" => Target::Stance(Stance::Opposes),
            "neutral" => Target::Stance(Stance::Neutral),
            "skip" => Target::Skip,
            other => {
                return Err(MappingError {
                    message: format!("{given}: `{}` is not a stance", crate::diagnostic::excerpt(other)),
                    help: "map each label to `supports`, `opposes`, `neutral`, or `skip` for rows not about the proposition"
                        .to_string(),
                });
            }
        };
        self.stances.insert(label.trim().to_lowercase(), target);
        Ok(())
    }

    fn set_id(&mut self, dataset: &str, column: &str, given: &str) -> Result<(), MappingError> {
        let dataset = dataset.trim();
        if !is_valid_id(dataset) {
            return Err(MappingError {
                message: format!(
                    "{given}: dataset name `{}` is not kebab-case",
                    crate::diagnostic::excerpt(dataset)
                ),
                help: "name the dataset in lower-case letters, digits and single hyphens, e.g. `emergent` or `fnc-1`"
                    .to_string(),
            });
        }
        self.ids.insert(dataset.to_string(), column.trim().to_string());
        Ok(())
    }
}

fn split<'a>(pair: &'a str, flag: &str, form: &str) -> Result<(&'a str, &'a str), MappingError> {
    match pair.split_once('=') {
        Some((key, value)) if !key.trim().is_empty() && !value.trim().is_empty() => Ok((key, value)),
        _ => Err(MappingError {
            message: format!("{flag} `{}` is not KEY=VALUE", crate::diagnostic::excerpt(pair)),
            help: format!("write {form}"),
        }),
    }
}

/// A mapping file's TOML error at its line and column.
fn file_error(path: &Path, text: &str, error: &toml::de::Error) -> MappingError {
    let (line, column) = error.span().map_or((1, 1), |span| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, column)
    });
    let message = error.message().trim_end().to_string();
    MappingError {
        message: format!("{}:{line}:{column}: {message}", path.display()),
        help: "a mapping file holds the tables `[columns]` (field = \"column\"), `[stance-map]` (label = \"stance\") and `[ids]` (dataset = \"column\")".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(columns: &[&str], stance_map: &[&str], ids: &[&str]) -> MappingFlags {
        let own = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        MappingFlags {
            columns: own(columns),
            stance_map: own(stance_map),
            ids: own(ids),
        }
    }

    #[test]
    fn flags_override_the_file_and_the_defaults() {
        let file = "[columns]\nquote = \"headline\"\ntopic = \"claim\"\n[stance-map]\nfor = \"opposes\"\n[ids]\nemergent = \"articleId\"\n";
        let mapping = Mapping::build(
            Some((Path::new("map.toml"), file)),
            &flags(&["topic=claim_text"], &["maybe=neutral,unrelated=supports"], &[]),
        );
        let mapping = mapping.map_err(|e| e.message).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(mapping.column(Field::Topic), "claim_text");
        assert_eq!(mapping.column(Field::Quote), "headline");
        assert_eq!(mapping.column(Field::Url), "url");
        assert!(!mapping.is_mapped(Field::Url));
        assert_eq!(mapping.stance(" For "), Some(Target::Stance(Stance::Opposes)));
        assert_eq!(mapping.stance("maybe"), Some(Target::Stance(Stance::Neutral)));
        assert_eq!(mapping.stance("unrelated"), Some(Target::Stance(Stance::Supports)));
        assert_eq!(mapping.stance("observing"), Some(Target::Stance(Stance::Neutral)));
        assert_eq!(mapping.stance("perhaps"), None);
        assert_eq!(mapping.ids.get("emergent").map(String::as_str), Some("articleId"));
    }

    #[test]
    fn mistakes_are_refused_with_where_and_what_to_write() {
        let error = |f: MappingFlags| Mapping::build(None, &f).err().map(|e| e.message).unwrap_or_default();
        assert_eq!(
            error(flags(&["qoute=headline"], &[], &[])),
            "--column: unknown field `qoute`"
        );
        assert_eq!(error(flags(&["quote"], &[], &[])), "--column `quote` is not KEY=VALUE");
        assert_eq!(
            error(flags(&[], &["for=yes"], &[])),
            "--stance-map: `yes` is not a stance"
        );
        assert_eq!(
            error(flags(&[], &[], &["Emergent=id"])),
            "--id: dataset name `Emergent` is not kebab-case"
        );
        let bad = Mapping::build(
            Some((Path::new("map.toml"), "[columns]\nquote = \"a\"\n[colums]\n")),
            &MappingFlags::default(),
        );
        let message = bad.err().map(|e| e.message).unwrap_or_default();
        assert!(message.starts_with("map.toml:3:2: unknown field `colums`"), "{message}");
    }
}
