use std::path::{Component, Path, PathBuf};

/// The name of a project's configuration file.
pub const FILE_NAME: &str = "crossclaim.toml";

/// Looks for `crossclaim.toml` in `start` and then in each parent directory. The search stops
/// at the first directory that holds the file, a `claims/` directory or `.git`: a directory
/// with claims of its own is a project of its own, and a repository's configuration never
/// comes from outside it. The result is shown relative to `start` as typed (`../crossclaim.toml`).
pub fn find(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let mut shown = start.to_path_buf();
    for dir in absolute.ancestors() {
        // Anything by that name counts, so a directory or a FIFO named `crossclaim.toml` is
        // reported by the reader instead of being passed over in silence.
        if std::fs::symlink_metadata(dir.join(FILE_NAME)).is_ok() {
            return Some(join(&shown, Path::new(FILE_NAME)));
        }
        if dir.join(crate::project::CLAIMS_DIR).is_dir() || dir.join(".git").exists() {
            return None;
        }
        shown = parent(&shown);
    }
    None
}

/// The directory a configuration file's paths are relative to.
pub fn base_dir(file: &Path) -> PathBuf {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `base/relative`, without a leading `./`, so paths read as the user would type them.
pub fn join(base: &Path, relative: &Path) -> PathBuf {
    if base == Path::new(".") || base.as_os_str().is_empty() {
        relative.to_path_buf()
    } else {
        base.join(relative)
    }
}

/// The parent of a directory as the user would write it: `a/b` -> `a`, `.` -> `..`,
/// `..` -> `../..`.
fn parent(dir: &Path) -> PathBuf {
    match dir.components().next_back() {
        Some(Component::Normal(_)) => base_dir(dir),
        Some(Component::CurDir) | None => PathBuf::from(".."),
        Some(_) => dir.join(".."),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn parents_are_written_as_typed() {
        assert_eq!(parent(Path::new(".")), Path::new(".."));
        assert_eq!(parent(Path::new("..")), Path::new("../.."));
        assert_eq!(parent(Path::new("a/b")), Path::new("a"));
        assert_eq!(parent(Path::new("a")), Path::new("."));
    }

    #[test]
    fn finds_the_nearest_file_and_stops_at_a_project_of_its_own() {
        let tmp = tempfile::tempdir().unwrap();
        let outer = tmp.path();
        std::fs::write(outer.join(FILE_NAME), "").unwrap();
        std::fs::create_dir_all(outer.join("a/b")).unwrap();
        std::fs::create_dir_all(outer.join("p/claims")).unwrap();
        std::fs::create_dir_all(outer.join("p/sub")).unwrap();
        assert_eq!(find(&outer.join("a/b")), Some(outer.join(FILE_NAME)));
        assert_eq!(find(&outer.join("p/sub")), None);
        assert_eq!(base_dir(Path::new(FILE_NAME)), Path::new("."));
        assert_eq!(join(Path::new("."), Path::new("claims")), Path::new("claims"));
    }
}
