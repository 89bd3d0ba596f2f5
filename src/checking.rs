//! The whole of `crossclaim check` short of printing: find the files, load, check, apply the
//! project's severities, keep the findings about the named files, locate and sort them. The
//! command, the views and the benchmark all run this, so what is measured is what users run.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::allowances;
use crate::check::{self, Checked};
use crate::config::{RuleLevel, apply_overrides};
use crate::diagnostic::{Code, Diagnostic, Omitted, Severity, cap};
use crate::error::Error;
use crate::lines::LineIndex;
use crate::load::{self, Keep, Loaded};
use crate::project::{Project, claim_files};

/// What a check looked at and what it found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub files: usize,
    pub articles: usize,
    pub claims: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Findings that are worth knowing, never a failure.
    pub infos: usize,
    /// Errors and warnings in files that were not named, left out of the report.
    pub elsewhere: Tally,
    /// Findings an `allow:` silences.
    pub allowed: usize,
}

/// Errors and warnings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Tally {
    pub fn of<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> Tally {
        let mut tally = Tally::default();
        for diagnostic in diagnostics {
            match diagnostic.severity {
                Severity::Error => tally.errors += 1,
                Severity::Warning => tally.warnings += 1,
                Severity::Info => tally.infos += 1,
            }
        }
        tally
    }

    pub fn is_empty(&self) -> bool {
        self.errors == 0 && self.warnings == 0
    }
}

/// What checking a project found, with the data the findings point into.
pub struct Report {
    /// The findings about the named files (all files when none were named): located, in file
    /// order, then position; at most `MAX_FINDINGS_PER_FILE` per file.
    pub diagnostics: Vec<Diagnostic>,
    /// What was left out of each file's findings beyond that.
    pub omitted: Vec<Omitted>,
    /// The findings an `allow:` silences, kept apart, in the same order.
    pub allowed: Vec<Diagnostic>,
    pub counts: Counts,
    /// The corpus; its `diagnostics` have moved to the report's.
    pub loaded: Loaded,
    /// The sources; its `diagnostics` have moved to the report's.
    pub checked: Checked,
    /// The files findings are reported for; `None`: every file.
    pub targets: Option<HashSet<PathBuf>>,
}

impl Report {
    /// The text of every file a finding names, by path, for showing snippets.
    pub fn texts(&self) -> HashMap<PathBuf, &str> {
        let mut texts = texts(&self.loaded, &self.checked, &self.diagnostics);
        texts.extend(self.allowed_texts());
        texts
    }

    /// The text of every file an allowed finding names.
    fn allowed_texts(&self) -> HashMap<PathBuf, &str> {
        texts(&self.loaded, &self.checked, &self.allowed)
    }

    /// The findings to list: with `allowed`, the allowed ones too, in their place.
    pub fn listed(&self, allowed: bool) -> Cow<'_, [Diagnostic]> {
        if !allowed || self.allowed.is_empty() {
            return Cow::Borrowed(&self.diagnostics);
        }
        let mut all: Vec<Diagnostic> = self.diagnostics.iter().chain(&self.allowed).cloned().collect();
        sort(&mut all);
        Cow::Owned(all)
    }

    /// Whether findings about this claim file are reported.
    pub fn is_target(&self, file: &Path) -> bool {
        self.targets.as_ref().is_none_or(|targets| targets.contains(file))
    }
}

