//! The shipped JSON Schema and its fixtures. `tests/schema/valid/` is a project that uses every
//! field and is clean; each `tests/schema/invalid/*.yaml` breaks one rule, named in its first
//! two lines: `# check: CODE` is what `crossclaim check` reports when the file sits beside the
//! valid project, `# schema: PATH` where a JSON Schema validator rejects it (`.ci/schema.sh`
//! runs one). So the schema and `check` are held to the same examples.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SCHEMA: &str = "schema/crossclaim.schema.json";

fn crossclaim(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("run crossclaim")
}

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn shipped_schema_is_what_the_binary_prints() {
    let printed = crossclaim(&["schema"], &repository());
    assert_eq!(printed.status.code(), Some(0));
    let shipped = fs::read_to_string(repository().join(SCHEMA)).expect("read shipped schema");
    assert!(
        String::from_utf8_lossy(&printed.stdout) == shipped,
        "{SCHEMA} is stale: run `cargo run -q -- schema > {SCHEMA}`"
    );
}

/// Every YAML file under `dir`, recursively, sorted.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            files.extend(yaml_files(&path));
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            files.push(path);
        }
    }
    files.sort();
    files
}

#[test]
fn claim_files_point_editors_at_the_shipped_schema() {
    let shipped = fs::canonicalize(repository().join(SCHEMA)).expect("shipped schema exists");
    let mut files = yaml_files(&repository().join("claims"));
    files.extend(yaml_files(&repository().join("tests/schema/valid")));
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let text = fs::read_to_string(&file).expect("read claim file");
        let first = text.lines().next().unwrap_or_default();
        let relative = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{} does not begin with the schema modeline", file.display()));
        let target = file.parent().expect("parent").join(relative);
        assert_eq!(
            fs::canonicalize(&target).ok().as_ref(),
            Some(&shipped),
            "{}",
            file.display()
        );
    }
}

/// A copy of the valid project in a temporary directory.
fn valid_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let valid = repository().join("tests/schema/valid");
    for sub in ["claims", "seeds"] {
        fs::create_dir(dir.path().join(sub)).expect("mkdir");
        for entry in fs::read_dir(valid.join(sub)).expect("read fixture") {
            let path = entry.expect("entry").path();
            fs::copy(&path, dir.path().join(sub).join(path.file_name().expect("name"))).expect("copy");
        }
    }
    dir
}

#[test]
fn valid_project_is_clean() {
    let project = valid_project();
    let output = crossclaim(&["check", "--deny", "warnings"], project.path());
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn check_rejects_each_invalid_fixture_with_its_code() {
    let invalid = yaml_files(&repository().join("tests/schema/invalid"));
    assert!(invalid.len() >= 10, "{invalid:?}");
    for file in invalid {
        let text = fs::read_to_string(&file).expect("read fixture");
        let mut lines = text.lines();
        let code = lines.next().and_then(|l| l.strip_prefix("# check: "));
        let path = lines.next().and_then(|l| l.strip_prefix("# schema: $"));
        let (Some(code), Some(_)) = (code, path) else {
            panic!(
                "{} must begin with `# check: CODE` and `# schema: $PATH`",
                file.display()
            );
        };
        let project = valid_project();
        fs::copy(&file, project.path().join("claims/extra.yaml")).expect("copy fixture");
        let output = crossclaim(&["check", "--format", "json"], project.path());
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(1), "{}: {stdout}", file.display());
        let expected = format!("{{\"code\":\"{code}\",\"severity\":\"error\"");
        assert!(
            stdout.contains(&expected),
            "{}: expected {code} in {stdout}",
            file.display()
        );
    }
}
