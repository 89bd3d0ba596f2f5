//! Creating many new files at once, as an import does: each appears whole or not at all, as with
//! [`super::create`], but they are made durable together. Flushing each file to disk on its own
//! costs a journal commit per file (about 4 ms here), which for the 200,000 files of a
//! 100,000-row import would be most of its time; so every file is written to its temporary
//! name first, the file system is flushed once (`syncfs` on Linux; elsewhere each file is
//! flushed), and only then are they renamed into place and the directories flushed.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::file::{inside, io, parent};
use super::staged::beside;
use super::{EditError, Written, WrittenKind};

/// Creates every `(path, bytes)` inside `root`, with the directories they need. Nothing is
/// written if any path already exists or leads out of the project.
pub fn create_all(files: &[(PathBuf, &[u8])], root: &Path) -> Result<Vec<Written>, EditError> {
    let mut directories: Vec<PathBuf> = Vec::new();
    let mut seen = HashSet::new();
    for (path, _) in files {
        if path.symlink_metadata().is_ok() || !seen.insert(path.clone()) {
            return Err(EditError::Exists { path: path.clone() });
        }
        let directory = parent(path);
        if !directories.contains(&directory) {
            inside(&directory, root)?;
            directories.push(directory);
        }
    }
    for directory in &directories {
        std::fs::create_dir_all(directory).map_err(|error| io(directory, error))?;
    }
    // Each temporary file is closed once written (a path that deletes it if dropped), so a
    // hundred thousand of them do not exhaust the process's open files.
    let staged: Vec<tempfile::TempPath> = files
        .par_iter()
        .map(|(path, bytes)| {
            let mut temp = beside(path, &parent(path)).map_err(|error| io(path, error))?;
            temp.write_all(bytes).map_err(|error| io(path, error))?;
            Ok(temp.into_temp_path())
        })
        .collect::<Result<_, EditError>>()?;
    flush(root, staged.iter().map(|temp| temp.as_ref()))?;
    let mut written = Vec::with_capacity(files.len());
    for ((path, _), temp) in files.iter().zip(staged) {
        temp.persist_noclobber(path).map_err(|error| {
            if error.error.kind() == std::io::ErrorKind::AlreadyExists {
                EditError::Exists { path: path.clone() }
            } else {
                io(path, error.error)
            }
        })?;
        written.push(Written {
            path: path.clone(),
            kind: WrittenKind::Created,
        });
    }
    // The renames are entries of the directories: flushed with them.
    flush(root, directories.iter().map(PathBuf::as_path))?;
    Ok(written)
}

/// Makes the files (or directories) durable: one `syncfs` of the file system holding `root` on
/// Linux, else each one's own flush.
fn flush<'a>(root: &Path, paths: impl Iterator<Item = &'a Path>) -> Result<(), EditError> {
    #[cfg(target_os = "linux")]
    {
        let _ = paths;
        let handle = std::fs::File::open(root).map_err(|error| io(root, error))?;
        rustix::fs::syncfs(&handle).map_err(|error| io(root, error.into()))
    }
    #[cfg(not(target_os = "linux"))]
    {
        for path in paths {
            let file = std::fs::File::open(path).map_err(|error| io(path, error))?;
            file.sync_all().map_err(|error| io(path, error))?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn creates_every_file_with_its_directories_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("seeds/a.txt");
        let b = dir.path().join("claims/articles/b.yaml");
        let written = create_all(&[(a.clone(), b"a\n"), (b.clone(), b"b: 1\n")], dir.path()).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(std::fs::read(&a).unwrap(), b"a\n");
        assert_eq!(std::fs::read(&b).unwrap(), b"b: 1\n");
        let seeds: Vec<_> = std::fs::read_dir(dir.path().join("seeds")).unwrap().collect();
        assert_eq!(seeds.len(), 1);
    }

    #[test]
    fn writes_nothing_when_one_file_exists_or_is_named_twice() {
        let dir = tempfile::tempdir().unwrap();
        let taken = dir.path().join("taken.txt");
        std::fs::write(&taken, "kept").unwrap();
        let new = dir.path().join("new/x.txt");
        let error = create_all(&[(new.clone(), b"x"), (taken.clone(), b"y")], dir.path()).unwrap_err();
        assert!(matches!(error, EditError::Exists { .. }), "{error}");
        assert!(!new.exists());
        assert_eq!(std::fs::read_to_string(&taken).unwrap(), "kept");
        let twice = create_all(&[(new.clone(), b"x"), (new.clone(), b"y")], dir.path()).unwrap_err();
        assert!(matches!(twice, EditError::Exists { .. }), "{twice}");
    }

    #[cfg(unix)]
    #[test]
    fn refuses_a_directory_that_leads_out_of_the_project() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(outside.path(), dir.path().join("out")).unwrap();
        let error = create_all(&[(dir.path().join("out/x.txt"), b"x")], dir.path()).unwrap_err();
        assert!(matches!(error, EditError::OutsideProject { .. }), "{error}");
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    }
}
