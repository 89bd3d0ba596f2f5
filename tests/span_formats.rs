//! Every finding points at the same place in every output format, inside the file, and a
//! mistyped value is pointed at exactly: the bundled project gets one value or field name
//! mistyped (an inserted letter, sometimes one from another script), then `check` runs in the
//! human, JSON, GitHub and SARIF formats. Each finding's line:col must be the same in all four and
//! lie inside its file, and one finding's span must hold the mistyped text the message names.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bundled.rs"]
mod bundled;

use std::fs;
use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use serde_json::Value;

const ARTICLE_FILES: [&str; 2] = [
    "claims/articles/presstv-2021-lavrentiev-foreign-troops.yaml",
    "claims/articles/tass-2019-10-23-peskov-foreign-troops.yaml",
];

/// Keys whose values, or whose own names, a mistake can hit.
const KEYS: [&str; 6] = ["speaker", "mode", "article", "stance", "proposition", "verb"];

/// A place as every format gives it: file, line, column, end line, end column (1-based, columns
/// in characters).
type Place = (String, u64, u64, u64, u64);

fn check(project: &Path, format: &str) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["check", "--format", format])
        .current_dir(project)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{format}: the mistake was not found");
    String::from_utf8(output.stdout).unwrap()
}

fn json_places(out: &str) -> Vec<(Place, String)> {
    out.lines()
        .map(|line| {
            let finding: Value = serde_json::from_str(line).unwrap();
            let number = |v: &Value| v.as_u64().unwrap();
            (
                (
                    finding["file"].as_str().unwrap().to_string(),
                    number(&finding["line"]),
                    number(&finding["column"]),
                    number(&finding["end"]["line"]),
                    number(&finding["end"]["column"]),
                ),
                finding["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn github_places(out: &str) -> Vec<Place> {
    out.lines()
        .filter(|line| line.starts_with("::"))
        .filter_map(|line| line.split_once(' '))
        .map(|(_, rest)| {
            let properties = rest.split_once("::").unwrap().0;
            let field = |name: &str| {
                properties
                    .split(',')
                    .find_map(|p| p.strip_prefix(&format!("{name}=")))
                    .unwrap()
                    .to_string()
            };
            let number = |name: &str| field(name).parse::<u64>().unwrap();
            (
                field("file"),
                number("line"),
                number("col"),
                number("endLine"),
                number("endColumn"),
            )
        })
        .collect()
}

fn sarif_places(out: &str) -> Vec<Place> {
    let log: Value = serde_json::from_str(out).unwrap();
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|result| {
            let location = &result["locations"][0]["physicalLocation"];
            let region = &location["region"];
            let number = |key: &str| region[key].as_u64().unwrap();
            (
                location["artifactLocation"]["uri"].as_str().unwrap().to_string(),
                number("startLine"),
                number("startColumn"),
                number("endLine"),
                number("endColumn"),
            )
        })
        .collect()
}

/// The `--> file:line:col` of each finding in the human format.
fn human_places(out: &str) -> Vec<(String, u64, u64)> {
    out.lines()
        .filter_map(|line| line.trim_start().strip_prefix("--> "))
        .map(|at| {
            let mut parts = at.rsplitn(3, ':');
            let column = parts.next().unwrap().parse().unwrap();
            let line = parts.next().unwrap().parse().unwrap();
            (parts.next().unwrap().to_string(), line, column)
        })
        .collect()
}

/// The text a one-line place covers, by characters.
fn text_at(project: &Path, place: &Place) -> Option<String> {
    let (file, line, column, end_line, end_column) = place;
    let text = fs::read_to_string(project.join(file)).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let row = lines.get(usize::try_from(*line).ok()? - 1)?;
    let length = row.chars().count() as u64;
    assert!(
        *column >= 1 && *column <= length + 1,
        "{place:?} starts outside its line"
    );
    if end_line != line {
        return None;
    }
    assert!(
        *end_column >= *column && *end_column <= length + 1,
        "{place:?} ends outside its line"
    );
    let skip = usize::try_from(column - 1).ok()?;
    let take = usize::try_from(end_column - column).ok()?;
    Some(row.chars().skip(skip).take(take).collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn every_format_points_at_the_mistyped_text(
        file in 0..ARTICLE_FILES.len(),
        key in 0..KEYS.len(),
        occurrence in 0usize..200,
        in_name in any::<bool>(),
        letter in prop::sample::select(vec!['x', 'q', 'é', 'о', 'ü']),
        at in 0usize..40,
    ) {
        let project = bundled::copy_of_bundled_project();
        let path = project.path().join(ARTICLE_FILES[file]);
        let text = fs::read_to_string(&path).unwrap();
        let prefix = format!("{}: ", KEYS[key]);
        let lines: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.trim_start().trim_start_matches("- ").starts_with(&prefix))
            .map(|(i, _)| i)
            .collect();
        // A verb is free text: a mistyped one is an unclassed verb, which is no mistake.
        prop_assume!(in_name || KEYS[key] != "verb");
        prop_assume!(!lines.is_empty());
        let target = lines[occurrence % lines.len()];
        let mut rows: Vec<String> = text.lines().map(str::to_string).collect();
        let row = &rows[target];
        let start = row.find(&prefix).unwrap();
        // The mistyped token: the key's name, or its value, with one letter inserted.
        let (token_start, token) = if in_name {
            (start, KEYS[key].to_string())
        } else {
            (start + prefix.len(), row[start + prefix.len()..].trim_end().to_string())
        };
        prop_assume!(!token.is_empty() && !token.starts_with(['"', '\'', '[', '{']));
        let cut = token.char_indices().map(|(i, _)| i).nth(at % token.chars().count()).unwrap();
        let mistyped = format!("{}{letter}{}", &token[..cut], &token[cut..]);
        let new_row = format!("{}{mistyped}{}", &row[..token_start], &row[token_start + token.len()..]);
        rows[target] = new_row;
        fs::write(&path, rows.join("\n") + "\n").unwrap();

        let json = json_places(&check(project.path(), "json"));
        let places: Vec<Place> = json.iter().map(|(place, _)| place.clone()).collect();
        prop_assert_eq!(&github_places(&check(project.path(), "github")), &places);
        prop_assert_eq!(&sarif_places(&check(project.path(), "sarif")), &places);
        let human: Vec<(String, u64, u64)> =
            places.iter().map(|(f, l, c, _, _)| (f.clone(), *l, *c)).collect();
        prop_assert_eq!(human_places(&check(project.path(), "human")), human);

        let named = format!("`{mistyped}`");
        let pointed = json.iter().any(|(place, message)| {
            place.0 == ARTICLE_FILES[file]
                && place.1 == target as u64 + 1
                && message.contains(&named)
                && text_at(project.path(), place).as_deref() == Some(mistyped.as_str())
        });
        for (place, _) in &json {
            text_at(project.path(), place);
        }
        prop_assert!(pointed, "no finding points at `{}` on line {}: {:?}", mistyped, target + 1, json);
    }
}
