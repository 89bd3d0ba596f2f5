//! Reading a file for an edit and writing it back atomically: a temporary file in the same
//! directory, flushed to disk, then renamed over the original (as cargo-util's `write_atomic`
//! does), so a reader sees the old file or the new one, never half of one.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file as read for editing: its text, and the bytes it had, to tell at write time whether
/// it changed since.
#[derive(Debug)]
pub struct Original {
    /// The path as the user would write it.
    pub path: PathBuf,
    /// The file the bytes live in: symlinks resolved, so writing keeps a link a link.
    target: PathBuf,
    bytes: Vec<u8>,
    /// The text after a UTF-8 byte-order mark, which is written back as it was.
    pub text: String,
}

/// What a command wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub kind: WrittenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WrittenKind {
    Created,
    Updated,
}

/// Why a file was not read or written. Nothing is written when any of these happens.
#[derive(Debug)]
pub enum EditError {
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
    /// The path, or a symlink on the way to it, leads out of the project.
    OutsideProject {
        path: PathBuf,
    },
    /// The file is not UTF-8 text.
    NotText {
        path: PathBuf,
    },
    /// The file's bytes differ from those read before the edit.
    ChangedOnDisk {
        path: PathBuf,
    },
    /// A file to create is already there.
    Exists {
        path: PathBuf,
    },
    /// A directory to create files in is a file.
    NotADirectory {
        path: PathBuf,
    },
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

impl Original {
    /// Reads `path`, which must resolve to a file inside `root`.
    pub fn read(path: &Path, root: &Path) -> Result<Original, EditError> {
        let target = inside(path, root)?;
        let bytes = std::fs::read(&target).map_err(|error| io(path, error))?;
        let body = bytes.strip_prefix(BOM).unwrap_or(&bytes);
        let text = String::from_utf8(body.to_vec()).map_err(|_| EditError::NotText {
            path: path.to_path_buf(),
        })?;
        Ok(Original {
            path: path.to_path_buf(),
            target,
            bytes,
            text,
        })
    }
}

/// Replaces the file `original` was read from with `text` (after the byte-order mark it had),
/// keeping its permissions. Refused if the file changed since it was read.
pub fn write_back(original: &Original, text: &str) -> Result<Written, EditError> {
    let path = &original.path;
    let now = std::fs::read(&original.target).map_err(|error| io(path, error))?;
    if now != original.bytes {
        return Err(EditError::ChangedOnDisk { path: path.clone() });
    }
    let mut bytes = Vec::with_capacity(text.len() + BOM.len());
    if original.bytes.starts_with(BOM) {
        bytes.extend_from_slice(BOM);
    }
    bytes.extend_from_slice(text.as_bytes());
    // Staged beside the file it replaces, which keeps its permissions.
    let mut staged = super::Staged::new(&original.target).map_err(|error| io(path, error))?;
    staged.write_all(&bytes).map_err(|error| io(path, error))?;
    staged.commit().map_err(|error| io(path, error))?;
    Ok(Written {
        path: path.clone(),
        kind: WrittenKind::Updated,
    })
}

/// Creates `path` (and the directories it needs) inside `root` with `bytes`. Never overwrites:
/// a file already there is reported as [`EditError::Exists`] and left as it is.
pub fn create(path: &Path, root: &Path, bytes: &[u8]) -> Result<Written, EditError> {
    if path.symlink_metadata().is_ok() {
        return Err(EditError::Exists {
            path: path.to_path_buf(),
        });
    }
    let parent = parent(path);
    inside(&parent, root)?;
    std::fs::create_dir_all(&parent).map_err(|error| io(&parent, error))?;
    let temp = temporary(path, path, bytes)?;
    temp.persist_noclobber(path).map_err(|error| {
        if error.error.kind() == std::io::ErrorKind::AlreadyExists {
            EditError::Exists {
                path: path.to_path_buf(),
            }
        } else {
            io(path, error.error)
        }
    })?;
    Ok(Written {
        path: path.to_path_buf(),
        kind: WrittenKind::Created,
    })
}

/// A flushed temporary file beside `target` holding `bytes`, readable as a new file would be.
fn temporary(shown: &Path, target: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, EditError> {
    let mut temp = super::staged::beside(target, &parent(target)).map_err(|error| io(shown, error))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|error| io(shown, error))?;
    Ok(temp)
}

/// Where `path` really is, if that is inside `root`. A path that does not exist yet is judged
/// by its nearest existing ancestor.
pub(super) fn inside(path: &Path, root: &Path) -> Result<PathBuf, EditError> {
    let root = root.canonicalize().map_err(|error| io(root, error))?;
    let mut existing = path.to_path_buf();
    let mut rest = Vec::new();
    let resolved = loop {
        match existing.canonicalize() {
            Ok(resolved) => break resolved,
            Err(error) => {
                let Some(name) = existing.file_name().map(ToOwned::to_owned) else {
                    return Err(io(path, error));
                };
                rest.push(name);
                existing = parent(&existing);
            }
        }
    };
    if !resolved.starts_with(&root) {
        return Err(EditError::OutsideProject {
            path: path.to_path_buf(),
        });
    }
    Ok(rest.into_iter().rev().fold(resolved, |path, name| path.join(name)))
}

pub(super) fn parent(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

pub(super) fn io(path: &Path, error: std::io::Error) -> EditError {
    EditError::Io {
        path: path.to_path_buf(),
        error,
    }
}

impl EditError {
    /// What to do about it.
    pub fn help(&self) -> &'static str {
        match self {
            EditError::Io { .. } => "check the path and its permissions",
            EditError::OutsideProject { .. } => {
                "crossclaim writes only inside the project; replace the symlink with the file itself"
            }
            EditError::NotText { .. } => "claim files are UTF-8 text; save the file as UTF-8",
            EditError::ChangedOnDisk { .. } => "another program changed the file meanwhile; run the command again",
            EditError::Exists { .. } => "move the file away first, or choose another name",
            EditError::NotADirectory { .. } => "name a new or existing directory",
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::Io { path, error } => {
                let reason = error.to_string().to_lowercase();
                write!(f, "cannot write `{}`: {reason}", path.display())
            }
            EditError::OutsideProject { path } => {
                write!(f, "`{}` leads outside the project through a symlink", path.display())
            }
            EditError::NotText { path } => write!(f, "`{}` is not UTF-8 text", path.display()),
            EditError::ChangedOnDisk { path } => {
                write!(
                    f,
                    "`{}` changed on disk since it was read; it was not overwritten",
                    path.display()
                )
            }
            EditError::Exists { path } => write!(f, "`{}` already exists", path.display()),
            EditError::NotADirectory { path } => write!(f, "`{}` is not a directory", path.display()),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn project() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    #[test]
    fn writes_back_through_a_rename_keeping_bom_and_permissions() {
        let dir = project();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, b"\xEF\xBB\xBFa: 1\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        let original = Original::read(&path, dir.path()).unwrap();
        assert_eq!(original.text, "a: 1\n");
        let written = write_back(&original, "a: 2\n").unwrap();
        assert_eq!(written.kind, WrittenKind::Updated);
        assert_eq!(std::fs::read(&path).unwrap(), b"\xEF\xBB\xBFa: 2\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        // Nothing is left beside it: the temporary file became the file.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["a.yaml"]);
    }

    #[test]
    fn refuses_a_file_that_changed_since_it_was_read() {
        let dir = project();
        let path = dir.path().join("a.yaml");
        std::fs::write(&path, "a: 1\n").unwrap();
        let original = Original::read(&path, dir.path()).unwrap();
        std::fs::write(&path, "a: 1 # edited meanwhile\n").unwrap();
        let error = write_back(&original, "a: 2\n").unwrap_err();
        assert!(matches!(error, EditError::ChangedOnDisk { .. }), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "a: 1 # edited meanwhile\n");
    }

    #[cfg(unix)]
    #[test]
    fn follows_symlinks_inside_the_project_and_refuses_those_that_leave_it() {
        let dir = project();
        let outside = project();
        std::fs::write(dir.path().join("real.yaml"), "a: 1\n").unwrap();
        std::os::unix::fs::symlink(dir.path().join("real.yaml"), dir.path().join("link.yaml")).unwrap();
        let original = Original::read(&dir.path().join("link.yaml"), dir.path()).unwrap();
        write_back(&original, "a: 2\n").unwrap();
        assert!(dir.path().join("link.yaml").symlink_metadata().unwrap().is_symlink());
        assert_eq!(std::fs::read_to_string(dir.path().join("real.yaml")).unwrap(), "a: 2\n");

        std::fs::write(outside.path().join("far.yaml"), "a: 1\n").unwrap();
        std::os::unix::fs::symlink(outside.path().join("far.yaml"), dir.path().join("out.yaml")).unwrap();
        let error = Original::read(&dir.path().join("out.yaml"), dir.path()).unwrap_err();
        assert!(matches!(error, EditError::OutsideProject { .. }), "{error}");
        std::os::unix::fs::symlink(outside.path(), dir.path().join("elsewhere")).unwrap();
        let error = create(&dir.path().join("elsewhere/new.yaml"), dir.path(), b"x").unwrap_err();
        assert!(matches!(error, EditError::OutsideProject { .. }), "{error}");
        assert!(!outside.path().join("new.yaml").exists());
    }

    #[test]
    fn creates_directories_and_never_overwrites() {
        let dir = project();
        let path = dir.path().join("claims/articles/a.yaml");
        let written = create(&path, dir.path(), b"articles: []\n").unwrap();
        assert_eq!(written.kind, WrittenKind::Created);
        let error = create(&path, dir.path(), b"other\n").unwrap_err();
        assert!(matches!(error, EditError::Exists { .. }), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "articles: []\n");
    }
}
