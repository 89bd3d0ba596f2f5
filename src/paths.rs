//! Paths as the user would type them: relative to the current directory where they can be,
//! without a leading `./`, and parents written as `..`.

use std::path::{Component, Path, PathBuf};

/// The directory a file's relative paths are relative to: `a/b.toml` -> `a`, `b.toml` -> `.`.
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

/// `path` without the directory `base` in front, or `None` when it is not under it. `.` is
/// in front of every relative path.
pub fn strip<'a>(path: &'a Path, base: &Path) -> Option<&'a Path> {
    if base == Path::new(".") || base.as_os_str().is_empty() {
        let path = path.strip_prefix(".").unwrap_or(path);
        return (!path.is_absolute()).then_some(path);
    }
    path.strip_prefix(base).ok()
}

/// A real directory (symlinks resolved) as the current directory reaches it: `.`, `sub`, `..`,
/// `../sibling`; the absolute path when the two share no more than the file system's root.
pub fn from_cwd(dir: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir().and_then(|cwd| cwd.canonicalize()) else {
        return dir.to_path_buf();
    };
    let shared = dir
        .components()
        .zip(cwd.components())
        .take_while(|(a, b)| a == b)
        .count();
    if shared <= 1 && dir != cwd {
        return dir.to_path_buf();
    }
    let mut relative: PathBuf = cwd.components().skip(shared).map(|_| "..").collect();
    relative.extend(dir.components().skip(shared));
    if relative.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        relative
    }
}

/// The repository a CI job runs in: `GITHUB_WORKSPACE` when set, else the nearest directory
/// at or above the current one that holds `.git`. Symlinks resolved.
pub fn workspace() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("GITHUB_WORKSPACE").filter(|dir| !dir.is_empty()) {
        let dir = PathBuf::from(dir);
        return Some(dir.canonicalize().unwrap_or(dir));
    }
    let cwd = std::env::current_dir().and_then(|cwd| cwd.canonicalize()).ok()?;
    cwd.ancestors()
        .find(|dir| dir.join(".git").exists())
        .map(Path::to_path_buf)
}

/// `path` (relative to the current directory, or absolute) as a path from `base`, a real
/// directory; unchanged when it is not inside it.
pub fn rebase(path: &Path, base: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    let absolute = normalize(&cwd.join(path));
    let real = absolute.canonicalize().unwrap_or(absolute);
    match real.strip_prefix(base) {
        Ok(rest) if !rest.as_os_str().is_empty() => rest.to_path_buf(),
        _ => path.to_path_buf(),
    }
}

/// `path` with `.` and `..` worked out from its text alone, for comparing paths that name the
/// same place differently (`claims/../claims/a.yaml`).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                let last = out.components().next_back();
                if matches!(last, Some(Component::Normal(_))) {
                    out.pop();
                } else if !matches!(last, Some(Component::RootDir | Component::Prefix(_))) {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_and_strips_without_a_leading_dot() {
        assert_eq!(base_dir(Path::new("crossclaim.toml")), Path::new("."));
        assert_eq!(base_dir(Path::new("a/crossclaim.toml")), Path::new("a"));
        assert_eq!(join(Path::new("."), Path::new("claims")), Path::new("claims"));
        assert_eq!(join(Path::new(".."), Path::new("claims")), Path::new("../claims"));
        assert_eq!(
            strip(Path::new("claims/a.yaml"), Path::new(".")),
            Some(Path::new("claims/a.yaml"))
        );
        assert_eq!(
            strip(Path::new("../claims/a.yaml"), Path::new("..")),
            Some(Path::new("claims/a.yaml"))
        );
        assert_eq!(strip(Path::new("/claims/a.yaml"), Path::new(".")), None);
    }

    #[test]
    fn works_out_dots_from_the_text() {
        assert_eq!(
            normalize(Path::new("./claims/../claims/a.yaml")),
            Path::new("claims/a.yaml")
        );
        assert_eq!(normalize(Path::new("../../a")), Path::new("../../a"));
        assert_eq!(normalize(Path::new("a/..")), Path::new("."));
        assert_eq!(normalize(Path::new("/..")), Path::new("/"));
    }
}
