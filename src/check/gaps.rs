//! References into what failed to load. A definition left out for its errors, or a claim file
//! that could not be parsed, would otherwise turn every reference to what it defines into an
//! `unknown-reference` of its own, burying the one error that matters.
//!
//! The rule: a reference that does not resolve is counted against
//! - a definition of its kind and id that was left out because of an error, else
//! - the first claim file (in path order) that could not be parsed and whose text contains its
//!   id as a word;
//!
//! and not reported by itself. Each such cause gets one `unknown-reference` at the cause's own
//! position, right after the error there, saying how many references it left unresolved.
//! Every other unresolved reference is reported as usual.

use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::{Code, Diagnostic, Location, excerpt};
use crate::model::Corpus;

/// Up to this many ids are named in the note on a file that could not be parsed.
const NAMED_IDS: usize = 5;

pub struct Gaps<'a> {
    corpus: &'a Corpus,
    /// By kind and id: the index of the first dropped definition.
    dropped: HashMap<(&'a str, &'a str), usize>,
    /// By word: the index of the first failed file whose text holds it; built on first need.
    words: Option<HashMap<&'a str, usize>>,
    dropped_counts: Vec<usize>,
    /// Per failed file: the references counted, and the distinct ids among them in order.
    failed_counts: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Gaps<'a> {
    pub fn new(corpus: &'a Corpus) -> Gaps<'a> {
        let mut dropped = HashMap::with_capacity(corpus.dropped.len());
        for (i, definition) in corpus.dropped.iter().enumerate() {
            dropped.entry((definition.kind, definition.id.as_str())).or_insert(i);
        }
        Gaps {
            corpus,
            dropped,
            words: None,
            dropped_counts: vec![0; corpus.dropped.len()],
            failed_counts: vec![(0, Vec::new()); corpus.failed.len()],
        }
    }

    /// Whether the unresolved reference to the `kind` with `id` points into a gap; if so it is
    /// counted there instead of being reported.
    pub fn absorb(&mut self, kind: &str, id: &'a str) -> bool {
        if let Some(&i) = self.dropped.get(&(kind, id)) {
            self.dropped_counts[i] += 1;
            return true;
        }
        if self.corpus.failed.is_empty() {
            return false;
        }
        let corpus = self.corpus;
        let words = self.words.get_or_insert_with(|| words_of(corpus));
        let Some(&file) = words.get(id) else {
            return false;
        };
        let (count, ids) = &mut self.failed_counts[file];
        *count += 1;
        if !ids.contains(&id) {
            ids.push(id);
        }
        true
    }

    /// One finding per gap that absorbed references.
    pub fn report(self, out: &mut Vec<Diagnostic>) {
        for (definition, &count) in self.corpus.dropped.iter().zip(&self.dropped_counts) {
            if count == 0 {
                continue;
            }
            let (kind, id) = (definition.kind, excerpt(&definition.id));
            let references = counted(count, "reference", "references");
            let verb = if count == 1 { "is" } else { "are" };
            out.push(
                Diagnostic::new(
                    Code::UnknownReference,
                    format!("{references} to {kind} `{id}` {verb} left unresolved: the {kind} did not load because of the error here"),
                    Location::bytes(self.corpus.file_path(definition.file), definition.cause.clone()),
                )
                .with_help(format!(
                    "fix the error and check again; until the {kind} loads, references to it are counted here instead of reported one by one"
                )),
            );
        }
        for (failed, (count, ids)) in self.corpus.failed.iter().zip(self.failed_counts) {
            if count == 0 {
                continue;
            }
            let mut named: Vec<String> = ids
                .iter()
                .take(NAMED_IDS)
                .map(|id| format!("`{}`", excerpt(id)))
                .collect();
            if ids.len() > NAMED_IDS {
                named.push(format!("{} more", ids.len() - NAMED_IDS));
            }
            let references = counted(count, "reference", "references");
            let verb = if count == 1 { "is" } else { "are" };
            out.push(
                Diagnostic::new(
                    Code::UnknownReference,
                    format!(
                        "{references} to ids written in this file {verb} left unresolved: the file could not be loaded ({})",
                        named.join(", ")
                    ),
                    Location::bytes(&failed.file.path, failed.cause.clone()),
                )
                .with_help(
                    "fix the error here and check again; until the file loads, references to what it defines are counted here instead of reported one by one",
                ),
            );
        }
    }
}

fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Every word (a run of letters, digits, `-` and `_`) of every failed file, mapped to the
/// first file that has it.
fn words_of(corpus: &Corpus) -> HashMap<&str, usize> {
    let mut words = HashMap::new();
    for (i, failed) in corpus.failed.iter().enumerate() {
        let text = failed.file.text.as_str();
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')) {
            if !word.is_empty() {
                words.entry(word).or_insert(i);
            }
        }
    }
    words
}
