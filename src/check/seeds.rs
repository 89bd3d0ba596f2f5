//! Stored sources no article uses: a capture saved and never curated, or left behind when its
//! article was renamed or removed. Files whose names start with `.` or `README` are notes, not
//! sources, and are not reported.

use std::path::{Component, Path, PathBuf};

use foldhash::{HashSet, HashSetExt};
use walkdir::WalkDir;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::Corpus;

/// Reports every regular file under `seeds` that no article's `source` names, in the order the
/// directory lists them. Sources are compared as paths under `root`, written without `.`
/// components.
pub fn check(corpus: &Corpus, root: &Path, seeds: &Path, out: &mut Vec<Diagnostic>) {
    if !seeds.is_dir() {
        return;
    }
    let mut used: HashSet<PathBuf> = HashSet::with_capacity(corpus.articles.len());
    used.extend(
        corpus
            .articles
            .iter()
            .map(|article| lexical(&root.join(&article.value.source))),
    );
    // Not sorted: the findings are sorted by file with all the others, and sorting each
    // directory by name, from whole paths, was most of this rule's cost.
    let files = WalkDir::new(seeds)
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_note(entry.file_name()))
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file());
    for entry in files {
        if used.contains(&lexical(entry.path())) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::UnusedSource,
                format!("source `{}` is used by no article", entry.path().display()),
                Location::file(entry.path()),
            )
            .with_help("record an article for it with `crossclaim add article`, or delete the file"),
        );
    }
}

/// Notes kept beside the sources: hidden files and READMEs (in any case).
fn is_note(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name.starts_with(b".") || name.get(..6).is_some_and(|start| start.eq_ignore_ascii_case(b"README"))
}

/// The path without `.` components, so `./seeds/a.txt` and `seeds/a.txt` compare equal.
fn lexical(path: &Path) -> PathBuf {
    path.components().filter(|c| *c != Component::CurDir).collect()
}
