//! The claim files of a generated project, sorted as `check` orders them, for the baselines
//! that read them without crossclaim's own discovery.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

pub fn claim_files(root: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = WalkDir::new(root.join("claims"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.into_path())
        .collect();
    files.sort();
    files
}
