//! A project loaded for curation: every claim file's definitions, so new ones can be checked
//! against them. A file that does not load stops the command: a definition in it could be the
//! one a new entry would clash with.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{self, Loaded};
use crate::project::Project;

use super::{Layout, Refusal};

/// A project and its claim files, loaded without errors.
pub struct Curated {
    pub project: Project,
    pub layout: Layout,
    pub loaded: Loaded,
}

/// Loads the claim files of a project, as `check` would find them.
pub fn load(project: Project) -> Result<Curated, Refusal> {
    let layout = Layout::of(&project);
    let mut loaded = load::load(&project.claim_paths);
    let errors: Vec<Diagnostic> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        let texts: HashMap<PathBuf, String> = loaded
            .corpus
            .files
            .iter()
            .chain(loaded.corpus.failed.iter().map(|failed| &failed.file))
            .map(|file| (file.path.clone(), file.text.clone()))
            .collect();
        return Err(located(errors, texts));
    }
    loaded.diagnostics.clear();
    Ok(Curated {
        project,
        layout,
        loaded,
    })
}

/// Findings with their spans resolved against `texts`.
pub fn located(mut diagnostics: Vec<Diagnostic>, texts: HashMap<PathBuf, String>) -> Refusal {
    let borrowed: HashMap<PathBuf, &str> = texts.iter().map(|(path, text)| (path.clone(), text.as_str())).collect();
    load::resolve(&mut diagnostics, &borrowed);
    Refusal::Findings { diagnostics, texts }
}
