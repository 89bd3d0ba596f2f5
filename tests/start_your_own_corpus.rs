//! The README's "Start your own corpus" section, run as a newcomer would run it: every command
//! in its console blocks in order, in a new directory, with the claim of its YAML block pasted
//! where it says. Each command must succeed with the output kept in
//! `tests/expected/start-your-own-corpus/`, every line of its text blocks must be one the
//! commands print, and the project must end as kept there. `SNAPSHOTS=overwrite cargo test
//! --test start_your_own_corpus` rewrites the expectations (review the diff).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use snapbox::Data;
use snapbox::assert::DEFAULT_ACTION_ENV;

/// The section's console commands, its YAML block and its text blocks.
struct Section {
    commands: Vec<String>,
    yaml: String,
    texts: Vec<String>,
}

fn section() -> Section {
    let readme = include_str!("../README.md");
    let start = readme
        .find("## Start your own corpus")
        .expect("the README has the section");
    let rest = &readme[start..];
    let body = &rest[..rest[3..].find("\n## ").map_or(rest.len(), |i| i + 3)];
    let mut section = Section {
        commands: Vec::new(),
        yaml: String::new(),
        texts: Vec::new(),
    };
    let mut block: Option<&str> = None;
    for line in body.lines() {
        match (block, line.strip_prefix("```")) {
            (None, Some(kind)) => block = Some(kind),
            (Some(_), Some(_)) => block = None,
            (Some("console"), None) => section.commands.extend(line.strip_prefix("$ ").map(str::to_string)),
            (Some("yaml"), None) => section.yaml.push_str(&format!("{line}\n")),
            (Some("text"), None) => section.texts.push(line.to_string()),
            _ => {}
        }
    }
    section
}

/// Words as a POSIX shell splits them, for the quoting the section uses (double quotes).
fn words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quoted = false;
    let mut started = false;
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            ' ' if !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                }
                started = false;
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

fn expected(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected/start-your-own-corpus")
        .join(name)
}

fn assert_matches(actual: String, file: &str) {
    snapbox::Assert::new()
        .action_env(DEFAULT_ACTION_ENV)
        .eq(actual, Data::read_from(&expected(file), None));
}

#[test]
fn the_readme_walkthrough_ends_in_a_project_that_checks_clean() {
    let section = section();
    assert!(section.commands.len() >= 8, "{:?}", section.commands);
    let home = tempfile::tempdir().unwrap();
    let mut cwd = home.path().to_path_buf();
    let mut printed = String::new();
    let mut pasted = false;
    for (n, command) in section.commands.iter().enumerate() {
        let words = words(command);
        match words[0].as_str() {
            "cd" => cwd = cwd.join(&words[1]),
            "cp" => {
                // The bundled seed, from this repository.
                let name = Path::new(&words[1]).file_name().unwrap();
                let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name);
                std::fs::copy(bundled, cwd.join(&words[2])).unwrap();
            }
            "crossclaim" => {
                if words[1] == "check" && !pasted {
                    paste_claims(&cwd, &section.yaml);
                    pasted = true;
                }
                let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
                    .args(&words[1..])
                    .current_dir(&cwd)
                    .env("NO_COLOR", "1")
                    .env("COLUMNS", "100")
                    .output()
                    .unwrap();
                let stdout = String::from_utf8(output.stdout).unwrap();
                assert_eq!(
                    output.status.code(),
                    Some(0),
                    "`{command}` failed:\n{stdout}{}",
                    String::from_utf8_lossy(&output.stderr)
                );
                assert_matches(stdout.clone(), &format!("{:02}-{}.stdout", n + 1, words[1]));
                printed.push_str(&stdout);
            }
            other => panic!("the section runs `{other}`, which this test does not know"),
        }
    }
    assert!(pasted, "the section never runs `crossclaim check`");
    for line in &section.texts {
        assert!(
            printed.contains(line.as_str()),
            "the README shows a line no command printed:\n{line}"
        );
    }
    for file in [
        "crossclaim.toml",
        "claims/outlets.yaml",
        "claims/speakers.yaml",
        "claims/topics.yaml",
    ] {
        assert_matches(
            std::fs::read_to_string(cwd.join(file)).unwrap(),
            &format!("project/{file}"),
        );
    }
    let articles: Vec<_> = std::fs::read_dir(cwd.join("claims/articles")).unwrap().collect();
    assert_eq!(articles.len(), 1);
    let article = articles[0].as_ref().unwrap().path();
    assert_matches(
        std::fs::read_to_string(&article).unwrap(),
        "project/claims/articles/article.yaml",
    );
    let schema = std::fs::read_to_string(cwd.join("schema/crossclaim.schema.json")).unwrap();
    assert_eq!(schema, crossclaim::model::claim_file_schema());
}

/// What a curator does by hand: the section's claims in place of the article's empty list.
fn paste_claims(project: &Path, yaml: &str) {
    let dir = project.join("claims/articles");
    let file = std::fs::read_dir(&dir).unwrap().next().unwrap().unwrap().path();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("\nclaims: []\n"), "{text}");
    std::fs::write(&file, text.replace("\nclaims: []\n", &format!("\n{yaml}"))).unwrap();
}
