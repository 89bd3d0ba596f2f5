//! `crossclaim export` read back: every Web Annotation selector re-anchors in the stored source
//! it names (by quote and by position, in code points), the SQLite database answers SQL with
//! its foreign keys intact and agrees with the annotations, and the XML exports parse and keep
//! every character. Run on the bundled corpus, the awkward fixture and a generated corpus whose
//! texts have curly quotes, no-break spaces, CRLF and repeated passages.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::path::{Path, PathBuf};
use std::process::Command;

use corpus::{CorpusSpec, write_corpus};
use serde_json::Value;

const SYRIA: &str = "tests/cases/fixtures/syria";
const AWKWARD: &str = "tests/cases/fixtures/awkward";

fn export(project: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .arg("export")
        .args(args)
        .current_dir(project)
        .output()
        .expect("run crossclaim");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 export")
}

fn annotations(project: &Path) -> Vec<Value> {
    let document: Value = serde_json::from_str(&export(project, &["--format", "annotations"])).unwrap();
    assert_eq!(document["type"], "AnnotationCollection");
    let items = document["first"]["items"].as_array().unwrap().clone();
    assert_eq!(document["total"].as_u64(), Some(items.len() as u64));
    items
}

/// The stored source as the Web Annotation model counts it: the text of the file, a leading
/// byte-order mark not being part of it, as code points.
fn source_chars(project: &Path, id: &str) -> Vec<char> {
    let relative = percent_encoding::percent_decode_str(id).decode_utf8().unwrap();
    let text = std::fs::read_to_string(project.join(relative.as_ref())).unwrap();
    text.strip_prefix('\u{FEFF}').unwrap_or(&text).chars().collect()
}

fn string(value: &Value) -> Vec<char> {
    value.as_str().unwrap().chars().collect()
}

/// Checks every selector of every annotation against its source; returns the positions by
/// claim id.
fn reanchor(project: &Path) -> Vec<(String, usize, usize)> {
    let mut positions = Vec::new();
    for annotation in annotations(project) {
        let target = &annotation["target"];
        let text = source_chars(project, target["source"]["id"].as_str().unwrap());
        let [quote, position] = target["selector"].as_array().unwrap().as_slice() else {
            panic!("two selectors in {annotation}");
        };
        assert_eq!(quote["type"], "TextQuoteSelector");
        assert_eq!(position["type"], "TextPositionSelector");
        let (exact, prefix, suffix) = (
            string(&quote["exact"]),
            string(&quote["prefix"]),
            string(&quote["suffix"]),
        );
        let start = position["start"].as_u64().unwrap() as usize;
        let end = position["end"].as_u64().unwrap() as usize;
        let id = annotation["id"].as_str().unwrap();

        // By position: the passage is exactly there, with 32 code points of context or up to
        // the ends of the text.
        assert_eq!(text[start..end], exact[..], "{id}: position");
        assert_eq!(prefix.len(), start.min(32), "{id}: prefix length");
        assert_eq!(suffix.len(), (text.len() - end).min(32), "{id}: suffix length");
        assert_eq!(text[start - prefix.len()..start], prefix[..], "{id}: prefix");
        assert_eq!(text[end..end + suffix.len()], suffix[..], "{id}: suffix");

        // By quote alone, as a tool without the positions does: prefix, exact and suffix occur
        // once, where the positions say.
        let needle: Vec<char> = [prefix.clone(), exact, suffix].concat();
        let found: Vec<usize> = text
            .windows(needle.len())
            .enumerate()
            .filter(|(_, window)| *window == needle.as_slice())
            .map(|(at, _)| at)
            .collect();
        assert_eq!(found, vec![start - prefix.len()], "{id}: quote selector");
        positions.push((id.trim_start_matches("annotation/").to_string(), start, end));
    }
    positions
}

#[test]
fn selectors_reanchor_in_the_bundled_sources() {
    assert_eq!(reanchor(Path::new(SYRIA)).len(), 57);
}

