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
use crate::model::{Corpus, DroppedDefinition};

/// Up to this many ids are named in a summary.
const NAMED: usize = 5;

pub struct Gaps<'a> {
    corpus: &'a Corpus,
    /// By kind and id: the index of the first dropped definition.
    dropped: HashMap<(&'a str, &'a str), usize>,
    /// By word: the index of the first failed file whose text holds it; built on first need.
    words: Option<HashMap<&'a str, usize>>,
    dropped_counts: Vec<usize>,
    /// Per failed file: the references counted, and each id among them with its count.
    failed_counts: Vec<(usize, Vec<(&'a str, usize)>)>,
    /// By failed file and id: the id's place in that file's list.
    failed_ids: HashMap<(usize, &'a str), usize>,
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
            failed_ids: HashMap::new(),
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
        match self.failed_ids.get(&(file, id)) {
            Some(&i) => ids[i].1 += 1,
            None => {
                self.failed_ids.insert((file, id), ids.len());
                ids.push((id, 1));
            }
        }
        true
    }

    /// One finding per cause that left references unresolved: per error that dropped
    /// definitions (a topic and its propositions share one), and per file that failed.
    pub fn report(self, out: &mut Vec<Diagnostic>) {
        let mut causes: Vec<(&DroppedDefinition, Vec<(String, usize)>)> = Vec::new();
        let mut by_cause: HashMap<(usize, usize, usize), usize> = HashMap::new();
        for (definition, &count) in self.corpus.dropped.iter().zip(&self.dropped_counts) {
            if count == 0 {
                continue;
            }
            let what = format!("{} `{}`", definition.kind, excerpt(&definition.id));
            let key = (definition.file, definition.cause.start, definition.cause.end);
            match by_cause.get(&key) {
                Some(&i) => causes[i].1.push((what, count)),
                None => {
                    by_cause.insert(key, causes.len());
                    causes.push((definition, vec![(what, count)]));
                }
            }
        }
        for (cause, items) in causes {
            let location = Location::bytes(self.corpus.file_path(cause.file), cause.cause.clone());
            let help = "what the error keeps from loading is not defined: references to it are counted here instead of reported one by one; fix the error and check again";
            out.push(summary(location, &items, help));
        }
        for (failed, (count, ids)) in self.corpus.failed.iter().zip(self.failed_counts) {
            if count == 0 {
                continue;
            }
            let items: Vec<(String, usize)> = ids
                .into_iter()
                .map(|(id, n)| (format!("`{}`", excerpt(id)), n))
                .collect();
            let location = Location::bytes(&failed.file.path, failed.cause.clone());
            let help = "these ids are written in this file, which could not be loaded: references to them are counted here instead of reported one by one; fix the error and check again";
            out.push(summary(location, &items, help));
        }
    }
}

/// "6 references are left unresolved by the error here: topic `bridge` (3), ...".
fn summary(location: Location, items: &[(String, usize)], help: &str) -> Diagnostic {
    let total: usize = items.iter().map(|(_, n)| n).sum();
    let mut named: Vec<String> = items
        .iter()
        .take(NAMED)
        .map(|(what, n)| if *n == 1 { what.clone() } else { format!("{what} ({n})") })
        .collect();
    if items.len() > NAMED {
        named.push(format!("and {} more", items.len() - NAMED));
    }
    let counted = if total == 1 {
        "1 reference is".to_string()
    } else {
        format!("{total} references are")
    };
    Diagnostic::new(
        Code::UnknownReference,
        format!("{counted} left unresolved by the error here: {}", named.join(", ")),
        location,
    )
    .with_help(help)
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
