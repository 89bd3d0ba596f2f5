//! `crossclaim import csv` on the Emergent-style fixture: importing the same file again changes
//! no byte; a grown file adds only its new rows and changes no byte of what was there; the
//! imported project checks clean, warnings included.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const FIXTURE: &str = "tests/cases/import/emergent.in/emergent.csv";
const GROWN: &str = "tests/cases/import/grown.in/grown.csv";
const MAPPING: [&str; 10] = [
    "--column",
    "topic=claimHeadline",
    "--column",
    "outlet=source",
    "--column",
    "quote=articleHeadline",
    "--column",
    "stance=articleHeadlineStance",
    "--id",
    "emergent=articleId",
];

fn crossclaim(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run crossclaim")
}

fn import(csv: &str, cwd: &Path) -> Output {
    let csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(csv);
    let csv = csv.to_string_lossy().into_owned();
    let mut args = vec!["import", "csv", csv.as_str()];
    args.extend(MAPPING);
    args.extend(["--into", "corpus"]);
    crossclaim(&args, cwd)
}

/// Every file under `dir` with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walk(dir) {
        files.insert(
            entry.strip_prefix(dir).unwrap().to_path_buf(),
            fs::read(&entry).unwrap(),
        );
    }
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn importing_the_same_file_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let first = import(FIXTURE, dir.path());
    assert_eq!(first.status.code(), Some(1), "rows are refused: {first:?}");
    let before = tree(dir.path());
    assert!(before.keys().any(|p| p.starts_with("corpus/claims/articles")));
    let again = import(FIXTURE, dir.path());
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(
        stdout.contains("nothing written: the project holds every row already"),
        "{stdout}"
    );
    assert!(
        stdout.contains("0 imported, 0 merged as duplicates, 7 already in the project"),
        "{stdout}"
    );
    assert_eq!(tree(dir.path()), before);
}

#[test]
fn a_grown_file_adds_only_its_new_rows() {
    let dir = tempfile::tempdir().unwrap();
    import(FIXTURE, dir.path());
    let before = tree(dir.path());
    let grown = import(GROWN, dir.path());
    let stdout = String::from_utf8_lossy(&grown.stdout);
    assert!(stdout.contains("2 imported"), "{stdout}");
    let after = tree(dir.path());
    let added: Vec<&PathBuf> = after.keys().filter(|p| !before.contains_key(*p)).collect();
    assert_eq!(added.len(), 4, "two article files and two sources: {added:?}");
    for (path, bytes) in &before {
        let now = &after[path];
        // Unchanged, or the same bytes with entries appended to them.
        assert!(
            now.starts_with(&bytes[..bytes.len().saturating_sub(1)]),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_imported_project_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    import(FIXTURE, dir.path());
    let check = crossclaim(&["check", "--deny", "warnings"], &dir.path().join("corpus"));
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}

#[test]
fn a_csv_over_the_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("huge.csv");
    // Sparse: no gigabyte is written to the disk.
    fs::File::create(&csv).unwrap().set_len(1024 * 1024 * 1024 + 1).unwrap();
    let output = crossclaim(&["import", "csv", "huge.csv", "--into", "corpus"], dir.path());
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot read `huge.csv`"), "{stderr}");
    assert!(!dir.path().join("corpus").exists(), "nothing is written");
}

#[test]
fn a_row_too_large_for_a_stored_source_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let body = "word ".repeat(16 * 1024 * 1024 / 5 + 1);
    let csv = format!(
        "topic,outlet,quote,body,stance\nA claim,herald.example,A headline,{body},for\nA claim,herald.example,Another headline,Short.,for\n"
    );
    fs::write(dir.path().join("big.csv"), csv).unwrap();
    let output = crossclaim(&["import", "csv", "big.csv", "--into", "corpus"], dir.path());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("big.csv:2: row 2 refused: its text is"), "{stdout}");
    assert!(stdout.contains("1 imported"), "{stdout}");
}

#[test]
fn a_new_quote_from_an_article_imported_before_is_appended_to_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let header = "claim,outlet,headline,body,label,url\n";
    let first = "Plant tore up the reunion contract,Music Daily,Plant rejects Zeppelin deal,\"Plant rejects Zeppelin deal, sources said. The band's manager declined to comment.\",agree,https://musicdaily.example/plant\n";
    // The same article (its url written another way), quoted for another claim.
    let second = "The band's manager stayed silent,Music Daily,The band's manager declined to comment,\"Plant rejects Zeppelin deal, sources said. The band's manager declined to comment.\",agree,https://www.musicdaily.example/plant/?utm_source=feed\n";
    fs::write(dir.path().join("a.csv"), format!("{header}{first}")).unwrap();
    fs::write(dir.path().join("b.csv"), format!("{header}{first}{second}")).unwrap();
    let mapping = [
        "--column",
        "topic=claim",
        "--column",
        "quote=headline",
        "--column",
        "stance=label",
    ];
    let run = |csv: &str| {
        let mut args = vec!["import", "csv", csv];
        args.extend(mapping);
        args.extend(["--into", "p"]);
        crossclaim(&args, dir.path())
    };
    assert_eq!(run("a.csv").status.code(), Some(0));
    let article = dir
        .path()
        .join("p/claims/articles/music-daily-plant-rejects-zeppelin-deal.yaml");
    let before = fs::read_to_string(&article).unwrap();
    let grown = run("b.csv");
    let stdout = String::from_utf8_lossy(&grown.stdout);
    assert_eq!(grown.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("1 imported, 0 merged as duplicates, 1 already in the project"),
        "{stdout}"
    );
    assert!(stdout.contains("0 articles, 1 claim"), "{stdout}");
    let after = fs::read_to_string(&article).unwrap();
    assert!(after.starts_with(&before), "the article file is only appended to");
    assert!(
        after[before.len()..].contains("quote: The band's manager declined to comment"),
        "{after}"
    );
    assert_eq!(
        fs::read_dir(dir.path().join("p/seeds")).unwrap().count(),
        2,
        "README and one source"
    );
    let settled = tree(dir.path());
    assert!(String::from_utf8_lossy(&run("b.csv").stdout).contains("nothing written"));
    assert_eq!(tree(dir.path()), settled);
}
