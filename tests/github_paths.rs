//! `--format github` names files from the repository's root whatever the directory crossclaim
//! runs in, so a step with `working-directory:` still annotates the right file. The repository
//! is built here: a `.git` cannot be kept in a trycmd fixture folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bundled.rs"]
#[allow(dead_code)]
mod bundled;

use std::fs;
use std::path::Path;
use std::process::Command;

use bundled::copy_tree;

const FIXTURE: &str = "tests/cases/ci/findings.in";

/// A repository holding the `ci/findings` project in `site/`.
fn repository() -> tempfile::TempDir {
    let repo = tempfile::tempdir().unwrap();
    fs::create_dir(repo.path().join(".git")).unwrap();
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE),
        &repo.path().join("site"),
    );
    repo
}

/// The workflow commands `check --format github` prints, run in `dir` with `GITHUB_WORKSPACE` as
/// given: each `::error` or `::warning` with its properties (file, lines, columns, rule), without
/// the message, whose prose names other files as crossclaim reached them.
fn annotations(dir: &Path, workspace: Option<&Path>) -> Vec<String> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_crossclaim"));
    command.args(["check", "--format", "github"]).current_dir(dir);
    command.env_remove("GITHUB_WORKSPACE");
    if let Some(workspace) = workspace {
        command.env("GITHUB_WORKSPACE", workspace);
    }
    let output = command.output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    properties(&String::from_utf8(output.stdout).unwrap())
}

fn properties(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .filter(|line| line.starts_with("::"))
        .map(|line| line.splitn(3, "::").take(2).collect::<Vec<_>>().join("::"))
        .collect()
}

/// The annotations the `ci/github-findings` case expects from the project's root, with the
/// files named from the repository's root instead.
fn expected_from_the_repository_root() -> Vec<String> {
    let from_project =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/ci/github-findings.stdout"))
            .unwrap();
    properties(&from_project.replace(" file=claims/", " file=site/claims/"))
}

#[test]
fn files_are_named_from_the_git_top_level_in_any_directory() {
    let repo = repository();
    let expected = expected_from_the_repository_root();
    assert_eq!(expected.len(), 7);
    assert_eq!(
        expected[0],
        "::error file=site/claims/bridge.yaml,line=23,endLine=24,title=quote-not-found"
    );
    for dir in ["site", "site/claims", "site/seeds"] {
        assert_eq!(annotations(&repo.path().join(dir), None), expected, "from `{dir}`");
    }
}

#[test]
fn github_workspace_wins_over_the_git_top_level() {
    let repo = repository();
    let workspace = repo.path().join("site");
    let from_workspace: Vec<String> = expected_from_the_repository_root()
        .iter()
        .map(|annotation| annotation.replace(" file=site/", " file="))
        .collect();
    assert_eq!(
        from_workspace[0],
        "::error file=claims/bridge.yaml,line=23,endLine=24,title=quote-not-found"
    );
    for dir in ["site", "site/claims"] {
        assert_eq!(
            annotations(&repo.path().join(dir), Some(&workspace)),
            from_workspace,
            "from `{dir}`"
        );
    }
}
