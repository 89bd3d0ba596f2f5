//! The claim-file format as a JSON Schema (draft 2020-12), generated from the same types serde
//! reads, so the schema editors validate against cannot drift from what `crossclaim check`
//! parses. Values serde reads as plain strings (ids, hashes, country codes) get the patterns
//! `check` enforces through the schema-only types below; the model keeps its `String`s.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use super::{ClaimFile, Dated, PartialDate, Rating};

/// Kebab-case ASCII, as `is_valid_id` accepts.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// A year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with months 01-12 and days 01-31.
macro_rules! point_pattern {
    () => {
        "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
    };
}

/// A point, `unknown`, or bounds: `on or before P`, `on or after P`, `between P and P`.
/// Day-of-month limits per month, leap years and the order of two bounds are left to `check`.
pub const DATE_PATTERN: &str = concat!(
    "^(unknown|",
    point_pattern!(),
    "|on or before ",
    point_pattern!(),
    "|on or after ",
    point_pattern!(),
    "|between ",
    point_pattern!(),
    " and ",
    point_pattern!(),
    ")$"
);

/// The JSON Schema of a claim file: pretty-printed, keys sorted at every level, with a final
/// newline, so the shipped copy can be compared byte for byte.
pub fn claim_file_schema() -> String {
    let schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<ClaimFile>();
    let mut value = schema.to_value();
    with_allowances(&mut value);
    format!("{:#}\n", sorted(value))
}

/// The definitions that may carry `allow:` and `reason:`, by their schema names.
const ALLOWING: [&str; 6] = ["Outlet", "Speaker", "Topic", "Proposition", "Article", "Claim"];

/// `allow:` and `reason:` on every definition. They are read beside the model types (see
/// `Allowance`), so they are added here rather than generated from a field.
fn with_allowances(schema: &mut Value) {
    let allow = serde_json::json!({
        "description": "Rules whose findings are expected in this definition and silenced, by their codes as `crossclaim rules` lists them. Needs `reason`.",
        "type": "array",
        "minItems": 1,
        "items": { "$ref": "#/$defs/RuleCode" }
    });
    let reason = serde_json::json!({
        "description": "Why the findings `allow` names are expected here.",
        "type": "string",
        "minLength": 1,
        "pattern": "\\S"
    });
    let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) else {
        return;
    };
    defs.insert(
        "RuleCode".to_string(),
        serde_json::json!({
            "description": "A rule's code, e.g. `quote-ambiguous`.",
            "type": "string",
            "pattern": ID_PATTERN
        }),
    );
    for name in ALLOWING {
        let Some(def) = defs.get_mut(name).and_then(Value::as_object_mut) else {
            continue;
        };
        if let Some(properties) = def.get_mut("properties").and_then(Value::as_object_mut) {
            properties.insert("allow".to_string(), allow.clone());
            properties.insert("reason".to_string(), reason.clone());
        }
        def.insert(
            "dependentRequired".to_string(),
            serde_json::json!({ "allow": ["reason"], "reason": ["allow"] }),
        );
    }
}

/// Sorts object keys recursively, so the output does not depend on whether some crate in the
/// build turns on serde_json's `preserve_order`.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// Defines a schema-only type for a string that must match a pattern, for fields the model keeps
/// as `String`. Each gets its own entry under `$defs`, so its description shows once.
macro_rules! pattern_string {
    ($(#[$doc:meta])* $name:ident, $pattern:expr, $description:expr) => {
        $(#[$doc])*
        pub struct $name;

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "pattern": $pattern, "description": $description })
            }
        }
    };
}

pattern_string!(
    /// Schema of an id or a reference to one.
    Id,
    ID_PATTERN,
    "An id: lower-case ASCII letters and digits in words joined by single hyphens, e.g. `us-withdrawal`."
);

pattern_string!(
    /// Schema of an article's source hash.
    Sha256,
    "^[0-9a-f]{64}$",
    "Lower-case hex SHA-256 of the source file at curation time, as the first field of `sha256sum` prints it."
);

/// Schema of an outlet's country: one of the assigned ISO 3166-1 alpha-2 codes, or `unknown`.
pub struct CountryCode;

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut codes = super::assigned_countries();
        codes.push(super::UNKNOWN_COUNTRY);
        json_schema!({
            "type": "string",
            "enum": codes,
            "description": "ISO 3166-1 alpha-2 code of the country the outlet is based in, e.g. `IR` or `RU`; `unknown` when it is not established."
        })
    }
}

pattern_string!(
    /// Schema of one of an outlet's web domains.
    Domain,
    DOMAIN_PATTERN,
    "A web domain in lower case, without scheme or path, e.g. `tass.com`."
);

