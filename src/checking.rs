//! The whole of `crossclaim check` short of printing: load, check, apply the project's
//! severities, locate and sort the findings. The command and the benchmark both run this, so
//! what is measured is what users run.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::check::{self, Checked};
use crate::config::{RuleLevel, apply_overrides};
use crate::diagnostic::{Code, Diagnostic, Omitted, Severity, cap};
use crate::load::{self, Loaded};
use crate::project::Project;
use crate::render::Counts;

/// What checking a project found, with the data the findings point into.
pub struct Report {
    /// Located, in file order, then position; at most `MAX_FINDINGS_PER_FILE` per file.
    pub diagnostics: Vec<Diagnostic>,
    /// What was left out of each file's findings beyond that.
    pub omitted: Vec<Omitted>,
    pub counts: Counts,
    /// The corpus; its `diagnostics` have moved to the report's.
    pub loaded: Loaded,
    /// The sources; its `diagnostics` have moved to the report's.
    pub checked: Checked,
}

impl Report {
    /// The text of every file a finding names, by path, for showing snippets.
    pub fn texts(&self) -> HashMap<PathBuf, &str> {
        texts(&self.loaded, &self.checked, &self.diagnostics)
    }
}

/// Loads and checks the project's claim files.
pub fn check_project(project: &Project) -> Report {
    let mut loaded = load::load(&project.claim_paths);
    // Decided on the rules' own severities: a file that failed to load leaves the corpus
    // incomplete however a project rates that failure.
    let complete = !loaded.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let mut checked = check::check(
        &loaded.corpus,
        &project.lexicon,
        &project.root,
        project.seeds.as_deref(),
        complete,
    );
    // Moved, not copied: the report's own list is the one place the findings live.
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    diagnostics.append(&mut checked.diagnostics);
    apply_overrides(&mut diagnostics, &project.overrides);
    let named = texts(&loaded, &checked, &diagnostics);
    load::resolve(&mut diagnostics, &named);
    sort(&mut diagnostics);
    // Problems loading only counted are schema violations, at the project's severity for them.
    let counted: HashMap<PathBuf, usize> = loaded
        .corpus
        .files
        .iter()
        .filter(|file| file.omitted > 0)
        .map(|file| (file.path.clone(), file.omitted))
        .collect();
    let counted_severity = match project.overrides.get(&Code::SchemaViolation) {
        None => Some(Code::SchemaViolation.default_severity()),
        Some(RuleLevel::Off) => None,
        Some(RuleLevel::Error) => Some(Severity::Error),
        Some(RuleLevel::Warning) => Some(Severity::Warning),
        Some(RuleLevel::Info) => Some(Severity::Info),
    };
    let omitted = cap(&mut diagnostics, &counted, counted_severity);
    let counts = Counts {
        files: loaded.corpus.files.len() + loaded.corpus.failed.len(),
        articles: checked.sources.len(),
        claims: loaded.corpus.claims.len(),
        errors: diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
            + omitted.iter().map(|o| o.errors).sum::<usize>(),
        warnings: diagnostics.iter().filter(|d| d.severity == Severity::Warning).count()
            + omitted.iter().map(|o| o.warnings).sum::<usize>(),
        infos: diagnostics.iter().filter(|d| d.severity == Severity::Info).count()
            + omitted.iter().map(|o| o.infos).sum::<usize>(),
    };
    Report {
        diagnostics,
        omitted,
        counts,
        loaded,
        checked,
    }
}

/// Only the files findings name: a clean corpus needs no map of its texts at all.
fn texts<'a>(loaded: &'a Loaded, checked: &'a Checked, diagnostics: &[Diagnostic]) -> HashMap<PathBuf, &'a str> {
    let named: HashSet<&Path> = diagnostics
        .iter()
        .flat_map(|d| std::iter::once(&d.primary).chain(d.related.iter().map(|r| &r.location)))
        .map(|location| location.file.as_path())
        .collect();
    let mut texts = HashMap::new();
    if named.is_empty() {
        return texts;
    }
    let failed = loaded.corpus.failed.iter().map(|failed| &failed.file);
    for file in loaded.corpus.files.iter().chain(failed) {
        if named.contains(file.path.as_path()) {
            texts.insert(file.path.clone(), file.text.as_str());
        }
    }
    for (path, text) in &checked.sources {
        if named.contains(path.as_path()) {
            texts.insert(path.clone(), text.as_str());
        }
    }
    texts
}

/// File order, then position, so output reads top to bottom like the files.
fn sort(diagnostics: &mut [Diagnostic]) {
    let key = |d: &Diagnostic| (d.primary.span.as_ref().map(|s| s.bytes.start), d.code);
    diagnostics.sort_by(|a, b| a.primary.file.cmp(&b.primary.file).then_with(|| key(a).cmp(&key(b))));
}
