//! The curator's commands refuse to write through a symlink that leads out of the project, through
//! the real binary: the refusal is reported with its fix, exit 2, and neither the file outside nor
//! anything inside the project changes. Symlinks cannot be kept in trycmd fixture folders, so the
//! projects are built here. `SNAPSHOTS=overwrite cargo test --test curate_refusals` rewrites the
//! expected output (review the diff).

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "support/bundled.rs"]
mod bundled;
#[path = "support/run.rs"]
mod run;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;

use bundled::copy_of_bundled_project;
use run::crossclaim;

const TASS_SEED: &str = "seeds/tass-2019-10-23-kremlin-withdrawal-of-foreign-troops-priority.txt";
const TASS_CLAIMS: &str = "claims/articles/tass-2019-10-23-peskov-foreign-troops.yaml";

/// Moves `relative` out of the project into `outside` and leaves a symlink to it in its place.
fn move_out_behind_a_symlink(project: &Path, relative: &str, outside: &Path) -> std::path::PathBuf {
    let far = outside.join(Path::new(relative).file_name().unwrap());
    fs::rename(project.join(relative), &far).unwrap();
    symlink(&far, project.join(relative)).unwrap();
    far
}

#[test]
fn add_refuses_a_definitions_file_that_leads_outside_the_project() {
    let project = copy_of_bundled_project();
    let outside = tempfile::tempdir().unwrap();
    let far = move_out_behind_a_symlink(project.path(), "claims/outlets.yaml", outside.path());
    let before = fs::read(&far).unwrap();

    let (code, out) = crossclaim(
        project.path(),
        &[
            "add",
            "outlet",
            "bbc",
            "--name",
            "BBC",
            "--country",
            "GB",
            "--ownership",
            "public-service",
        ],
    );

    assert_eq!(code, Some(2), "{out}");
    snapbox::assert_data_eq!(out, snapbox::file!["expected/refusals/add-through-symlink.stdout"]);
    assert_eq!(fs::read(&far).unwrap(), before, "the file outside the project changed");
    assert!(
        fs::symlink_metadata(project.path().join("claims/outlets.yaml"))
            .unwrap()
            .is_symlink(),
        "the symlink was replaced"
    );
}

#[test]
fn rehash_refuses_an_article_file_that_leads_outside_the_project() {
    let project = copy_of_bundled_project();
    let outside = tempfile::tempdir().unwrap();
    let far = move_out_behind_a_symlink(project.path(), TASS_CLAIMS, outside.path());
    let before = fs::read(&far).unwrap();
    let seed = project.path().join(TASS_SEED);
    let mut text = fs::read(&seed).unwrap();
    text.extend_from_slice(b"\nAn added line.\n");
    fs::write(&seed, text).unwrap();

    let (code, out) = crossclaim(project.path(), &["rehash"]);

    assert_eq!(code, Some(2), "{out}");
    snapbox::assert_data_eq!(out, snapbox::file!["expected/refusals/rehash-through-symlink.stdout"]);
    assert_eq!(fs::read(&far).unwrap(), before, "the file outside the project changed");
}

#[test]
fn a_symlink_that_stays_inside_the_project_is_written_through_and_kept() {
    let project = copy_of_bundled_project();
    let real = project.path().join("claims/definitions");
    fs::create_dir(&real).unwrap();
    fs::rename(project.path().join("claims/speakers.yaml"), real.join("speakers.yaml")).unwrap();
    symlink("definitions/speakers.yaml", project.path().join("claims/speakers.yaml")).unwrap();

    let (code, out) = crossclaim(project.path(), &["add", "speaker", "jane-roe", "--name", "Jane Roe"]);

    assert_eq!(code, Some(0), "{out}");
    assert_eq!(out, "updated claims/speakers.yaml: speaker `jane-roe`\n");
    assert!(
        fs::symlink_metadata(project.path().join("claims/speakers.yaml"))
            .unwrap()
            .is_symlink(),
        "the symlink was replaced by a file"
    );
    let written = fs::read_to_string(real.join("speakers.yaml")).unwrap();
    assert!(written.contains("id: jane-roe"), "{written}");
}
