//! Where a project's claims and sources are.

use std::path::{Path, PathBuf};

/// The conventional directory of claim files, relative to the project root.
pub const CLAIMS_DIR: &str = "claims";

/// The project root for a set of claim paths: the parent of the nearest enclosing directory
/// named `claims`, else the current directory. Article sources are relative to it.
pub fn find_root(paths: &[PathBuf]) -> PathBuf {
    let Some(first) = paths.first() else {
        return PathBuf::from(".");
    };
    let absolute = std::path::absolute(first).unwrap_or_else(|_| first.clone());
    for ancestor in absolute.ancestors() {
        if ancestor.file_name().is_some_and(|name| name == CLAIMS_DIR) {
            let root = ancestor.parent().unwrap_or(Path::new("/"));
            return relative_to_cwd(root);
        }
    }
    PathBuf::from(".")
}

/// Shows paths the way the user typed them: relative to the current directory when inside it.
fn relative_to_cwd(path: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    match path.strip_prefix(&cwd) {
        Ok(rest) if rest.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rest) => rest.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}
