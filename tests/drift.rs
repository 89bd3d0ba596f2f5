//! The promise `check` makes to CI, on the real bundled claims: change one word of a quote or
//! one byte of a seed, and the check fails, saying where and what to do. Expected output is kept
//! in `tests/expected/`; `SNAPSHOTS=overwrite cargo test --test drift` rewrites it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bundled.rs"]
mod bundled;

use std::fs;
use std::path::Path;

use bundled::copy_of_bundled_project;
use snapbox::cmd::{Command, cargo_bin};

fn replace_once(path: &Path, from: &[u8], to: &[u8]) {
    let bytes = fs::read(path).unwrap();
    let at = bytes
        .windows(from.len())
        .position(|w| w == from)
        .expect("text to replace is present");
    let mut changed = bytes[..at].to_vec();
    changed.extend_from_slice(to);
    changed.extend_from_slice(&bytes[at + from.len()..]);
    fs::write(path, changed).unwrap();
}

fn check(project: &Path) -> snapbox::cmd::OutputAssert {
    Command::new(cargo_bin!("crossclaim"))
        .arg("check")
        .current_dir(project)
        .env("NO_COLOR", "1")
        .assert()
}

#[test]
fn bundled_claims_are_clean() {
    let project = copy_of_bundled_project();
    check(project.path())
        .code(0)
        .stdout_eq(snapbox::file!["expected/bundled-clean.stdout"]);
}

#[test]
fn one_changed_word_in_a_quote_fails_with_the_closest_passage() {
    let project = copy_of_bundled_project();
    let claims = project
        .path()
        .join("claims/articles/presstv-2021-lavrentiev-foreign-troops.yaml");
    replace_once(
        &claims,
        b"We will not leave northeastern Syria",
        b"We will never leave northeastern Syria",
    );
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/changed-quote-word.stdout"]);
}

#[test]
fn one_changed_byte_in_a_seed_fails_with_the_new_hash() {
    let project = copy_of_bundled_project();
    let seed = project
        .path()
        .join("seeds/tass-2019-10-23-kremlin-withdrawal-of-foreign-troops-priority.txt");
    replace_once(&seed, b"bloodstained", b"bloodstainee");
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/changed-seed-byte.stdout"]);
}
