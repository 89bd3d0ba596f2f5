use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostic::{Code, Diagnostic, Location};

/// Finds the claim files under each path: a named file is taken as is, a directory is searched
/// at any depth for `.yaml` and `.yml` files. Symlinks are followed, loops are reported. The
/// result is sorted so that output never depends on the file system's order.
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    discover_except(paths, |_| false)
}

/// [`discover`], leaving out every file and directory below a named path for which `skip` is
/// true (a directory with all it holds). A named path is never left out.
pub fn discover_except(paths: &[PathBuf], skip: impl Fn(&Path) -> bool) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diagnostics = Vec::new();
    let mut through_symlink = false;
    for root in paths {
        if !root.exists() {
            diagnostics.push(
                Diagnostic::new(
                    Code::FileUnreadable,
                    format!("`{}` does not exist", root.display()),
                    Location::file(root),
                )
                .with_help("pass an existing claim file or directory, or run in the directory that holds `claims/`"),
            );
            continue;
        }
        let walk = WalkDir::new(root).follow_links(true).sort_by_file_name();
        for entry in walk
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !skip(entry.path()))
        {
            match entry {
                Ok(entry) => {
                    let named = entry.depth() == 0;
                    through_symlink |= entry.path_is_symlink();
                    let path = entry.path();
                    if entry.file_type().is_dir() {
                        continue;
                    }
                    if !named && !is_yaml(path) {
                        continue;
                    }
                    if !entry.file_type().is_file() {
                        diagnostics.push(
                            Diagnostic::new(
                                Code::FileUnreadable,
                                format!("`{}` is not a regular file", path.display()),
                                Location::file(path),
                            )
                            .with_help("claim files must be regular files; remove or rename this entry"),
                        );
                        continue;
                    }
                    files.push(path.to_path_buf());
                }
                Err(error) => diagnostics.push(walk_error(&error)),
            }
        }
    }
    files.sort();
    // A file reached through several symlinks, or named by several paths, is one file: load it
    // once, under its first name. Under a single path without symlinks every file has one name,
    // so the thousands of look-ups that resolving each name takes are skipped.
    if paths.len() > 1 || through_symlink {
        let mut seen = std::collections::HashSet::new();
        files.retain(|path| seen.insert(path.canonicalize().unwrap_or_else(|_| path.clone())));
    }
    (files, diagnostics)
}

fn is_yaml(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml"))
}

fn walk_error(error: &walkdir::Error) -> Diagnostic {
    let path = error.path().map_or_else(PathBuf::new, Path::to_path_buf);
    if let Some(ancestor) = error.loop_ancestor() {
        return Diagnostic::new(
            Code::FileUnreadable,
            format!(
                "symlink loop: `{}` leads back to `{}`",
                path.display(),
                ancestor.display()
            ),
            Location::file(&path),
        )
        .with_help("remove the symlink or point it outside the tree being checked");
    }
    let reason = error
        .io_error()
        .map_or_else(|| error.to_string(), |io| io.to_string().to_lowercase());
    Diagnostic::new(
        Code::FileUnreadable,
        format!("cannot read `{}`: {reason}", path.display()),
        Location::file(&path),
    )
    .with_help("check the path's permissions, or remove a broken symlink")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::discover;
    use std::path::PathBuf;

    #[test]
    fn loads_a_file_named_several_ways_once() {
        let dir = tempfile::tempdir().unwrap();
        let claims = dir.path().join("claims");
        std::fs::create_dir_all(claims.join("sub")).unwrap();
        std::fs::write(claims.join("a.yaml"), "claims: []\n").unwrap();
        std::fs::write(claims.join("sub/b.yaml"), "claims: []\n").unwrap();
        let (files, _) = discover(std::slice::from_ref(&claims));
        assert_eq!(files, [claims.join("a.yaml"), claims.join("sub/b.yaml")]);
        // The same file under a directory and by name.
        let (files, _) = discover(&[claims.clone(), claims.join("a.yaml")]);
        assert_eq!(files, [claims.join("a.yaml"), claims.join("sub/b.yaml")]);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(claims.join("sub"), claims.join("again")).unwrap();
            std::os::unix::fs::symlink(claims.join("a.yaml"), claims.join("z.yaml")).unwrap();
            let (files, _) = discover(std::slice::from_ref(&claims));
            let expected: Vec<PathBuf> = vec![claims.join("a.yaml"), claims.join("again/b.yaml")];
            assert_eq!(files, expected);
        }
    }
}
