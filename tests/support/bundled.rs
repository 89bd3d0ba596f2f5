//! A copy of the repository's `claims/` and `seeds/` in a temporary project, for tests that
//! change the bundled corpus.

use std::fs;
use std::path::Path;

pub fn copy_of_bundled_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["claims", "seeds"] {
        copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join(sub), &dir.path().join(sub));
    }
    dir
}

pub fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
