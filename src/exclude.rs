//! `--exclude GLOB` and `exclude = [...]`: claim files and directories that are not part of the
//! project (drafts, templates, another tool's YAML).

use std::ffi::OsStr;
use std::path::Path;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Patterns a walk leaves out. A pattern without `/` names files or directories at any depth
/// (`drafts`, `*.draft.yaml`); one with `/` is a path from the project root
/// (`claims/archive/**`), where `*` stays within one directory and `**` crosses them.
#[derive(Debug, Clone, Default)]
pub struct Exclude {
    names: GlobSet,
    paths: GlobSet,
}

impl Exclude {
    /// Compiles the patterns; the first that is not a glob is the error, with globset's reason.
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Result<Exclude, (String, String)> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for pattern in patterns {
            let trimmed = pattern.trim_start_matches('/').trim_end_matches('/');
            let glob = compile(trimmed).map_err(|reason| (pattern.to_string(), reason))?;
            if trimmed.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let build = |set: GlobSetBuilder| set.build().map_err(|e| (String::new(), e.kind().to_string()));
        Ok(Exclude {
            names: build(names)?,
            paths: build(paths)?,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty() && self.paths.is_empty()
    }

    /// Whether the entry `name`, at `from_root` (its path from the project root, when it is
    /// inside it), is left out.
    pub fn excludes(&self, name: &OsStr, from_root: Option<&Path>) -> bool {
        self.names.is_match(Path::new(name)) || from_root.is_some_and(|path| self.paths.is_match(path))
    }
}

/// Checks one pattern, as `crossclaim.toml` and the command line take it.
pub fn check_pattern(pattern: &str) -> Result<(), String> {
    compile(pattern.trim_start_matches('/').trim_end_matches('/')).map(|_| ())
}

fn compile(pattern: &str) -> Result<globset::Glob, String> {
    if pattern.is_empty() {
        return Err("the pattern is empty".to_string());
    }
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map_err(|e| e.kind().to_string())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn names_match_at_any_depth_and_paths_from_the_root() {
        let exclude = Exclude::new(["drafts", "*.draft.yaml", "claims/archive/**", "/claims/old.yaml"]).unwrap();
        let excluded = |name: &str, path: &str| exclude.excludes(OsStr::new(name), Some(Path::new(path)));
        assert!(excluded("drafts", "claims/drafts"));
        assert!(excluded("a.draft.yaml", "claims/x/a.draft.yaml"));
        assert!(excluded("b.yaml", "claims/archive/2020/b.yaml"));
        assert!(excluded("old.yaml", "claims/old.yaml"));
        assert!(!excluded("old.yaml", "claims/sub/old.yaml"));
        assert!(!excluded("a.yaml", "claims/a.yaml"));
        // A path pattern needs the path from the root; a name pattern does not.
        assert!(!exclude.excludes(OsStr::new("b.yaml"), None));
        assert!(exclude.excludes(OsStr::new("drafts"), None));
    }

    #[test]
    fn refuses_what_is_not_a_glob() {
        assert!(Exclude::new(["claims/[a"]).is_err());
        assert_eq!(check_pattern("/"), Err("the pattern is empty".to_string()));
        assert!(Exclude::new(Vec::<&str>::new()).unwrap().is_empty());
    }
}