pattern_string!(
    /// Schema of when an article's source was captured.
    CapturedTime,
    CAPTURED_PATTERN,
    "When the stored source was taken: a day `YYYY-MM-DD`, or an RFC 3339 time such as `2014-09-05T10:22:00Z`."
);

/// A lower-case DNS name of at least two labels, each 1-63 letters, digits and inner hyphens.
pub const DOMAIN_PATTERN: &str = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$";

/// A day, or an RFC 3339 date-time with seconds and an offset. Whether the day exists is left to
/// `check`.
pub const CAPTURED_PATTERN: &str = concat!(
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
    "(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9]))?$"
);

/// An external id's text: one word with no `;` (the CSV export joins ids with it).
pub const EXTERNAL_ID_PATTERN: &str = "^[^\\s;]+$";

/// Schema of an article's external ids: dataset names (ids) to ids, inline in each article.
pub struct ExternalIds;

impl JsonSchema for ExternalIds {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "ExternalIds".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "description": "The article's ids in other datasets, by dataset name, e.g. `emergent: 123`.",
            "propertyNames": { "pattern": ID_PATTERN },
            "additionalProperties": {
                "anyOf": [
                    { "type": "string", "pattern": EXTERNAL_ID_PATTERN },
                    { "type": "integer", "description": "An id written as a plain number." }
                ]
            }
        })
    }
}

impl JsonSchema for Rating {
    fn schema_name() -> Cow<'static, str> {
        "Rating".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The rating as its author words it, e.g. `false`, `mostly true`, `unverified`.",
            "anyOf": [
                { "type": "string", "minLength": 1 },
                { "type": "boolean", "description": "A plain `true` or `false`, read as that rating." }
            ]
        })
    }
}

pattern_string!(
    /// Schema of a language.
    LanguageTag,
    LANGUAGE_PATTERN,
    "A BCP 47 language tag: a two- or three-letter ISO 639 code in lower case, then optional subtags, e.g. `en`, `ar`, `ru`, `pt-BR`."
);

/// A BCP 47 language tag as `check` accepts it: the primary language subtag in lower case
/// (ISO 639-1 or -3), then subtags of one to eight letters or digits.
pub const LANGUAGE_PATTERN: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$";

/// Whether `tag` has the shape of a BCP 47 language tag (see [`LANGUAGE_PATTERN`]).
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Schema of `said_on`: a date, or a date with its evidence.
pub struct SaidOn;

impl JsonSchema for SaidOn {
    fn schema_name() -> Cow<'static, str> {
        "SaidOn".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let date = generator.subschema_for::<PartialDate>();
        let dated = generator.subschema_for::<Dated>();
        json_schema!({
            "description": "When the statement was made: a date, or a mapping with the date, its evidence and a note.",
            "anyOf": [date, dated]
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date no more precise than the source gives: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `unknown`; or a date known only by its bounds: `on or before 2014-09-05`, `on or after 2014-09`, `between 2014-09-01 and 2014-09-05`.",
            "anyOf": [
                { "type": "string", "pattern": DATE_PATTERN },
                { "type": "integer", "minimum": 1000, "maximum": 9999, "description": "A year written without quotes." }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_draft_2020_12_with_title_and_description() {
        let schema: Value = serde_json::from_str(&claim_file_schema()).unwrap_or_default();
        assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(schema["title"], "crossclaim claim file");
        assert!(schema["description"].as_str().is_some_and(|d| d.contains("claims/")));
    }

    #[test]
    fn closes_every_object_serde_closes() {
        let schema: Value = serde_json::from_str(&claim_file_schema()).unwrap_or_default();
        assert_eq!(schema["additionalProperties"], false);
        for name in [
            "Outlet",
            "Speaker",
            "Topic",
            "Proposition",
            "Article",
            "Dated",
            "Evidence",
            "Claim",
            "StanceOn",
            "Verdict",
        ] {
            assert_eq!(schema["$defs"][name]["additionalProperties"], false, "{name}");
        }
    }

    #[test]
    fn every_definition_takes_allow_with_a_reason() {
        let schema: Value = serde_json::from_str(&claim_file_schema()).unwrap_or_default();
        for name in ALLOWING {
            let def = &schema["$defs"][name];
            assert_eq!(
                def["properties"]["allow"]["items"]["$ref"], "#/$defs/RuleCode",
                "{name}"
            );
            assert_eq!(def["properties"]["reason"]["type"], "string", "{name}");
            assert_eq!(def["dependentRequired"]["allow"][0], "reason", "{name}");
        }
    }

    #[test]
    fn output_is_stable_and_ends_with_a_newline() {
        let first = claim_file_schema();
        assert_eq!(first, claim_file_schema());
        assert!(first.ends_with("}\n"));
    }
}
