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

/// A claim file that cannot be committed: generated, then checked through the binary, with its
/// exact output compared. Each must finish and report the limit where it is exceeded.
fn check_generated(name: &str, text: &str) -> snapbox::cmd::OutputAssert {
    let project = project_with(&[]);
    fs::write(project.path().join("claims").join(name), text).unwrap();
    check(project.path())
}

#[test]
fn a_hundred_thousand_nested_block_sequences_hit_the_depth_limit() {
    let text = format!("claims:\n  {}x\n", "- ".repeat(100_000));
    check_generated("deep.yaml", &text)
        .code(1)
        .stdout_eq(snapbox::file!["expected/deep-block-sequences.stdout"]);
}

#[test]
fn a_hundred_thousand_nested_flow_sequences_hit_the_depth_limit() {
    let text = format!("claims: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    check_generated("deep.yaml", &text)
        .code(1)
        .stdout_eq(snapbox::file!["expected/deep-flow-sequences.stdout"]);
}

#[test]
fn propositions_repeated_by_thousands_of_topics_hit_the_alias_limit() {
    // 1,000 propositions under one anchor, reused by 2,000 topics: 117 KB that would expand to
    // four million nodes.
    let propositions: Vec<String> = (0..1000).map(|i| format!("{{id: p{i}, text: x}}")).collect();
    let mut text = format!(
        "topics:\n  - id: t0\n    title: T\n    propositions: &ps [{}]\n",
        propositions.join(", ")
    );
    for i in 1..=2000 {
        text.push_str(&format!("  - {{id: t{i}, title: T, propositions: *ps}}\n"));
    }
    check_generated("wide.yaml", &text)
        .code(1)
        .stdout_eq(snapbox::file!["expected/alias-fan-out.stdout"]);
}

#[test]
fn a_claim_repeated_a_thousand_times_hits_the_alias_limit() {
    // One claim with 1,000 stances, anchored and repeated 1,000 times (40 KB).
    let stances = vec!["*s"; 999].join(", ");
    let mut text = format!(
        "claims:\n  - &c {{id: c, article: a, mode: narration, quote: q, topics: [t], stances: [&s {{proposition: p, stance: supports}}, {stances}]}}\n"
    );
    for _ in 0..1000 {
        text.push_str("  - *c\n");
    }
    check_generated("repeated.yaml", &text)
        .code(1)
        .stdout_eq(snapbox::file!["expected/alias-repeated-claim.stdout"]);
}

#[test]
fn a_ten_megabyte_value_is_cut_in_the_message() {
    let text = format!("speakers:\n  - id: s\n    name: {}\n", "7".repeat(10_000_000));
    check_generated("big.yaml", &text)
        .code(1)
        .stdout_eq(snapbox::file!["expected/ten-megabyte-value.stdout"]);
}

#[test]
fn a_source_over_the_size_limit_is_refused_without_reading_it() {
    let claims = "articles:\n  - id: big\n    outlet: o\n    title: Big\n    source: seeds/big.txt\n    sha256: 5e3f0cdb25919c463bc17f234d58f1f2e4b3a6ce5ce48a36d7db5653b4079ac8\n    published:\n      date: unknown\noutlets:\n  - id: o\n    name: O\n    country: GB\n    ownership: private\n";
    let project = project_with(&[("claims/big.yaml", claims)]);
    fs::create_dir(project.path().join("seeds")).unwrap();
    // Sparse: costs no disk, but its length is over the 16 MiB limit.
    let big = fs::File::create(project.path().join("seeds/big.txt")).unwrap();
    big.set_len(16 * 1024 * 1024 + 1).unwrap();
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/source-too-large.stdout"]);
}

/// A project whose one article's source is `seeds/special.txt`, for whatever is put there.
fn project_with_source_at_special() -> tempfile::TempDir {
    let claims = "articles:\n  - id: special\n    outlet: o\n    title: Special\n    source: seeds/special.txt\n    sha256: 5e3f0cdb25919c463bc17f234d58f1f2e4b3a6ce5ce48a36d7db5653b4079ac8\n    published:\n      date: unknown\noutlets:\n  - id: o\n    name: O\n    country: GB\n    ownership: private\n";
    let project = project_with(&[("claims/special.yaml", claims)]);
    fs::create_dir(project.path().join("seeds")).unwrap();
    project
}

#[test]
fn a_fifo_as_a_source_is_reported_not_read() {
    let project = project_with_source_at_special();
    let status = std::process::Command::new("mkfifo")
        .arg(project.path().join("seeds/special.txt"))
        .status()
        .unwrap();
    assert!(status.success());
    // Opening a FIFO with no writer for reading would wait forever; the check must not.
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/source-fifo.stdout"]);
}

#[cfg(unix)]
#[test]
fn a_socket_as_a_source_is_reported_not_read() {
    let project = project_with_source_at_special();
    let _listener = std::os::unix::net::UnixListener::bind(project.path().join("seeds/special.txt")).unwrap();
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/source-socket.stdout"]);
}

#[test]
fn a_directory_as_a_source_is_reported_not_read() {
    let project = project_with_source_at_special();
    fs::create_dir(project.path().join("seeds/special.txt")).unwrap();
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/source-directory.stdout"]);
}

#[cfg(unix)]
#[test]
fn a_character_device_as_a_source_is_reported_not_read() {
    // `/dev/null` under the root `/`: a device inside the project root as far as paths go.
    let project = project_with(&[(
        "claims/device.yaml",
        "articles:\n  - id: device\n    outlet: o\n    title: Device\n    source: dev/null\n    sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n    published:\n      date: unknown\noutlets:\n  - id: o\n    name: O\n    country: GB\n    ownership: private\n",
    )]);
    Command::new(cargo_bin!("crossclaim"))
        .args(["check", "--root", "/", "claims"])
        .current_dir(project.path())
        .env("NO_COLOR", "1")
        .assert()
        .code(1)
        .stdout_eq(snapbox::file!["expected/source-character-device.stdout"]);
}

#[test]
fn a_fifo_named_crossclaim_toml_is_reported_not_read() {
    let project = project_with(&[("claims/ok.yaml", "speakers: []\n")]);
    let status = std::process::Command::new("mkfifo")
        .arg(project.path().join("crossclaim.toml"))
        .status()
        .unwrap();
    assert!(status.success());
    check(project.path())
        .code(2)
        .stdout_eq(snapbox::file!["expected/config-fifo.stdout"]);
}

#[test]
fn two_places_far_apart_on_one_long_line_are_each_shown_in_a_short_window() {
    // The same id twice on one line, 40 KB apart: each place is shown around itself, and the
    // report stays a few lines long.
    let text = format!(
        "speakers: [{{id: a, name: A, role: {}}}, {{id: a, name: B}}]\n",
        "x".repeat(40_000)
    );
    check_generated("long-line.yaml", &text)
        .code(1)
        .stdout_eq(snapbox::file!["expected/two-places-on-a-long-line.stdout"]);
}

#[test]
fn a_ten_megabyte_quote_is_not_searched_for_in_a_short_source() {
    let claims = format!(
        "articles:\n  - id: a\n    outlet: o\n    title: A\n    source: seeds/a.txt\n    sha256: 5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03\n    published:\n      date: unknown\noutlets:\n  - id: o\n    name: O\n    country: GB\n    ownership: private\ntopics:\n  - id: t\n    title: T\n    propositions: []\nclaims:\n  - id: c\n    article: a\n    mode: narration\n    quote: {}\n    topics: [t]\n",
        "hello ".repeat(1_750_000)
    );
    let project = project_with(&[("claims/a.yaml", &claims)]);
    fs::create_dir(project.path().join("seeds")).unwrap();
    fs::write(project.path().join("seeds/a.txt"), "hello\n").unwrap();
    check(project.path())
        .code(1)
        .stdout_eq(snapbox::file!["expected/ten-megabyte-quote.stdout"]);
}

#[test]
fn a_million_identical_mistakes_give_a_thousand_findings_and_a_count_of_the_rest() {
    let text = format!("claims:\n{}", "- 1\n".repeat(1_000_000));
    let output = check_generated("million.yaml", &text).code(1).get_output().clone();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.matches("error[schema-violation]").count(), 1000);
    snapbox::assert_data_eq!(stdout, snapbox::file!["expected/million-mistakes.stdout"]);
}
