//! Finding a project from any place inside it: the one walk every command takes.

use std::path::{Path, PathBuf};

use crate::config::FILE_NAME;
use crate::paths;

/// The conventional directory of claim files, relative to the project root.
pub const CLAIMS_DIR: &str = "claims";

/// Where a walk up the directories found a project.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The project root, as the current directory reaches it (`.`, `..`, `../..`, `sub`).
    pub root: PathBuf,
    /// Its `crossclaim.toml`, when the root was found by it.
    pub config: Option<PathBuf>,
}

/// Walks up from the directory `start` to the first directory that holds `crossclaim.toml`
/// (unless `with_config` is false) or a `claims/` directory: the project root. The walk stops
/// at a directory holding `.git`, so a repository's project never comes from outside it. A
/// `crossclaim.toml` that is not a file still marks the root: reading it then fails, loudly,
/// rather than the walk passing it by.
pub fn find(start: &Path, with_config: bool) -> Option<Found> {
    let start = existing(start).canonicalize().ok()?;
    for dir in start.ancestors() {
        let config = dir.join(FILE_NAME);
        if with_config && config.symlink_metadata().is_ok() {
            let root = paths::from_cwd(dir);
            let config = paths::join(&root, Path::new(FILE_NAME));
            return Some(Found {
                root,
                config: Some(config),
            });
        }
        if dir.join(CLAIMS_DIR).is_dir() {
            return Some(Found {
                root: paths::from_cwd(dir),
                config: None,
            });
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}

/// The directory a walk for `path` starts from: the path itself when it is a directory, else
/// the directory holding it, else (a file not yet saved, in a directory not yet made) the
/// nearest directory above it that exists.
pub fn start_of(path: &Path) -> PathBuf {
    if path.is_dir() {
        return path.to_path_buf();
    }
    existing(&paths::base_dir(path)).to_path_buf()
}

fn existing(path: &Path) -> &Path {
    path.ancestors()
        .find(|dir| !dir.as_os_str().is_empty() && dir.is_dir())
        .unwrap_or(Path::new("."))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nearest_marker_and_stops_at_a_repository() {
        let tmp = tempfile::tempdir().unwrap();
        let base = tmp.path().canonicalize().unwrap();
        let outer = base.join("outer");
        std::fs::create_dir_all(outer.join("a/b")).unwrap();
        std::fs::write(outer.join(FILE_NAME), "").unwrap();
        std::fs::create_dir_all(outer.join("p/claims/articles")).unwrap();
        std::fs::create_dir_all(base.join("repo/.git")).unwrap();
        std::fs::create_dir_all(base.join("repo/sub")).unwrap();
        // Roots are shown from the current directory; compare the places they name.
        let real = |path: PathBuf| std::env::current_dir().unwrap().join(path).canonicalize().unwrap();
        let found = find(&outer.join("a/b"), true).unwrap();
        assert_eq!(real(found.root), outer);
        assert_eq!(real(found.config.unwrap()), outer.join(FILE_NAME));
        let found = find(&outer.join("p/claims/articles"), true).unwrap();
        assert_eq!((real(found.root), found.config), (outer.join("p"), None));
        assert_eq!(find(&base.join("repo/sub"), true), None);
        assert_eq!(find(&outer.join("a/b"), false), None);
    }

    #[test]
    fn starts_from_the_nearest_directory_that_exists() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("claims");
        std::fs::create_dir(&dir).unwrap();
        assert_eq!(start_of(&dir), dir);
        assert_eq!(start_of(&dir.join("new/unsaved.yaml")), dir);
        assert_eq!(start_of(Path::new("unsaved.yaml")), Path::new("."));
    }
}