/// Loads and checks the project's claim files. Every file of the project is loaded and checked,
/// so that a named file's references resolve; the findings kept are those in the named files,
/// or that point into them (a definition they duplicate), unless `all` asks for every one.
/// `keep` says which texts the report holds: with [`Keep::FindingsOnly`], those of the files
/// its findings name.
pub fn check_project(project: &Project, keep: Keep) -> Result<Report, Error> {
    let found = claim_files(project)?;
    let mut loaded = load::load_files(&found.files, found.diagnostics, project.stdin.as_ref(), keep);
    // Decided on the rules' own severities: a file that failed to load leaves the corpus
    // incomplete however a project rates that failure.
    let complete = !loaded.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let mut checked = check::check(
        &loaded.corpus,
        &project.lexicon,
        &project.root,
        project.seeds.as_deref(),
        complete,
        keep,
    );
    // Moved, not copied: the report's own list is the one place the findings live.
    let mut diagnostics = std::mem::take(&mut loaded.diagnostics);
    diagnostics.append(&mut checked.diagnostics);
    let (mut diagnostics, mut allowed) = allowances::apply(diagnostics, &loaded.corpus, complete);
    apply_overrides(&mut diagnostics, &project.overrides);
    apply_overrides(&mut allowed, &project.overrides);
    let mut elsewhere = Tally::default();
    let targets = found.targets.filter(|_| !project.all_findings);
    if let Some(targets) = &targets {
        let named = &project.named;
        let (kept, left): (Vec<Diagnostic>, Vec<Diagnostic>) =
            diagnostics.into_iter().partition(|d| is_about(d, targets, named));
        elsewhere = Tally::of(&left);
        diagnostics = kept;
        allowed.retain(|d| is_about(d, targets, named));
    }
    // The claim files whose texts were let go and that a rule then found something in.
    load::reread(&mut loaded.corpus, &files_named(diagnostics.iter().chain(&allowed)));
    for list in [&mut diagnostics, &mut allowed] {
        let named = texts(&loaded, &checked, list);
        load::resolve(list, &named);
        // One line index per file an `allow` is in, however many findings it silences.
        let mut lines: HashMap<PathBuf, LineIndex> = HashMap::new();
        for allowed in list.iter_mut().filter_map(|d| d.allowed.as_mut()) {
            if let Some(text) = named.get(&allowed.by.file) {
                let index = lines
                    .entry(allowed.by.file.clone())
                    .or_insert_with(|| LineIndex::new(text));
                allowed.by.locate_bytes(text, index);
            }
        }
        sort(list);
    }
    // Problems loading only counted are schema violations, at the project's severity for them.
    let counted_in: HashMap<PathBuf, usize> = loaded
        .corpus
        .files
        .iter()
        .filter(|file| file.omitted > 0)
        .filter(|file| targets.as_ref().is_none_or(|targets| targets.contains(&file.path)))
        .map(|file| (file.path.clone(), file.omitted))
        .collect();
    let counted_severity = match project.overrides.get(&Code::SchemaViolation) {
        None => Some(Code::SchemaViolation.default_severity()),
        Some(RuleLevel::Off) => None,
        Some(RuleLevel::Error) => Some(Severity::Error),
        Some(RuleLevel::Warning) => Some(Severity::Warning),
        Some(RuleLevel::Info) => Some(Severity::Info),
    };
    let omitted = cap(&mut diagnostics, &counted_in, counted_severity);
    let shown = Tally::of(&diagnostics);
    let counts = Counts {
        errors: shown.errors + omitted.iter().map(|o| o.errors).sum::<usize>(),
        warnings: shown.warnings + omitted.iter().map(|o| o.warnings).sum::<usize>(),
        infos: shown.infos + omitted.iter().map(|o| o.infos).sum::<usize>(),
        elsewhere,
        allowed: allowed.len(),
        ..counted(&loaded, &checked, project, targets.as_ref())
    };
    Ok(Report {
        diagnostics,
        omitted,
        allowed,
        counts,
        loaded,
        checked,
        targets,
    })
}

/// A finding in a named file, or pointing into one, or about a named path itself (one that
/// does not exist, or a file in a named directory that cannot be read).
fn is_about(diagnostic: &Diagnostic, targets: &HashSet<PathBuf>, named: &[PathBuf]) -> bool {
    let in_named = |file: &Path| targets.contains(file) || named.iter().any(|path| file.starts_with(path));
    in_named(&diagnostic.primary.file) || diagnostic.related.iter().any(|r| targets.contains(&r.location.file))
}

/// The claims, files and article sources of the named files (of all files when none were
/// named). A named file's sources are those of the articles it defines and of its claims.
fn counted(loaded: &Loaded, checked: &Checked, project: &Project, targets: Option<&HashSet<PathBuf>>) -> Counts {
    let corpus = &loaded.corpus;
    let Some(targets) = targets else {
        return Counts {
            files: corpus.files.len() + corpus.failed.len(),
            articles: checked.read.len(),
            claims: corpus.claims.len(),
            ..Counts::default()
        };
    };
    let named_file: Vec<bool> = corpus.files.iter().map(|file| targets.contains(&file.path)).collect();
    let is_named = |file: usize| named_file.get(file).copied().unwrap_or(false);
    let claims: Vec<_> = corpus.claims.iter().filter(|claim| is_named(claim.file)).collect();
    let mut articles: HashSet<&str> = corpus
        .articles
        .iter()
        .filter(|article| is_named(article.file))
        .map(|article| article.value.id.as_str())
        .collect();
    articles.extend(claims.iter().map(|claim| claim.value.article.as_ref()));
    let sources: HashSet<PathBuf> = corpus
        .articles
        .iter()
        .filter(|article| articles.contains(article.value.id.as_str()))
        .map(|article| crate::paths::join(&project.root, Path::new(&article.value.source)))
        .filter(|source| checked.read.contains(source))
        .collect();
    let failed = corpus
        .failed
        .iter()
        .filter(|failed| targets.contains(&failed.file.path))
        .count();
    Counts {
        files: named_file.iter().filter(|&&named| named).count() + failed,
        articles: sources.len(),
        claims: claims.len(),
        ..Counts::default()
    }
}

/// Only the files findings name: a clean corpus needs no map of its texts at all.
fn texts<'a>(loaded: &'a Loaded, checked: &'a Checked, diagnostics: &[Diagnostic]) -> HashMap<PathBuf, &'a str> {
    let named = files_named(diagnostics);
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

/// Every file the findings point into, at their primary or a related location.
fn files_named<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> HashSet<&'a Path> {
    diagnostics
        .into_iter()
        .flat_map(|d| std::iter::once(&d.primary).chain(d.related.iter().map(|r| &r.location)))
        .map(|location| location.file.as_path())
        .collect()
}

/// File order, then position, so output reads top to bottom like the files.
fn sort(diagnostics: &mut [Diagnostic]) {
    let key = |d: &Diagnostic| (d.primary.span.as_ref().map(|s| s.bytes.start), d.code);
    diagnostics.sort_by(|a, b| a.primary.file.cmp(&b.primary.file).then_with(|| key(a).cmp(&key(b))));
}
