//! Writing a plan: the texts of every file it adds or changes, each read back with `check`'s
//! loader before anything is written, then the files through `edit` in an order that never
//! leaves a reference to something not yet written: definitions, sources, article files,
//! claims appended to existing articles.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::curate::add::article_item;
use crate::curate::{Curated, Layout, Refusal};
use crate::diagnostic::Severity;
use crate::edit::{Original, Written, append_item, create, create_all, sequence_item, write_back};
use crate::load::{FileResult, load_text};
use crate::model::Corpus;

use super::plan::Plan;

/// What was written.
#[derive(Debug, Default)]
pub struct Wrote {
    /// Definition files and existing article files, created or updated.
    pub files: Vec<Written>,
    pub article_files: usize,
    pub sources: usize,
}

/// A file's new text, and what it held before if it exists.
struct Change {
    path: PathBuf,
    original: Option<Original>,
    text: String,
    /// The entries the text must hold when read back: (section, count).
    expect: Vec<(&'static str, usize)>,
}

pub fn write(curated: &Curated, plan: &Plan) -> Result<Wrote, Refusal> {
    let layout = &curated.layout;
    let mut definitions = Vec::new();
    if !plan.outlets.is_empty() {
        definitions.push(appended(
            layout,
            &layout.definitions_file("outlets"),
            "outlets",
            &items(&plan.outlets)?,
        )?);
    }
    if !plan.topics.is_empty() {
        definitions.push(appended(
            layout,
            &layout.definitions_file("topics"),
            "topics",
            &items(&plan.topics)?,
        )?);
    }
    let articles: Vec<Change> = plan
        .articles
        .par_iter()
        .map(|new| {
            let path = layout.article_file(&new.article.id);
            let article: Vec<String> = article_item(&new.article)
                .map_err(|e| unplaceable(&path, &e.to_string()))?
                .into_iter()
                .map(|line| indent(&line))
                .collect();
            let claims = items(&new.claims)?;
            let text = format!(
                "{}\narticles:\n{}\nclaims:\n{}\n",
                layout.schema_line(&path),
                article.join("\n"),
                claims.iter().map(|l| indent(l)).collect::<Vec<_>>().join("\n")
            );
            Ok(Change {
                path,
                original: None,
                text,
                expect: vec![("articles", 1), ("claims", new.claims.len())],
            })
        })
        .collect::<Result<_, Refusal>>()?;
    let by_file = existing_files(&curated.loaded.corpus, plan);
    let mut appended_claims = Vec::new();
    for (path, claims) in by_file {
        let lines: Vec<String> = claims
            .iter()
            .map(sequence_item)
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| unplaceable(&path, &e.to_string()))?
            .concat();
        appended_claims.push(appended(layout, &path, "claims", &lines)?);
    }
    // Every text is read back before the first file is written.
    definitions
        .par_iter()
        .chain(articles.par_iter())
        .chain(appended_claims.par_iter())
        .try_for_each(read_back)?;
    let mut wrote = Wrote::default();
    for change in definitions {
        wrote.files.push(commit(layout, change)?);
    }
    // A source already stored with the same bytes (an import stopped half-way) is kept.
    let sources: Vec<(PathBuf, &[u8])> = plan
        .articles
        .iter()
        .map(|new| (layout.root.join(&new.article.source), new.text.as_bytes()))
        .filter(|(path, bytes)| std::fs::read(path).map_or(true, |stored| stored != *bytes))
        .collect();
    let partly = |wrote: &Wrote, error: crate::edit::EditError| {
        let before: Vec<String> = wrote.files.iter().map(|w| format!("`{}`", w.path.display())).collect();
        match before.is_empty() {
            true => Refusal::Edit(error),
            false => unplaceable(
                layout.root.as_path(),
                &format!(
                    "{error}; {} had been updated before: import the file again to finish",
                    before.join(" and ")
                ),
            ),
        }
    };
    wrote.sources = create_all(&sources, &layout.root).map_err(|e| partly(&wrote, e))?.len();
    let files: Vec<(PathBuf, &[u8])> = articles
        .iter()
        .map(|change| (change.path.clone(), change.text.as_bytes()))
        .collect();
    wrote.article_files = create_all(&files, &layout.root).map_err(|e| partly(&wrote, e))?.len();
    for change in appended_claims {
        wrote.files.push(commit(layout, change)?);
    }
    Ok(wrote)
}

