//! Bad input that cannot be kept as a fixture folder: files too large to commit and special
//! files. Each must give a clear diagnostic and the documented exit code, never a hang.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;

use snapbox::cmd::{Command, cargo_bin};

fn project_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("claims")).unwrap();
    for (path, text) in files {
        fs::write(dir.path().join(path), text).unwrap();
    }
    dir
}

fn check(project: &Path) -> snapbox::cmd::OutputAssert {
    Command::new(cargo_bin!("crossclaim"))
        .arg("check")
        .current_dir(project)
        .env("NO_COLOR", "1")
        .assert()
}

#[test]
fn a_claim_file_over_the_size_limit_is_refused_without_reading_it() {
    let project = project_with(&[("claims/ok.yaml", "speakers: []\n")]);
    // Sparse: costs no disk, but its length is over the 32 MiB limit.
    let big = fs::File::create(project.path().join("claims/huge.yaml")).unwrap();
    big.set_len(32 * 1024 * 1024 + 1).unwrap();
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/file-too-large.stdout"]);
}

#[test]
fn a_fifo_among_claim_files_is_reported_not_read() {
    let project = project_with(&[("claims/ok.yaml", "speakers: []\n")]);
    let status = std::process::Command::new("mkfifo")
        .arg(project.path().join("claims/pipe.yaml"))
        .status()
        .unwrap();
    assert!(status.success());
    // Reading a FIFO with no writer would block forever; the check must not try.
    check(project.path())
        .code(2)
        .stdout_eq(snapbox::file!["expected/fifo.stdout"]);
}

#[test]
fn an_empty_claims_directory_is_a_clean_empty_project() {
    let project = project_with(&[]);
    check(project.path())
        .code(0)
        .stdout_eq("checked 0 claims in 0 files, 0 article sources: no problems found\n");
}
