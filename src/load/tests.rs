//! The decoder against the JSON Schema it must match, and what it makes of typical mistakes.

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use super::{FileResult, SECTIONS, load_text};
use crate::diagnostic::{Code, Diagnostic, Target};
use crate::model::{
    Article, Attribution, Certainty, Claim, Corpus, Dated, Evidence, EvidenceKind, ItemPath, Mode, Outlet, Ownership,
    PartialDate, Placement, Proposition, Speaker, Stance, StanceOn, Topic, Verdict, claim_file_schema,
};
use crate::yaml::decode::{Decoder, Keyword, Record};

fn schema() -> Value {
    serde_json::from_str(&claim_file_schema()).unwrap()
}

fn names(values: &[Value]) -> BTreeSet<String> {
    values.iter().filter_map(|v| v.as_str().map(str::to_string)).collect()
}

fn properties(schema: &Value) -> BTreeSet<String> {
    schema["properties"].as_object().unwrap().keys().cloned().collect()
}

/// Every record: its name in the schema's `$defs`, and its fields as the decoder reads them.
fn records() -> Vec<(&'static str, &'static [&'static str])> {
    vec![
        ("Outlet", Outlet::FIELDS),
        ("Speaker", Speaker::FIELDS),
        ("Topic", Topic::FIELDS),
        ("Proposition", Proposition::FIELDS),
        ("Article", Article::FIELDS),
        ("Dated", Dated::FIELDS),
        ("Evidence", Evidence::FIELDS),
        ("Claim", Claim::FIELDS),
        ("StanceOn", StanceOn::FIELDS),
        ("Verdict", Verdict::FIELDS),
    ]
}

#[test]
fn the_decoder_reads_exactly_the_fields_of_the_json_schema() {
    let schema = schema();
    let defs = schema["$defs"].as_object().unwrap();
    let object_defs: BTreeSet<&str> = defs
        .iter()
        .filter(|(_, def)| def["type"] == "object")
        .map(|(name, _)| name.as_str())
        .collect();
    let decoded: BTreeSet<&str> = records().iter().map(|(name, _)| *name).collect();
    assert_eq!(decoded, object_defs, "every object type of the schema has a record");
    for (name, fields) in records() {
        let fields: BTreeSet<String> = fields.iter().map(|f| f.to_string()).collect();
        assert_eq!(fields, properties(&defs[name]), "{name}");
    }
    let sections: BTreeSet<String> = SECTIONS.iter().map(|s| s.to_string()).collect();
    assert_eq!(sections, properties(&schema));
}

/// The fields a record reports missing when decoded from an empty mapping.
fn required<T: Record>() -> BTreeSet<String> {
    let doc = crate::yaml::parse("{}").unwrap();
    let mut d = Decoder::new(&doc);
    assert!(d.record::<T>(doc.root().unwrap()).is_none() || T::NAME == "nothing");
    let (problems, _, _) = d.finish();
    problems
        .iter()
        .filter_map(|p| p.message.split("missing the field `").nth(1))
        .map(|rest| rest.trim_end_matches('`').to_string())
        .collect()
}

#[test]
fn the_decoder_requires_exactly_what_the_json_schema_requires() {
    let schema = schema();
    let required_by_schema = |name: &str| names(schema["$defs"][name]["required"].as_array().unwrap());
    assert_eq!(required::<Outlet>(), required_by_schema("Outlet"));
    assert_eq!(required::<Speaker>(), required_by_schema("Speaker"));
    assert_eq!(required::<Topic>(), required_by_schema("Topic"));
    assert_eq!(required::<Proposition>(), required_by_schema("Proposition"));
    assert_eq!(required::<Article>(), required_by_schema("Article"));
    assert_eq!(required::<Dated>(), required_by_schema("Dated"));
    assert_eq!(required::<Claim>(), required_by_schema("Claim"));
    assert_eq!(required::<StanceOn>(), required_by_schema("StanceOn"));
    assert_eq!(required::<Verdict>(), required_by_schema("Verdict"));
}

#[test]
fn keywords_are_the_json_schema_constants() {
    let schema = schema();
    let constants = |name: &str| -> Vec<String> {
        schema["$defs"][name]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["const"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(Mode::names(), constants("Mode"));
    assert_eq!(Stance::names(), constants("Stance"));
    assert_eq!(Ownership::names(), constants("Ownership"));
    assert_eq!(Certainty::names(), constants("Certainty"));
    assert_eq!(Placement::names(), constants("Placement"));
    assert_eq!(Attribution::names(), constants("Attribution"));
    assert_eq!(EvidenceKind::names(), constants("EvidenceKind"));
}

#[test]
fn said_on_is_a_date_or_a_date_with_its_evidence() {
    let text = format!(
        "claims:\n  - id: c1\n    said_on: \"2021-07\"\n    {CLAIM}  - id: c2\n    said_on:\n      date: \"2021-07-08\"\n      evidence:\n        - kind: outlet\n          shows: TASS dates the press conference July 8\n          url: https://tass.com/x\n      note: n\n    {CLAIM}  - id: c3\n    said_on:\n      evidence: []\n    {CLAIM}  - id: c4\n    said_on:\n      date: \"2021\"\n      evidence:\n        - kind: rumour\n          shows: s\n    {CLAIM}"
    );
    let (found, diagnostics) = load(&text);
    let ids: Vec<&str> = found.claims.iter().map(|c| c.value.id.as_ref()).collect();
    assert_eq!(ids, ["c1", "c2"]);
    assert_eq!(
        found.claims[0].value.said_on,
        Some(Box::new(Dated::bare(PartialDate::Month(2021, 7))))
    );
    let dated = found.claims[1].value.said_on.as_ref().unwrap();
    assert_eq!(dated.date, PartialDate::Day(2021, 7, 8));
    assert_eq!(dated.evidence[0].kind, EvidenceKind::Outlet);
    assert_eq!(dated.evidence[0].url.as_deref(), Some("https://tass.com/x"));
    assert_eq!(
        findings(&text, &diagnostics),
        [
            "22: a date is missing the field `date`",
            "31: unknown evidence kind `rumour`"
        ]
    );
}

fn load(text: &str) -> (Corpus, Vec<Diagnostic>) {
    match load_text(Path::new("claims/x.yaml"), text.to_string()) {
        FileResult::Loaded(_, definitions, diagnostics) => (definitions, diagnostics),
        FileResult::Failed(_, diagnostics) => panic!("{text} failed: {diagnostics:?}"),
    }
}

/// Each finding as `line: message`.
fn findings(text: &str, diagnostics: &[Diagnostic]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| match &d.primary.target {
            Target::Bytes(span) => format!("{}: {}", text[..span.start].matches('\n').count() + 1, d.message),
            _ => d.message.clone(),
        })
        .collect()
}

const CLAIM: &str = "article: a\n    mode: narration\n    quote: q\n    topics: [t]\n";

#[test]
fn plain_scalars_are_typed_as_the_json_schema_types_them() {
    let text = format!(
        "speakers:\n  - id: s\n    name: 123\n  - id: 2021\n    name: n\nclaims:\n  - id: c1\n    verb: true\n    {CLAIM}  - id: c2\n    {}\n  - id: c3\n    {}\n",
        CLAIM.replace("quote: q", "quote: 2011"),
        CLAIM.replace("quote: q", "quote: ~"),
    );
    let (found, diagnostics) = load(&text);
    assert_eq!(
        findings(&text, &diagnostics),
        [
            "3: `name` must be a string, not the integer `123`",
            "4: `id` must be a string, not the integer `2021`",
            "8: `verb` must be a string, not the boolean `true`",
            "16: `quote` must be a string, not the integer `2011`",
            "22: `quote` must be a string, not null (`~`)",
        ]
    );
    assert!(diagnostics.iter().all(|d| d.code == Code::SchemaViolation));
    assert!(found.speakers.is_empty() && found.claims.is_empty());
    // Quoted, they are text; a plain year is a date.
    let text = format!(
        "speakers:\n  - id: \"2021\"\n    name: \"123\"\nclaims:\n  - id: c\n    said_on: 2021\n    verb: \"true\"\n    {CLAIM}"
    );
    let (found, diagnostics) = load(&text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(found.speakers[0].value.name, "123");
    assert_eq!(
        found.claims[0].value.said_on_date().map(|d| d.to_string()).as_deref(),
        Some("2021")
    );
}

#[test]
fn every_mistake_in_a_file_is_reported_and_the_rest_loads() {
    let text = "speakers:\n  - id: a\n    name: A\n    rol: x\n  - id: b\n    name: B\nclaims:\n  - id: c\n    article: a\n    mode: narration\n    quote: q\n    topics: [t]\n    stances:\n      - proposition: p\n        stance: support\n  - id: d\n    article: a\n    mode: paraphrse\n    topics: t\n";
    let (found, diagnostics) = load(text);
    assert_eq!(
        findings(text, &diagnostics),
        [
            "4: unknown field `rol` in speaker `a`",
            "15: unknown stance `support`",
            "16: claim `d` is missing the field `quote`",
            "18: unknown mode `paraphrse`",
            "19: `topics` must be a list, not the text `t`",
        ]
    );
    let helps: Vec<&str> = diagnostics.iter().filter_map(|d| d.help.as_deref()).collect();
    assert!(helps[0].starts_with("did you mean `role`?"), "{helps:?}");
    assert!(helps[1].starts_with("did you mean `supports`?"), "{helps:?}");
    assert!(helps[3].starts_with("did you mean `paraphrase`?"), "{helps:?}");
    let kept: Vec<&str> = found.speakers.iter().map(|s| s.value.id.as_str()).collect();
    assert_eq!(kept, ["b"]);
    assert_eq!(found.speakers[0].path, ItemPath::Top("speakers", 1));
    let dropped: Vec<(&str, &str)> = found.dropped.iter().map(|d| (d.kind, d.id.as_str())).collect();
    assert_eq!(dropped, [("speaker", "a"), ("claim", "c"), ("claim", "d")]);
}

#[test]
fn a_proposition_with_an_error_leaves_its_topic_and_siblings_loaded() {
    let text = "topics:\n  - id: t\n    title: T\n    propositions:\n      - id: p1\n        txt: x\n      - id: p2\n        text: y\n";
    let (found, diagnostics) = load(text);
    assert_eq!(
        findings(text, &diagnostics),
        [
            "5: proposition `p1` is missing the field `text`",
            "6: unknown field `txt` in proposition `p1`"
        ]
    );
    assert_eq!(found.topics.len(), 1);
    let propositions: Vec<(ItemPath, &str)> = found
        .propositions
        .iter()
        .map(|p| (p.path, p.value.proposition.id.as_str()))
        .collect();
    assert_eq!(propositions, [(ItemPath::Proposition { topic: 0, index: 1 }, "p2")]);
    assert_eq!(found.topics[0].value.propositions.len(), 1);
}

#[test]
fn a_topic_with_an_error_drops_its_propositions_as_well() {
    let text = "topics:\n  - id: t\n    titel: T\n    propositions:\n      - id: p1\n        text: x\n";
    let (found, _) = load(text);
    assert!(found.topics.is_empty() && found.propositions.is_empty());
    let dropped: Vec<(&str, &str, usize)> = found
        .dropped
        .iter()
        .map(|d| (d.kind, d.id.as_str(), d.cause.start))
        .collect();
    // The first problem in the text: `title` is missing, reported at the topic's first key.
    let cause = text.find("id: t").unwrap();
    assert_eq!(dropped, [("topic", "t", cause), ("proposition", "p1", cause)]);
}

#[test]
fn duplicate_keys_and_sections_are_reported_at_the_second() {
    let text = "speakers:\n  - id: a\n    name: A\n    name: B\nspeakers: []\n";
    let (_, diagnostics) = load(text);
    assert_eq!(
        findings(text, &diagnostics),
        [
            "4: field `name` is written twice in this speaker",
            "5: section `speakers` is written twice in this claim file",
        ]
    );
    let related = &diagnostics[0].related[0];
    assert_eq!(related.label, "first defined here");
    assert_eq!(
        related.location.target,
        Target::Bytes(text.find("name: A").unwrap()..text.find(": A").unwrap())
    );
}

#[test]
fn tags_are_refused_at_the_tag() {
    let text = "claims:\n  - !claim\n    id: c\n";
    let (_, diagnostics) = load(text);
    assert_eq!(
        findings(text, &diagnostics),
        ["2: YAML tag `!claim` is not part of the claim-file format"]
    );
    let tag = text.find("!claim").unwrap();
    assert_eq!(diagnostics[0].primary.target, Target::Bytes(tag..tag + "!claim".len()));
}

#[test]
fn aliases_within_limits_load_as_copies() {
    let text = format!(
        "claims:\n  - id: c1\n    topics: &t [x, y]\n    {}  - id: c2\n    topics: *t\n    {}",
        CLAIM.replace("    topics: [t]\n", ""),
        CLAIM.replace("    topics: [t]\n", "")
    );
    let (found, diagnostics) = load(&text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert_eq!(found.claims[1].value.topics, ["x", "y"]);
}

#[test]
fn long_values_are_cut_in_messages() {
    let text = format!("speakers:\n  - id: s\n    name: {}\n", "9".repeat(1_000_000));
    let (_, diagnostics) = load(&text);
    assert_eq!(diagnostics.len(), 1);
    assert!(diagnostics[0].message.len() < 200, "{}", diagnostics[0].message.len());
    assert!(diagnostics[0].message.ends_with("…`"), "{}", diagnostics[0].message);
}

#[test]
fn external_ids_and_ratings_keep_plain_numbers_and_booleans_as_written() {
    let text = "topics:\n  - id: t\n    title: T\n    propositions:\n      - id: p\n        text: P.\n        verdict:\n          rating: False\n          by: Snopes\narticles:\n  - id: a\n    outlet: o\n    title: A\n    source: s.txt\n    sha256: x\n    published:\n      date: on or before 2014-09-05\n    ids:\n      emergent: 123\n      fnc-1: b7\n";
    let (found, diagnostics) = load(text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let article = &found.articles[0].value;
    let ids: Vec<(&str, &str)> = article.ids.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(ids, [("emergent", "123"), ("fnc-1", "b7")]);
    assert_eq!(article.published.date.to_string(), "on or before 2014-09-05");
    let verdict = found.propositions[0]
        .value
        .proposition
        .verdict
        .as_ref()
        .map(|v| v.rating.as_str());
    assert_eq!(verdict, Some("False"));
}

#[test]
fn external_ids_and_ratings_refuse_what_is_neither_text_nor_their_plain_kind() {
    let text = "topics:\n  - id: t\n    title: T\n    propositions:\n      - id: p\n        text: P.\n        verdict:\n          rating: 3\n          by: Snopes\narticles:\n  - id: a\n    outlet: o\n    title: A\n    source: s.txt\n    sha256: x\n    published:\n      date: between 2015 and 2014\n    ids:\n      emergent: [1]\n      emergent: 2\n  - id: b\n    outlet: o\n    title: B\n    source: s.txt\n    sha256: y\n    published:\n      date: unknown\n    ids: [emergent]\n";
    let (found, diagnostics) = load(text);
    assert_eq!(
        findings(text, &diagnostics),
        [
            "8: `rating` must be a rating: text, `true` or `false`, not the integer `3`",
            "17: invalid date `between 2015 and 2014`",
            "19: `ids` must be an id: text or a whole number, not a list",
            "20: `emergent` is written twice in `ids`",
            "28: `ids` must be a mapping, not a list",
        ]
    );
    assert!(found.articles.is_empty() && found.propositions.is_empty());
    assert!(
        diagnostics[1]
            .help
            .as_deref()
            .is_some_and(|h| h.starts_with("write the earlier bound first"))
    );
}

#[test]
fn files_join_the_corpus_in_their_order_across_batches() {
    // More than two batches, so that joining one batch overlaps parsing the next.
    let count = 2 * super::FILES_PER_BATCH + 37;
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<std::path::PathBuf> = (0..count)
        .map(|n| {
            let path = dir.path().join(format!("{n:04}.yaml"));
            // Every seventh file is broken: it fails alone, in its place.
            let text = if n % 7 == 3 {
                "outlets: [\n".to_string()
            } else {
                format!("outlets:\n  - {{id: outlet-{n}, name: Outlet {n}, country: GB, ownership: private}}\n")
            };
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect();
    let loaded = super::load_files(&files, Vec::new(), None, super::Keep::FindingsOnly);
    let corpus = &loaded.corpus;
    let loaded_files: Vec<usize> = (0..count).filter(|n| n % 7 != 3).collect();
    let ids: Vec<String> = corpus.outlets.iter().map(|o| o.value.id.clone()).collect();
    let expected: Vec<String> = loaded_files.iter().map(|n| format!("outlet-{n}")).collect();
    assert_eq!(ids, expected);
    let paths: Vec<&Path> = corpus.files.iter().map(|f| f.path.as_path()).collect();
    let expected: Vec<&Path> = loaded_files.iter().map(|&n| files[n].as_path()).collect();
    assert_eq!(paths, expected);
    // Each outlet names the file it came from.
    for outlet in &corpus.outlets {
        let file = corpus.file_path(outlet.file);
        assert!(file.ends_with(format!(
            "{:04}.yaml",
            &outlet.value.id["outlet-".len()..].parse::<usize>().unwrap()
        )));
    }
    let failed: Vec<&Path> = loaded.diagnostics.iter().map(|d| d.primary.file.as_path()).collect();
    let expected: Vec<&Path> = (0..count).filter(|n| n % 7 == 3).map(|n| files[n].as_path()).collect();
    assert_eq!(failed, expected);
}
