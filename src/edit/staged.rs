//! Writing a file whole or not at all: the bytes go to a temporary file in the target's
//! directory, flushed to disk, which is renamed over the target only once complete (as
//! cargo-util's `write_atomic` does), so a reader sees the old file or the new one, never half of
//! one, and a failed write leaves the previous file as it was. Exports stage their output here,
//! and [`super::write_back`] and [`super::create`] their temporary files.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

/// A temporary file that becomes `target` on [`Staged::commit`], and is removed if dropped.
pub struct Staged {
    file: NamedTempFile,
    target: PathBuf,
}

impl Staged {
    /// Creates the temporary file beside `target`. Fails if `target` is a directory or its
    /// directory does not exist; the error says so in words (not the temporary file's name).
    pub fn new(target: &Path) -> io::Result<Staged> {
        if target.is_dir() {
            return Err(io::Error::new(io::ErrorKind::IsADirectory, "it is a directory"));
        }
        let directory = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        if !directory.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("there is no directory `{}`", directory.display()),
            ));
        }
        // The error would name the temporary file, which the user never asked for.
        let file = beside(target, directory).map_err(|error| io::Error::new(error.kind(), error.kind().to_string()))?;
        Ok(Staged {
            file,
            target: target.to_path_buf(),
        })
    }

    /// Where the bytes are staged, for writers that open the file themselves (SQLite).
    pub fn path(&self) -> &Path {
        self.file.path()
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.file.write_all(bytes)
    }

    /// Flushes the file to disk and renames it over the target, which keeps its permissions
    /// if it existed. Returns the size written.
    pub fn commit(self) -> io::Result<u64> {
        let Staged { file, target } = self;
        file.as_file().sync_all()?;
        if let Ok(existing) = fs::metadata(&target) {
            fs::set_permissions(file.path(), existing.permissions())?;
        }
        let size = file.as_file().metadata()?.len();
        file.persist(&target).map_err(|error| error.error)?;
        Ok(size)
    }
}

/// An empty temporary file in `directory`, named after `target` (`.NAME.XXXXXX.tmp`) so a
/// leftover says whose it was. It gets the permissions `File::create` gives (read and write for
/// all that the umask allows), not the owner-only ones of a temporary file.
pub(super) fn beside(target: &Path, directory: &Path) -> io::Result<NamedTempFile> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(directory)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_target_appears_only_on_commit_and_replaces_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old").unwrap();
        let mut staged = Staged::new(&target).unwrap();
        staged.write_all(b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).ok().as_deref(), Some("old"));
        assert_eq!(staged.commit().ok(), Some(3));
        assert_eq!(std::fs::read_to_string(&target).ok().as_deref(), Some("new"));
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(1));
    }

    #[test]
    fn a_dropped_export_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.db");
        let mut staged = Staged::new(&target).unwrap();
        staged.write_all(b"half").unwrap();
        drop(staged);
        assert_eq!(std::fs::read_dir(dir.path()).map(|d| d.count()).ok(), Some(0));
    }

    #[test]
    fn a_directory_or_a_missing_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Staged::new(dir.path()).is_err());
        assert!(Staged::new(&dir.path().join("missing/out.csv")).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_permissions_file_create_gives() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        Staged::new(&target).unwrap().commit().unwrap();
        let created = dir.path().join("created.csv");
        std::fs::File::create(&created).unwrap();
        let mode = |path: &Path| std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap();
        assert_eq!(mode(&target), mode(&created));
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        let mut staged = Staged::new(&target).unwrap();
        staged.write_all(b"new").unwrap();
        staged.commit().unwrap();
        let mode = std::fs::metadata(&target).map(|m| m.permissions().mode() & 0o777).ok();
        assert_eq!(mode, Some(0o640));
    }
}
