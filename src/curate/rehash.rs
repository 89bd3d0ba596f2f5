//! `crossclaim rehash [ARTICLE-ID...]`: after an intentional edit of a source, record its new
//! sha256 in place (only those 64 hex digits change) and name the claims whose quotes the edit
//! broke, as `check` reports them.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::check::Index;
use crate::checking::Report;
use crate::diagnostic::{Code, Diagnostic, Location, Severity, Target};
use crate::edit::{Edit, EditError, Original, Written, apply, scalar_values, write_back};
use crate::load::{MAX_SOURCE_FILE_BYTES, read_bytes};
use crate::model::{Article, Corpus, FileId, Item, ItemPath};
use crate::project::Project;

use super::add::unknown_article;
use super::loaded::located;
use super::read_back::read_back;
use super::{Layout, Refusal};

/// One article whose source no longer has the recorded hash.
#[derive(Debug, Clone)]
pub struct Rehashed {
    pub article: String,
    /// The source file, as shown to the user.
    pub source: PathBuf,
    /// The claim file the hash is recorded in.
    pub file: PathBuf,
    pub old: String,
    pub new: String,
}

#[derive(Debug)]
pub struct RehashReport {
    pub changed: Vec<Rehashed>,
    /// Articles looked at whose sources still match.
    pub unchanged: usize,
    /// Empty under `--dry-run`.
    pub written: Vec<Written>,
    /// `check`'s findings on the quotes of the changed articles' claims, located.
    pub broken: Vec<Diagnostic>,
    /// The ids of those claims, in file order.
    pub broken_claims: Vec<String>,
    pub texts: HashMap<PathBuf, String>,
}

/// An article whose source changed, with what changes.
type Changed<'a> = (&'a Item<Article>, Rehashed);

/// Findings that mean a claim's quote does not anchor in its source.
const UNANCHORED: [Code; 2] = [Code::QuoteNotFound, Code::DisambiguatorMismatch];
/// Findings that keep a source from being hashed.
const SOURCE_PROBLEMS: [Code; 3] = [Code::SourceMissing, Code::SourceOutsideRoot, Code::SourceUnreadable];
/// Findings that mean the claim files were not all read.
const LOAD_PROBLEMS: [Code; 6] = [
    Code::FileUnreadable,
    Code::FileTooLarge,
    Code::InvalidEncoding,
    Code::YamlSyntax,
    Code::YamlLimit,
    Code::SchemaViolation,
];

/// Rehashes the named articles (all when none are named) of a checked project; writes nothing
/// under `dry_run`.
pub fn rehash(project: &Project, report: &Report, ids: &[String], dry_run: bool) -> Result<RehashReport, Refusal> {
    let layout = Layout::of(project);
    let corpus = &report.loaded.corpus;
    let owned_texts = |report: &Report| -> HashMap<PathBuf, String> {
        report.texts().into_iter().map(|(p, t)| (p, t.to_string())).collect()
    };
    let unloaded: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && LOAD_PROBLEMS.contains(&d.code))
        .cloned()
        .collect();
    if !unloaded.is_empty() {
        return Err(Refusal::Findings {
            diagnostics: unloaded,
            texts: owned_texts(report),
        });
    }
    let index = Index::new(corpus);
    let unknown: Vec<Diagnostic> = ids
        .iter()
        .filter(|id| !index.articles.contains_key(id.as_str()))
        .map(|id| unknown_article(id, index.articles.keys(), &layout.claims))
        .collect();
    if !unknown.is_empty() {
        return Err(located(unknown, HashMap::new()));
    }
    let mut articles: Vec<&Item<Article>> = index
        .articles
        .values()
        .copied()
        .filter(|a| ids.is_empty() || ids.contains(&a.value.id))
        .collect();
    articles.sort_by_cached_key(|a| (a.file, a.path.to_string()));
    let selected: HashSet<(&Path, String)> = articles.iter().map(|a| place(corpus, a)).collect();
    let blocked: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| SOURCE_PROBLEMS.contains(&d.code) && about(d).is_some_and(|at| selected.contains(&at)))
        .cloned()
        .collect();
    if !blocked.is_empty() {
        return Err(Refusal::Findings {
            diagnostics: blocked,
            texts: owned_texts(report),
        });
    }
    let mut changed = Vec::new();
    for article in &articles {
        let source = crate::paths::join(&project.root, Path::new(&article.value.source));
        let bytes = read_bytes(&source, MAX_SOURCE_FILE_BYTES).map_err(|error| {
            Refusal::Edit(EditError::Io {
                path: source.clone(),
                error: std::io::Error::other(error.describe()),
            })
        })?;
        let new: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        if new != article.value.sha256 {
            changed.push((
                *article,
                Rehashed {
                    article: article.value.id.clone(),
                    source,
                    file: corpus.file_path(article.file).to_path_buf(),
                    old: article.value.sha256.clone(),
                    new,
                },
            ));
        }
    }
    let planned = plan(corpus, &layout.root, &changed)?;
    let mut written = Vec::new();
    if !dry_run {
        for (original, text) in &planned {
            written.push(write_back(original, text)?);
        }
    }
    let (broken, broken_claims) = unanchored(report, &changed);
    let texts = owned_texts(report);
    Ok(RehashReport {
        unchanged: articles.len() - changed.len(),
        changed: changed.into_iter().map(|(_, r)| r).collect(),
        written,
        broken,
        broken_claims,
        texts,
    })
}

