//! The Markdown views are valid GitHub-flavoured Markdown: parsed by a CommonMark parser with
//! GitHub's table extension, they give one table per heading, every row as wide as its header,
//! and the claims' words back as written, pipes and markup characters included.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use sha2::{Digest, Sha256};

const SYRIA: &str = "tests/cases/fixtures/syria";

fn run(dir: &Path, args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .current_dir(dir)
        .env_remove("COLUMNS")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// What a renderer would see: the headings, and each table as rows of cell texts.
#[derive(Debug, Default)]
struct Parsed {
    headings: Vec<String>,
    tables: Vec<Vec<Vec<String>>>,
}

fn parse(markdown: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut text: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { .. }) | Event::Start(Tag::TableCell) => text = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => parsed.headings.extend(text.take()),
            Event::Start(Tag::Table(_)) => parsed.tables.push(Vec::new()),
            Event::Start(Tag::TableHead) | Event::Start(Tag::TableRow) => {
                parsed.tables.last_mut().unwrap().push(Vec::new());
            }
            Event::End(TagEnd::TableCell) => {
                let row = parsed.tables.last_mut().unwrap().last_mut().unwrap();
                row.push(text.take().unwrap());
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some(text) = &mut text {
                    text.push_str(&t);
                }
            }
            Event::InlineHtml(html) => {
                if let Some(text) = &mut text {
                    // Line breaks inside a cell are `<br>`, the only HTML the views write.
                    assert_eq!(&*html, "<br>", "unexpected HTML in a cell");
                    text.push('\n');
                }
            }
            _ => {}
        }
    }
    parsed
}

fn assert_rectangular(parsed: &Parsed) {
    for table in &parsed.tables {
        let width = table[0].len();
        for row in table {
            assert_eq!(row.len(), width, "a row does not match its header: {row:?}");
        }
    }
}

#[test]
fn compare_renders_one_table_per_topic_with_outlets_side_by_side() {
    let parsed = parse(&run(Path::new(SYRIA), &["compare", "--format", "markdown"]));
    assert_eq!(parsed.headings.len(), 7, "{:?}", parsed.headings);
    assert_eq!(parsed.tables.len(), parsed.headings.len());
    assert_eq!(parsed.headings[0], "US withdrawal from Syria (us-withdrawal)");
    assert_rectangular(&parsed);
    // Each topic's outlets are those with claims on it: TASS never mentions Daesh.
    for table in &parsed.tables[..6] {
        assert_eq!(table[0], ["Proposition", "Press TV", "TASS", "Verdict"]);
    }
    assert_eq!(
        parsed.headings[6],
        "Daesh and the fight against terrorist groups (daesh)"
    );
    assert_eq!(parsed.tables[6][0], ["Proposition", "Press TV", "Verdict"]);
    let withdrawal = &parsed.tables[0][1];
    assert_eq!(withdrawal[0], "US forces will leave Syria.");
    assert!(withdrawal[1].contains("said: “We will not leave northeastern Syria”"));
    assert!(withdrawal[2].contains("Donald Trump"));
    assert_eq!(withdrawal[3], "disagree (also within Press TV)");
}

#[test]
fn conflicts_and_coverage_are_tables_too() {
    let conflicts = parse(&run(Path::new(SYRIA), &["conflicts", "--format", "markdown"]));
    assert!(!conflicts.tables.is_empty());
    assert_eq!(conflicts.tables.len(), conflicts.headings.len());
    assert_rectangular(&conflicts);
    let coverage = parse(&run(Path::new(SYRIA), &["coverage", "--format", "markdown"]));
    assert_eq!(coverage.tables.len(), 1);
    assert_rectangular(&coverage);
    // Seven topics, the header and the totals.
    assert_eq!(coverage.tables[0].len(), 9);
}

#[test]
fn words_come_back_as_written_with_pipes_and_markup_characters() {
    let dir = tempfile::tempdir().unwrap();
    let words = "Prices | wages *rose* <br> by 5_000 `units` [sic]";
    let source = format!("Desk report\n\nThe minister said: \"{words}\" on Monday.\n");
    std::fs::create_dir_all(dir.path().join("seeds")).unwrap();
    std::fs::create_dir_all(dir.path().join("claims")).unwrap();
    std::fs::write(dir.path().join("seeds/report.txt"), &source).unwrap();
    let sha: String = Sha256::digest(source.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let yaml = format!(
        r#"outlets:
  - {{id: desk, name: "Desk | Wire", country: GB, ownership: private}}
speakers:
  - {{id: minister, name: Minister, role: "Finance *and* Trade"}}
topics:
  - id: prices
    title: Prices
    propositions:
      - {{id: prices-rise, text: "Prices rise."}}
articles:
  - id: report
    outlet: desk
    title: Report
    source: seeds/report.txt
    sha256: {sha}
    published: {{date: "2024"}}
claims:
  - id: minister-prices
    article: report
    speaker: minister
    mode: quote
    verb: said
    quote: '{words}'
    topics: [prices]
    stances: [{{proposition: prices-rise, stance: supports}}]
"#
    );
    std::fs::write(dir.path().join("claims/all.yaml"), yaml).unwrap();
    let parsed = parse(&run(dir.path(), &["compare", "--format", "markdown", "--ids"]));
    assert_eq!(parsed.tables.len(), 1);
    assert_rectangular(&parsed);
    // One proposition: stated once above a table of the outlets' claims.
    let table = &parsed.tables[0];
    assert_eq!(table[0], ["Desk | Wire"]);
    assert_eq!(
        table[1][0],
        format!("▲ Minister, Finance *and* Trade\nsaid: “{words}”\n2024\nminister-prices")
    );
}
