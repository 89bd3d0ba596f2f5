//! The rule registry: every rule has one row, a unique kebab-case name, a long explanation in
//! `docs/rules/<name>.md` with the sections `crossclaim rules CODE` promises, and a failing
//! fixture named after it whose expected output reports it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use crossclaim::diagnostic::Code;
use crossclaim::rules;

/// Rules whose failing input cannot be committed, with the test that generates it and the
/// expected output that test compares against.
const GENERATED: &[(&str, &str)] = &[(
    "file-too-large",
    // A claim file over 32 MiB is made sparse at test time in tests/bad_input.rs.
    "tests/expected/file-too-large.stdout",
)];

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_rule_has_one_row_with_a_unique_kebab_case_name() {
    let mut names = HashSet::new();
    for &code in Code::ALL {
        let rule = rules::rule(code);
        assert_eq!(rule.code, code);
        assert!(crossclaim::model::is_valid_id(rule.name), "{}", rule.name);
        assert!(names.insert(rule.name), "{} twice", rule.name);
        assert_eq!(Code::from_name(rule.name), Some(code));
        assert_eq!(rules::find(rule.name), Some(rule));
        assert!(
            !rule.description.is_empty() && !rule.description.contains('\n'),
            "{}",
            rule.name
        );
    }
    assert_eq!(rules::all().count(), Code::ALL.len());
}

#[test]
fn every_rule_is_explained_in_its_document() {
    let sections = [
        "## What it checks",
        "## Why it matters",
        "## Failing example",
        "## Passing example",
        "## How to fix",
    ];
    for rule in rules::all() {
        let path = repository().join(format!("docs/rules/{}.md", rule.name));
        let document = fs::read_to_string(&path).expect("read the rule's document");
        assert_eq!(document, rule.explanation, "{} is the document's text", rule.name);
        assert!(
            document.starts_with(&format!("# {}\n\n", rule.name)),
            "{} starts with its name",
            path.display()
        );
        let mut from = 0;
        for section in sections {
            let at = document[from..]
                .find(section)
                .unwrap_or_else(|| panic!("{} lacks `{section}` (in this order)", path.display()));
            from += at + section.len();
        }
    }
    let documents = fs::read_dir(repository().join("docs/rules")).unwrap().count();
    assert_eq!(documents, Code::ALL.len(), "one document per rule, no more");
}

#[test]
fn every_rule_has_a_failing_fixture_named_after_it() {
    let cases = repository().join("tests/cases/check");
    let names: Vec<String> = fs::read_dir(&cases)
        .unwrap()
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .collect();
    for rule in rules::all() {
        let reported = format!("[{}]", rule.name);
        if let Some((_, expected)) = GENERATED.iter().find(|(name, _)| *name == rule.name) {
            let output = fs::read_to_string(repository().join(expected)).unwrap();
            assert!(output.contains(&reported), "{expected} reports {}", rule.name);
            continue;
        }
        let fixtures: Vec<&String> = names
            .iter()
            .filter(|name| {
                name.strip_suffix(".toml")
                    .is_some_and(|case| case == rule.name || case.starts_with(&format!("{}-", rule.name)))
            })
            .collect();
        assert!(!fixtures.is_empty(), "no tests/cases/check/{}.toml", rule.name);
        let reports = fixtures.iter().any(|case| {
            let stdout = cases.join(Path::new(case).with_extension("stdout"));
            fs::read_to_string(stdout).is_ok_and(|output| output.contains(&reported))
        });
        assert!(reports, "no fixture named after {} reports it", rule.name);
    }
}