#[test]
fn selectors_count_code_points_past_a_byte_order_mark_crlf_and_an_emoji() {
    let positions = reanchor(Path::new(AWKWARD));
    assert_eq!(positions.len(), 6);
    // After "Harbour dispute: “" (18 code points; the byte-order mark is not text).
    assert!(positions.contains(&("gazette-headline-no-plan".to_string(), 18, 40)));
    // The second printing of a repeated passage, selected by `occurrence: 2`, and the first.
    let starts: Vec<usize> = positions
        .iter()
        .filter(|(id, ..)| id.starts_with("board-tolls-stay"))
        .map(|(_, start, _)| *start)
        .collect();
    assert_eq!(starts.len(), 2);
    assert!(starts[0] < starts[1], "{starts:?}");
}

#[test]
fn selectors_reanchor_in_a_generated_corpus() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path(), &CorpusSpec::newsroom(400)).unwrap();
    assert_eq!(reanchor(dir.path()).len(), 400);
}

fn database(project: &Path) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claims.db");
    export(project, &["--format", "sqlite", "--output", path.to_str().unwrap()]);
    (dir, path)
}

#[test]
fn the_database_keeps_its_keys_and_answers_joins() {
    let (_dir, path) = database(Path::new(SYRIA));
    let db = rusqlite::Connection::open(&path).unwrap();
    let dangling: i64 = db
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(dangling, 0);
    let version: i64 = db.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
    let counts: Vec<i64> = ["outlets", "speakers", "topics", "articles", "claims"]
        .iter()
        .map(|table| {
            db.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap()
        })
        .collect();
    assert_eq!(counts, [2, 8, 7, 2, 57]);
    // Who opposes US forces leaving Syria, through which outlet.
    let opposing: Vec<(String, String)> = db
        .prepare(
            "SELECT DISTINCT sp.name, o.name FROM stances s
             JOIN claims c ON c.id = s.claim JOIN speakers sp ON sp.id = c.speaker
             JOIN articles a ON a.id = c.article JOIN outlets o ON o.id = a.outlet
             WHERE s.proposition = 'us-forces-will-leave-syria' AND s.stance = 'opposes'
             ORDER BY sp.name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let pair = |speaker: &str| (speaker.to_string(), "Press TV".to_string());
    assert_eq!(opposing, [pair("Joey Hood"), pair("United States (US Government)")]);
}

#[test]
fn the_database_and_the_annotations_agree_on_every_passage() {
    let project = Path::new(AWKWARD);
    let (_dir, path) = database(project);
    let db = rusqlite::Connection::open(&path).unwrap();
    for (claim, start, end) in reanchor(project) {
        let stored: (i64, i64) = db
            .query_row(
                "SELECT passage_start, passage_end FROM claims WHERE id = ?1",
                [&claim],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(stored, (start as i64, end as i64), "{claim}");
    }
    let unknown: Option<String> = db
        .query_row(
            "SELECT published_earliest FROM articles WHERE id = 'wire-undated-tolls'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unknown, None);
}

/// Every attribute value and element text of an XML document as a parser gives it back (entity
/// and character references resolved, attribute values normalized), in document order.
fn xml_values(xml: &str) -> Vec<String> {
    use quick_xml::XmlVersion;
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut values = Vec::new();
    let mut text = String::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => return values,
            Event::Start(e) | Event::Empty(e) => {
                // Only the text inside an element counts, not the indentation before it.
                text.clear();
                for attribute in e.attributes() {
                    let value = attribute.unwrap().normalized_value(XmlVersion::Explicit1_0).unwrap();
                    values.push(value.into_owned());
                }
            }
            Event::Text(t) => text.push_str(&t.xml10_content().unwrap()),
            Event::GeneralRef(r) => match r.resolve_char_ref().unwrap() {
                Some(c) => text.push(c),
                None => text.push_str(match r.decode().unwrap().as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unknown entity {other}"),
                }),
            },
            Event::End(_) => values.push(std::mem::take(&mut text)),
            _ => {}
        }
    }
}

#[test]
fn graph_exports_are_well_formed_and_keep_line_breaks_and_markup() {
    for format in ["graphml", "gexf"] {
        let values = xml_values(&export(Path::new(AWKWARD), &["--format", format]));
        for expected in [
            "port authority\nboard of <five>",
            "Port Gazette & <Harbour> News",
            "newspaper \"and\" website",
            // A control character XML cannot carry becomes U+FFFD.
            "Fishers \u{FFFD} Co-op",
        ] {
            assert!(
                values.iter().any(|v| v == expected),
                "{format}: no {expected:?} in {values:?}"
            );
        }
    }
}