/// The new text of every claim file that records a changed hash, each read back to make sure
/// the hashes, and only they, changed. Computed for all files before any is written.
fn plan(corpus: &Corpus, root: &Path, changed: &[Changed<'_>]) -> Result<Vec<(Original, String)>, Refusal> {
    let mut by_file: Vec<(FileId, Vec<&Changed<'_>>)> = Vec::new();
    let mut slot: HashMap<FileId, usize> = HashMap::new();
    for entry in changed {
        let at = *slot.entry(entry.0.file).or_insert_with(|| {
            by_file.push((entry.0.file, Vec::new()));
            by_file.len() - 1
        });
        by_file[at].1.push(entry);
    }
    let mut planned = Vec::new();
    for (file, entries) in by_file {
        let path = corpus.file_path(file);
        let unplaceable = |reason: &str| Refusal::Unplaceable {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        };
        let original = Original::read(path, root)?;
        if corpus.files.get(file).map(|f| f.text.as_str()) != Some(original.text.as_str()) {
            return Err(EditError::ChangedOnDisk {
                path: path.to_path_buf(),
            }
            .into());
        }
        let fields: Vec<String> = entries
            .iter()
            .map(|(article, _)| article.path.field("sha256"))
            .collect();
        let wanted: Vec<(&str, &str)> = fields
            .iter()
            .zip(&entries)
            .map(|(field, (_, rehashed))| (field.as_str(), rehashed.old.as_str()))
            .collect();
        let mut edits = Vec::new();
        // One parse of the file for all of its articles.
        for ((field, (_, rehashed)), range) in fields.iter().zip(&entries).zip(scalar_values(&original.text, &wanted)) {
            let range =
                range.ok_or_else(|| unplaceable(&format!("`{field}` is not written as a plain or quoted value")))?;
            edits.push(Edit::replace(range, rehashed.new.clone()));
        }
        let text = apply(&original.text, &edits).ok_or_else(|| unplaceable("the hashes overlap"))?;
        let parsed = read_back(path, &text).map_err(|e| unplaceable(&e))?;
        // Items keep the place they are written at, so each article is found by its path.
        let all_recorded = entries.iter().all(|(article, rehashed)| {
            matches!(article.path, ItemPath::Top(..))
                && parsed
                    .articles
                    .iter()
                    .any(|a| a.path == article.path && a.value.sha256 == rehashed.new)
        });
        if !all_recorded {
            return Err(unplaceable("the edited file does not read back with the new hashes"));
        }
        planned.push((original, text));
    }
    Ok(planned)
}

/// `check`'s findings that say a quote of a changed article's claim does not anchor.
fn unanchored(report: &Report, changed: &[Changed<'_>]) -> (Vec<Diagnostic>, Vec<String>) {
    let corpus = &report.loaded.corpus;
    let articles: HashSet<&str> = changed.iter().map(|(a, _)| a.value.id.as_str()).collect();
    let mut findings: HashMap<(&Path, String), Vec<&Diagnostic>> = HashMap::new();
    for diagnostic in report.diagnostics.iter().filter(|d| UNANCHORED.contains(&d.code)) {
        if let Some(at) = about(diagnostic) {
            findings.entry(at).or_default().push(diagnostic);
        }
    }
    let mut broken = Vec::new();
    let mut ids = Vec::new();
    for claim in corpus
        .claims
        .iter()
        .filter(|c| articles.contains(c.value.article.as_ref()))
    {
        if let Some(found) = findings.get(&place(corpus, claim)) {
            broken.extend(found.iter().map(|d| (*d).clone()));
            ids.push(claim.value.id.to_string());
        }
    }
    (broken, ids)
}

/// The file and the definition (`claims[3]`) a finding points into.
fn about(diagnostic: &Diagnostic) -> Option<(&Path, String)> {
    let Location { file, target, .. } = &diagnostic.primary;
    let Target::Yaml(path) = target else {
        return None;
    };
    let (definition, _field) = path.split_once('.')?;
    Some((file.as_path(), definition.to_string()))
}

/// The file and the path of a definition, as [`about`] gives them.
fn place<'a, T>(corpus: &'a Corpus, item: &Item<T>) -> (&'a Path, String) {
    (corpus.file_path(item.file), item.path.to_string())
}
