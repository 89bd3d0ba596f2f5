//! Where a project's claims and sources are.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::analysis::Lexicon;
use crate::cli::ProjectArgs;
use crate::config::{self, ConfigError, RuleLevel};
use crate::diagnostic::Code;

/// The conventional directory of claim files, relative to the project root.
pub const CLAIMS_DIR: &str = "claims";

/// The project root for a set of claim paths: the parent of the nearest enclosing directory
/// named `claims`, else the current directory. Article sources are relative to it.
pub fn find_root(paths: &[PathBuf]) -> PathBuf {
    let Some(first) = paths.first() else {
        return PathBuf::from(".");
    };
    let absolute = std::path::absolute(first).unwrap_or_else(|_| first.clone());
    for ancestor in absolute.ancestors() {
        if ancestor.file_name().is_some_and(|name| name == CLAIMS_DIR) {
            let root = ancestor.parent().unwrap_or(Path::new("/"));
            return relative_to_cwd(root);
        }
    }
    PathBuf::from(".")
}

/// Shows paths the way the user typed them: relative to the current directory when inside it.
fn relative_to_cwd(path: &Path) -> PathBuf {
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    match path.strip_prefix(&cwd) {
        Ok(rest) if rest.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rest) => rest.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}

/// Where a check looks and how strict it is: the command line and `crossclaim.toml` combined.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// The directory article sources are relative to.
    pub root: PathBuf,
    /// The claim files and directories to check.
    pub claim_paths: Vec<PathBuf>,
    /// When set, every article source must live under this directory.
    pub seeds: Option<PathBuf>,
    /// Severity overrides by rule, applied after checking.
    pub overrides: HashMap<Code, RuleLevel>,
    /// The configuration file in force, if any.
    pub config: Option<PathBuf>,
    /// Reporting verbs and framing markers by class: the built-in lexicon with the
    /// configuration's additions.
    pub lexicon: Lexicon,
}

impl Project {
    /// Combines the claim paths named on the command line, `--root`, `--config` and the
    /// `crossclaim.toml` found from `--root` (else the current directory) upwards.
    ///
    /// Without a configuration file: the named paths (default `claims/`), and the root from
    /// `--root` or [`find_root`]. With one: its directory is the root unless `--root` is given;
    /// its `claims` are checked when no paths are named; its paths are relative to it.
    pub fn resolve(paths: &[PathBuf], args: &ProjectArgs) -> Result<Project, ConfigError> {
        let file = match &args.config {
            Some(file) => Some(file.clone()),
            None => config::find(args.root.as_deref().unwrap_or(Path::new("."))),
        };
        let Some(file) = file else {
            let claim_paths = if paths.is_empty() {
                vec![PathBuf::from(CLAIMS_DIR)]
            } else {
                paths.to_vec()
            };
            let root = args.root.clone().unwrap_or_else(|| find_root(&claim_paths));
            return Ok(Project {
                root,
                claim_paths,
                ..Project::default()
            });
        };
        let loaded = config::load(&file)?;
        let base = config::base_dir(&file);
        let claim_paths = if paths.is_empty() {
            let configured = loaded.claims.unwrap_or_else(|| vec![PathBuf::from(CLAIMS_DIR)]);
            configured.iter().map(|path| config::join(&base, path)).collect()
        } else {
            paths.to_vec()
        };
        Ok(Project {
            root: args.root.clone().unwrap_or_else(|| base.clone()),
            claim_paths,
            seeds: loaded.seeds.map(|seeds| config::join(&base, &seeds)),
            overrides: loaded.rules,
            config: Some(file),
            lexicon: Lexicon::new(&loaded.framing),
        })
    }
}
