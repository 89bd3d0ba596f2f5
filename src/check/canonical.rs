//! Canonical paths of many files that share a few directories, resolving each directory once.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// `Path::canonicalize` for many files. Resolving a path asks the file system about each of
/// its components; for the thousands of sources in a handful of `seeds/` directories, one
/// `lstat` per file and one full resolution per directory give the same answer.
#[derive(Default)]
pub struct Canonicalizer {
    dirs: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
}

impl Canonicalizer {
    /// The same result as `path.canonicalize()`, errors included.
    pub fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        match self.through_parent(path) {
            Some(canonical) => Ok(canonical),
            None => path.canonicalize(),
        }
    }

    /// The canonical path of a file that was just opened without following a link: the same
    /// as [`Canonicalizer::canonicalize`], without looking at the file again. `None` when its
    /// directory cannot be resolved or the path has no file name.
    pub fn of_opened(&self, path: &Path) -> Option<PathBuf> {
        self.in_parent(path)
    }

    /// The canonical parent joined with the file name, when the file exists and is not itself
    /// a symlink. Anything else takes the full resolution, which also gives its exact error.
    fn through_parent(&self, path: &Path) -> Option<PathBuf> {
        if std::fs::symlink_metadata(path).ok()?.file_type().is_symlink() {
            return None;
        }
        self.in_parent(path)
    }

    /// The canonical parent, resolved once per directory, joined with the file name.
    fn in_parent(&self, path: &Path) -> Option<PathBuf> {
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty())?;
        let name = path.file_name()?;
        let mut dirs = self.dirs.lock().ok()?;
        let canonical_parent = dirs
            .entry(parent.to_path_buf())
            .or_insert_with(|| parent.canonicalize().ok())
            .as_ref()?;
        Some(canonical_parent.join(name))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::Canonicalizer;
    use std::path::Path;

    #[test]
    fn agrees_with_canonicalize_on_files_directories_links_and_missing_paths() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("seeds/a")).unwrap();
        std::fs::create_dir_all(root.join("elsewhere")).unwrap();
        std::fs::write(root.join("seeds/a/x.txt"), "x").unwrap();
        std::fs::write(root.join("elsewhere/y.txt"), "y").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("elsewhere/y.txt"), root.join("seeds/a/link.txt")).unwrap();
            std::os::unix::fs::symlink(root.join("elsewhere"), root.join("seeds/dir-link")).unwrap();
        }
        let cache = Canonicalizer::default();
        for relative in [
            "seeds/a/x.txt",
            "seeds/a/link.txt",
            "seeds/dir-link/y.txt",
            "seeds/./a/x.txt",
            "seeds/a/missing.txt",
            "seeds/missing/x.txt",
            "seeds/a/x.txt/",
            "seeds/a/x.txt/z",
            "seeds/a",
        ] {
            for _ in 0..2 {
                let path = root.join(relative);
                let expected = path.canonicalize().map_err(|e| e.to_string());
                assert_eq!(
                    cache.canonicalize(&path).map_err(|e| e.to_string()),
                    expected,
                    "{relative}"
                );
                // A file opened without following a link resolves the same without a look.
                if crate::load::open_unless_link(&path).is_some_and(|file| file.metadata().unwrap().is_file()) {
                    assert_eq!(cache.of_opened(&path).ok_or(String::new()), expected, "{relative}");
                }
            }
        }
        assert!(cache.canonicalize(Path::new("x.txt")).is_err());
    }
}
