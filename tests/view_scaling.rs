//! Views grow with what was said, not with topics x outlets. On corpora shaped like a stance
//! dataset (many outlets, few claims each), ten times the claims gives at most about ten times
//! the output of every view and format, while topics x outlets grows a hundredfold. Counted
//! in bytes and rows through the binary; timing is for the benchmarks.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/headlines.rs"]
mod headlines;

use std::path::Path;
use std::process::Command;

use headlines::{HeadlineSpec, write_headlines};

const VIEWS: &[&[&str]] = &[
    &["compare", "--width", "100"],
    &["compare", "--width", "160"],
    &["compare", "--format", "markdown"],
    &["compare", "--format", "json"],
    &["compare", "--format", "csv"],
    &["compare", "--by", "speaker", "--width", "100"],
    &["coverage", "--width", "100"],
    &["coverage", "--format", "csv"],
    &["coverage", "--format", "json"],
    &["conflicts", "--width", "100"],
    &["report"],
];

fn output(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn ten_times_the_claims_is_about_ten_times_the_output_of_every_view() {
    let large = HeadlineSpec::DATASET;
    let small = large.tenth();
    assert_eq!(large.claims, 10 * small.claims);
    // Topics x outlets grows about a hundredfold: what the views used to grow with.
    assert!(large.topics * large.outlets >= 98 * small.topics * small.outlets);
    let dirs = [tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap()];
    write_headlines(dirs[0].path(), &small).unwrap();
    write_headlines(dirs[1].path(), &large).unwrap();
    for args in VIEWS {
        let [a, b] = [&dirs[0], &dirs[1]].map(|d| output(d.path(), args));
        let (bytes, lines) = (
            b.len() as f64 / a.len() as f64,
            b.lines().count() as f64 / a.lines().count() as f64,
        );
        assert!(
            (5.0..=11.5).contains(&bytes) && lines <= 11.5,
            "{args:?}: {} -> {} bytes ({bytes:.1}x), {} -> {} lines ({lines:.1}x) for 10x the claims",
            a.len(),
            b.len(),
            a.lines().count(),
            b.lines().count()
        );
    }
}

#[test]
fn coverage_csv_has_a_row_per_topic_and_outlet_that_has_claims_only() {
    let spec = HeadlineSpec::DATASET.tenth();
    let dir = tempfile::tempdir().unwrap();
    write_headlines(dir.path(), &spec).unwrap();
    let rows = output(dir.path(), &["coverage", "--format", "csv"]).lines().count() - 1;
    // Each headline is one outlet on one topic, and no outlet repeats within a topic.
    assert_eq!(rows, spec.claims);
    let zeros = output(dir.path(), &["coverage", "--format", "csv", "--zeros"])
        .lines()
        .count()
        - 1;
    assert_eq!(zeros, spec.topics * spec.outlets);
}

#[test]
fn a_topic_shows_only_its_outlets() {
    let spec = HeadlineSpec::DATASET.tenth();
    let dir = tempfile::tempdir().unwrap();
    write_headlines(dir.path(), &spec).unwrap();
    let json: serde_json::Value = serde_json::from_str(&output(dir.path(), &["compare", "--format", "json"])).unwrap();
    let mut listed = 0;
    for topic in json["topics"].as_array().unwrap() {
        let outlets = topic["outlets"].as_array().unwrap().len();
        assert!((1..=spec.max_outlets_per_topic).contains(&outlets));
        for row in topic["rows"].as_array().unwrap() {
            for cell in row["cells"].as_array().unwrap() {
                assert!(
                    !cell["claims"].as_array().unwrap().is_empty(),
                    "an empty cell was written"
                );
                listed += 1;
            }
        }
    }
    // One cell per headline: every claim here is one outlet's only claim on its topic.
    assert_eq!(listed, spec.claims);
}
