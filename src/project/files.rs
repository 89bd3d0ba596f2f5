//! Which claim files a command loads, and which of them it is about: every file of the project
//! loads (definitions and sources live anywhere in it), and the paths named on the command
//! line pick the files findings are reported for.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::error::Error;
use crate::load::discover_except;
use crate::paths;

use super::Project;

/// The name that stands for standard input among the paths.
pub const STDIN: &str = "-";

/// The claim files to load and the ones named.
#[derive(Debug, Default)]
pub struct ClaimFiles {
    /// Every claim file to load, as shown, sorted. A named file is shown as it was named.
    pub files: Vec<PathBuf>,
    /// The files findings are reported for; `None` when nothing was named: all of them.
    pub targets: Option<HashSet<PathBuf>>,
    /// Paths that do not exist or cannot be read.
    pub diagnostics: Vec<Diagnostic>,
}

/// Finds the project's claim files and the named ones among them. A path that holds no claim
/// file, named or configured, is an error: a wrong path in CI must not pass as a clean check.
pub fn claim_files(project: &Project) -> Result<ClaimFiles, Error> {
    let skip = |path: &Path| {
        let name = path.file_name().unwrap_or_default();
        project.exclude.excludes(name, paths::strip(path, &project.root))
    };
    let (files, diagnostics) = discover_except(&project.claim_paths, skip);
    let mut found = ClaimFiles {
        files,
        targets: None,
        diagnostics,
    };
    let named: Vec<&PathBuf> = project.named.iter().collect();
    if named.is_empty() {
        for path in &project.claim_paths {
            if path.exists() && !found.files.iter().any(|file| file.starts_with(path)) {
                return Err(no_claim_files(path, project));
            }
        }
        return Ok(found);
    }
    let claim_dirs: Vec<(&PathBuf, PathBuf)> = project
        .claim_paths
        .iter()
        .filter_map(|path| Some((path, path.canonicalize().ok()?)))
        .collect();
    let mut targets = HashSet::new();
    let mut renamed: HashMap<PathBuf, PathBuf> = HashMap::new();
    let mut extra = Vec::new();
    for path in named {
        let stdin = path.as_os_str() == STDIN && project.stdin.is_some();
        let shown = match (&project.stdin, stdin) {
            (Some(given), true) => given.path.clone(),
            _ => path.clone(),
        };
        if !stdin && path.symlink_metadata().is_err() {
            found.diagnostics.push(does_not_exist(path));
            continue;
        }
        let before = targets.len();
        if let Some(real) = real_path(&shown) {
            for (dir, real_dir) in &claim_dirs {
                if let Ok(rest) = real.strip_prefix(real_dir) {
                    // Named inside one of the project's claim paths: its files are the project's.
                    let prefix = paths::join(dir, rest);
                    for file in found.files.iter().filter(|file| file.starts_with(&prefix)) {
                        let rest = file.strip_prefix(&prefix).unwrap_or(Path::new(""));
                        let as_named = if rest.as_os_str().is_empty() {
                            shown.clone()
                        } else {
                            paths::join(&shown, rest)
                        };
                        targets.insert(as_named.clone());
                        renamed.insert(file.clone(), as_named);
                    }
                } else if real_dir.starts_with(&real) {
                    // Named around a claim path (`check .` at the root): the project's files in it.
                    targets.extend(found.files.iter().filter(|file| file.starts_with(dir)).cloned());
                }
            }
        }
        if targets.len() > before {
            continue;
        }
        if stdin {
            // Text not yet saved, or saved outside the claim paths: a file of its own.
            targets.insert(shown.clone());
            extra.push(shown);
            continue;
        }
        // Outside the project's claim paths, or a file its walk leaves out (not `.yaml`, or
        // excluded): named, so it is read all the same.
        let (files, diagnostics) = discover_except(std::slice::from_ref(path), |p| {
            project.exclude.excludes(p.file_name().unwrap_or_default(), None)
        });
        if files.is_empty() && diagnostics.is_empty() {
            return Err(no_claim_files(path, project));
        }
        targets.extend(files.iter().cloned());
        extra.extend(files);
        found.diagnostics.extend(diagnostics);
    }
    for file in &mut found.files {
        if let Some(as_named) = renamed.remove(file) {
            *file = as_named;
        }
    }
    found.files.extend(extra);
    found.files.sort();
    found.files.dedup();
    found.targets = Some(targets);
    Ok(found)
}

/// The path with symlinks resolved; for a file not yet saved, its directory's.
fn real_path(path: &Path) -> Option<PathBuf> {
    if let Ok(real) = path.canonicalize() {
        return Some(real);
    }
    let dir = paths::base_dir(path).canonicalize().ok()?;
    Some(dir.join(path.file_name()?))
}

fn does_not_exist(path: &Path) -> Diagnostic {
    Diagnostic::new(
        Code::FileUnreadable,
        format!("`{}` does not exist", path.display()),
        Location::file(path),
    )
    .with_help("pass an existing claim file or directory, or run in the directory that holds `claims/`")
}

fn no_claim_files(path: &Path, project: &Project) -> Error {
    let mut help = "claim files are YAML files (`.yaml` or `.yml`); `crossclaim init` starts a project".to_string();
    if !project.exclude.is_empty() {
        help.push_str("; check the `exclude` patterns too");
    } else if let (true, Some(config)) = (project.named.is_empty(), &project.config) {
        // A path nobody typed came from the configuration: that is where a wrong one is fixed.
        help.push_str(&format!("; check `claims` in `{}`", config.display()));
    }
    Error::usage(format!("no claim files in `{}`", path.display()), help)
}
