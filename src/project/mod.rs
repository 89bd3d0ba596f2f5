//! Where a project's claims and sources are, and how strict each rule is: the command line's
//! request and `crossclaim.toml` combined. Every command finds its project here.

mod discover;
mod files;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::analysis::Lexicon;
use crate::config::{self, FILE_NAME, RuleLevel};
use crate::diagnostic::Code;
use crate::error::Error;
use crate::exclude::Exclude;
use crate::load::Given;
use crate::paths;

pub use discover::{CLAIMS_DIR, Found, find, start_of};
pub use files::{ClaimFiles, STDIN, claim_files};

/// What the command line says about the project. Paths are as typed, relative to the current
/// directory.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Claim files or directories named; findings and views are about these alone, in the
    /// context of the whole project. Empty: the whole project.
    pub paths: Vec<PathBuf>,
    /// `--root`: the project root, instead of finding it.
    pub root: Option<PathBuf>,
    /// `--config`: the configuration file, instead of finding it.
    pub config: Option<PathBuf>,
    /// `--no-config`: the defaults, whatever `crossclaim.toml` says.
    pub no_config: bool,
    /// Severities from the command line, in the order given: a later one wins.
    pub levels: Vec<(Code, RuleLevel)>,
    /// `--exclude` patterns, besides the configuration's.
    pub exclude: Vec<String>,
    /// The claim file standard input stands for (`-` among the paths), with its bytes.
    pub stdin: Option<Given>,
    /// Report the findings in every file, not only in the named ones.
    pub all_findings: bool,
}

/// Where a check looks and how strict it is.
#[derive(Debug, Clone, Default)]
pub struct Project {
    /// The directory article sources are relative to.
    pub root: PathBuf,
    /// The claim files and directories that make up the project.
    pub claim_paths: Vec<PathBuf>,
    /// The paths named on the command line: findings are reported for the files in them.
    /// Empty: the whole project.
    pub named: Vec<PathBuf>,
    /// When set, every article source must live under this directory.
    pub seeds: Option<PathBuf>,
    /// Severity overrides by rule, applied after checking.
    pub overrides: HashMap<Code, RuleLevel>,
    /// The configuration file in force, if any.
    pub config: Option<PathBuf>,
    /// What walks through the claim paths leave out.
    pub exclude: Exclude,
    /// The claim file standard input stands for, with its bytes.
    pub stdin: Option<Given>,
    /// Report the findings in every file, not only in the named ones.
    pub all_findings: bool,
    /// Reporting verbs and framing markers by class: the built-in lexicon with the
    /// configuration's additions.
    pub lexicon: Lexicon,
}

impl Project {
    /// Finds the project the request is about and reads its configuration.
    ///
    /// The root is `--root`, else the directory of `--config`, else the nearest directory at
    /// or above the first named path (or the current directory) that holds `crossclaim.toml`
    /// or `claims/`. The project's claims are its configuration's `claims`, else `claims/`.
    pub fn resolve(request: &Request) -> Result<Project, Error> {
        if let Some(root) = &request.root {
            check_root(root)?;
        }
        // Standard input stands for the file it names; the walk starts where that file would be.
        let first = match (&request.stdin, request.paths.first()) {
            (Some(given), Some(path)) if path.as_os_str() == STDIN => Some(&given.path),
            (_, path) => path,
        };
        let start = first.map_or_else(|| PathBuf::from("."), |path| start_of(path));
        let found = match (&request.root, &request.config) {
            (None, None) => find(&start, !request.no_config),
            _ => None,
        };
        let config = match (&request.config, request.no_config, &request.root, &found) {
            (Some(file), _, _, _) => Some(file.clone()),
            (None, true, _, _) => None,
            (None, false, Some(root), _) => {
                let file = paths::join(root, Path::new(FILE_NAME));
                file.symlink_metadata().is_ok().then_some(file)
            }
            (None, false, None, found) => found.as_ref().and_then(|found| found.config.clone()),
        };
        let loaded = match &config {
            Some(file) => Some(config::load(file)?),
            None => None,
        };
        let root = match (&request.root, &config, &found) {
            (Some(root), _, _) => root.clone(),
            (None, Some(file), _) => paths::base_dir(file),
            (None, None, Some(found)) => found.root.clone(),
            (None, None, None) => PathBuf::from("."),
        };
        let mut project = Project {
            root,
            named: request.paths.clone(),
            config,
            stdin: request.stdin.clone(),
            all_findings: request.all_findings,
            ..Project::default()
        };
        let mut exclude: Vec<String> = Vec::new();
        match loaded {
            Some(loaded) => {
                let base = paths::base_dir(project.config.as_deref().unwrap_or(Path::new(FILE_NAME)));
                let claims = loaded.claims.unwrap_or_else(|| vec![PathBuf::from(CLAIMS_DIR)]);
                project.claim_paths = claims.iter().map(|path| paths::join(&base, path)).collect();
                project.seeds = loaded.seeds.map(|seeds| paths::join(&base, &seeds));
                project.overrides = loaded.rules;
                project.lexicon = Lexicon::new(&loaded.framing);
                exclude = loaded.exclude;
            }
            None => {
                // A project of named files alone needs no `claims/`; one of nothing named does.
                let claims = paths::join(&project.root, Path::new(CLAIMS_DIR));
                if request.paths.is_empty() || claims.is_dir() {
                    project.claim_paths = vec![claims];
                }
            }
        }
        project.overrides.extend(request.levels.iter().copied());
        exclude.extend(request.exclude.iter().cloned());
        project.exclude = Exclude::new(exclude.iter().map(String::as_str)).map_err(|(pattern, reason)| {
            Error::usage(
                format!("`--exclude {pattern}` is not a glob: {reason}"),
                "write a file or directory name (`drafts`, `*.draft.yaml`) or a path from the project root (`claims/archive/**`)",
            )
        })?;
        Ok(project)
    }
}

/// `--root` must name a directory.
fn check_root(root: &Path) -> Result<(), Error> {
    let shown = root.display();
    let help = "name the project's directory: the one that holds `crossclaim.toml` or `claims/`";
    match root.metadata() {
        Ok(metadata) if metadata.is_dir() => Ok(()),
        Ok(_) => Err(Error::usage(format!("`--root {shown}` is not a directory"), help)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            Err(Error::usage(format!("`--root {shown}` does not exist"), help))
        }
        Err(error) => Err(Error::usage(
            format!(
                "cannot read `--root {shown}`: {}",
                crate::error::lower_first(&error.to_string())
            ),
            help,
        )),
    }
}