/// The lines of every value as items of a block list.
fn items<T: serde::Serialize>(values: &[T]) -> Result<Vec<String>, Refusal> {
    let mut lines = Vec::new();
    for value in values {
        lines.extend(sequence_item(value).map_err(|e| unplaceable(Path::new("claims"), &e.to_string()))?);
    }
    Ok(lines)
}

fn indent(line: &str) -> String {
    if line.is_empty() {
        String::new()
    } else {
        format!("  {line}")
    }
}

/// `lines` appended to the list `section` of `path`, a new file (with the schema line) when
/// there is none.
fn appended(layout: &Layout, path: &Path, section: &'static str, lines: &[String]) -> Result<Change, Refusal> {
    let original = if path.symlink_metadata().is_ok() {
        Some(Original::read(path, &layout.root)?)
    } else {
        None
    };
    let before = original
        .as_ref()
        .map_or(Ok(Corpus::default()), |o| parse(path, &o.text))?;
    let base = original.as_ref().map_or("", |o| o.text.as_str());
    let body = append_item(base, section, lines).map_err(|e| unplaceable(path, &format!("`{section}` {e}")))?;
    let text = match &original {
        Some(_) => body,
        None => format!("{}\n{body}", layout.schema_line(path)),
    };
    let items = lines.iter().filter(|line| line.starts_with("- ")).count();
    let expect = vec![(section, count(&before, section) + items)];
    Ok(Change {
        path: path.to_path_buf(),
        original,
        text,
        expect,
    })
}

fn read_back(change: &Change) -> Result<(), Refusal> {
    let parsed = parse(&change.path, &change.text)?;
    for (section, expected) in &change.expect {
        if count(&parsed, section) != *expected {
            return Err(unplaceable(
                &change.path,
                &format!("the new text does not read back with {expected} {section}"),
            ));
        }
    }
    Ok(())
}

fn parse(path: &Path, text: &str) -> Result<Corpus, Refusal> {
    match load_text(path, text.to_string()) {
        FileResult::Loaded(_, corpus, found) => match found.into_iter().find(|d| d.severity == Severity::Error) {
            Some(error) => Err(unplaceable(path, &error.message)),
            None => Ok(corpus),
        },
        FileResult::Failed(_, found) => Err(unplaceable(
            path,
            &found
                .into_iter()
                .next()
                .map_or_else(|| "it cannot be read back".to_string(), |d| d.message),
        )),
    }
}

fn count(corpus: &Corpus, section: &str) -> usize {
    match section {
        "outlets" => corpus.outlets.len(),
        "topics" => corpus.topics.len(),
        "articles" => corpus.articles.len(),
        _ => corpus.claims.len(),
    }
}

fn commit(layout: &Layout, change: Change) -> Result<Written, Refusal> {
    Ok(match &change.original {
        Some(original) => write_back(original, &change.text)?,
        None => create(&change.path, &layout.root, change.text.as_bytes())?,
    })
}

/// The new claims of articles defined before, by the file that defines the article.
fn existing_files<'p>(corpus: &Corpus, plan: &'p Plan) -> BTreeMap<PathBuf, Vec<&'p crate::model::Claim>> {
    let files: std::collections::HashMap<&str, &Path> = corpus
        .articles
        .iter()
        .map(|a| (a.value.id.as_str(), corpus.file_path(a.file)))
        .collect();
    let mut by_file: BTreeMap<PathBuf, Vec<&crate::model::Claim>> = BTreeMap::new();
    for (article, claims) in &plan.appended {
        if let Some(path) = files.get(article.as_str()) {
            by_file.entry(path.to_path_buf()).or_default().extend(claims.iter());
        }
    }
    by_file
}

fn unplaceable(path: &Path, reason: &str) -> Refusal {
    Refusal::Unplaceable {
        path: path.to_path_buf(),
        reason: reason.to_string(),
    }
}
