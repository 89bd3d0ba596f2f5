use std::ops::Range;

use crate::yaml::Resolved;
use crate::yaml::tree::{Document, Kind, NodeId};

use super::{Dropped, Fields, FromYaml, Label, Problem, Record, describe, fields};

/// Problems one document keeps in full: twice what a file may show (some are repeats of one
/// node an alias uses twice, reported once), so that a file of a million mistakes is read in
/// memory proportional to its text, not to its mistakes.
pub const MAX_KEPT_PROBLEMS: usize = 2 * crate::diagnostic::MAX_FINDINGS_PER_FILE;

/// Reads typed values out of one document, collecting problems.
pub struct Decoder<'d> {
    doc: &'d Document,
    problems: Vec<Problem>,
    /// Problems past [`MAX_KEPT_PROBLEMS`], counted only.
    omitted: usize,
    dropped: Vec<Dropped>,
    numbering: Vec<usize>,
}

impl<'d> Decoder<'d> {
    pub fn new(doc: &'d Document) -> Decoder<'d> {
        Decoder {
            doc,
            problems: Vec::new(),
            omitted: 0,
            dropped: Vec::new(),
            numbering: Vec::new(),
        }
    }

    pub fn document(&self) -> &'d Document {
        self.doc
    }

    /// The problems kept, each once, in text order; the records dropped because of problems;
    /// and how many problems were past the limit and only counted.
    pub fn finish(mut self) -> (Vec<Problem>, Vec<Dropped>, usize) {
        // A node an alias repeats is read once per use; its problems are reported once.
        self.problems
            .sort_by(|a, b| (a.span.start, a.span.end, &a.message).cmp(&(b.span.start, b.span.end, &b.message)));
        self.problems.dedup();
        (self.problems, self.dropped, self.omitted)
    }

    /// Records a problem.
    pub fn problem(&mut self, span: Range<usize>, message: impl Into<String>, help: impl Into<String>) {
        self.push(Problem {
            span,
            message: message.into(),
            help: help.into(),
            related: None,
        });
    }

    /// Whether problems are past the limit, so that the next is only counted: a caller may then
    /// skip writing its message. Counts it when so.
    pub fn count_only(&mut self) -> bool {
        let full = self.problems.len() >= MAX_KEPT_PROBLEMS;
        self.omitted += usize::from(full);
        full
    }

    /// Keeps a problem, or past the limit only counts it.
    pub(super) fn push(&mut self, problem: Problem) {
        if self.problems.len() < MAX_KEPT_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.omitted += 1;
        }
    }

    /// Problems recorded so far, kept or counted, for telling whether reading a value found any.
    pub fn problem_count(&self) -> usize {
        self.problems.len() + self.omitted
    }

    /// Reads a value of any decodable type.
    pub fn value<T: FromYaml>(&mut self, node: NodeId, label: Label) -> Option<T> {
        if !self.untagged(node) {
            return None;
        }
        T::from_yaml(self, node, label)
    }

    /// Reads a record from a mapping; `None` if anything in it is wrong.
    pub fn record<T: Record>(&mut self, node: NodeId) -> Option<T> {
        if !self.untagged(node) {
            return None;
        }
        let before = self.problem_count();
        let mapping = self.doc.resolve(node);
        if !matches!(self.doc.node(mapping).kind(), Kind::Mapping(_)) {
            if self.count_only() {
                return None;
            }
            let found = describe(self.doc, node);
            let name = T::NAME;
            self.problem(
                self.doc.head(node),
                format!("{} {name} must be a mapping of fields, not {found}", article(name)),
                format!(
                    "write its fields as `key: value` lines; a {name}'s fields are {}",
                    crate::suggest::listing(T::FIELDS)
                ),
            );
            return None;
        }
        let mut fields = Fields::new(self, mapping, T::NAME, "field", T::FIELDS);
        // Unknown and repeated keys spoil the record; so does any field that fails to read. A
        // definition nested in it that fails (a topic's proposition) is dropped on its own.
        let keys_ok = self.problem_count() == before;
        let value = T::decode(&mut fields, self);
        value.filter(|_| keys_ok)
    }

    /// Reads one of a list of independent definitions: when it has problems, records it as
    /// dropped (with its `id` if that is a string) and returns `None`.
    pub fn definition<T: Record>(&mut self, node: NodeId) -> Option<T> {
        let before = self.problem_count();
        let value = self.record::<T>(node);
        if value.is_none() {
            let cause = self.first_problem_since(before).unwrap_or_else(|| self.doc.head(node));
            self.dropped_with(T::NAME, node, cause);
        }
        value
    }

    /// The written index of each item the last [`Fields::definitions`] kept.
    pub fn take_numbering(&mut self) -> Vec<usize> {
        std::mem::take(&mut self.numbering)
    }

    pub(super) fn set_numbering(&mut self, numbering: Vec<usize>) {
        self.numbering = numbering;
    }

    /// The items of a sequence; `None` (and a problem) if the node is not one.
    pub fn sequence(&mut self, node: NodeId, label: Label) -> Option<&'d [NodeId]> {
        if !self.untagged(node) {
            return None;
        }
        let sequence = self.doc.resolve(node);
        if !matches!(self.doc.node(sequence).kind(), Kind::Sequence(_)) {
            fields::wrong_type(self, node, label, "a list", &fields::list_help(label));
            return None;
        }
        Some(self.doc.items(sequence))
    }

    /// Records a definition as dropped because of a problem at `cause`, if its id is a string.
    pub fn dropped_with(&mut self, kind: &'static str, node: NodeId, cause: Range<usize>) {
        if let Some(id) = self.id_of(node) {
            self.dropped.push(Dropped { kind, id, cause });
        }
    }

    /// The span of the earliest problem in the text among those recorded since
    /// [`Decoder::problem_count`] was `before`.
    pub fn first_problem_since(&self, before: usize) -> Option<Range<usize>> {
        self.problems
            .get(before..)?
            .iter()
            .map(|p| p.span.clone())
            .min_by_key(|span| span.start)
    }

    /// The `id` of a mapping when it is a string.
    pub fn id_of(&self, node: NodeId) -> Option<String> {
        let (_, value) = self.doc.get(self.doc.resolve(node), "id")?;
        let scalar = self.doc.node(self.doc.resolve(value)).as_scalar()?;
        (scalar.resolve() == Resolved::String).then(|| scalar.value.clone())
    }

    /// Claim files use no tags: `false` (and a problem at the tag) if the node or what an alias
    /// repeats has one.
    pub fn untagged(&mut self, node: NodeId) -> bool {
        let target = self.doc.resolve(node);
        let Some(tag) = self.doc.node(node).tag().or_else(|| self.doc.node(target).tag()) else {
            return true;
        };
        let (span, text) = (tag.span.clone(), tag.text.clone());
        self.problem(
            span,
            format!(
                "YAML tag `{}` is not part of the claim-file format",
                crate::diagnostic::excerpt(&text)
            ),
            "remove the tag: claim files are plain YAML, and each field's type is fixed by the format (docs/format.md)",
        );
        false
    }
}

/// "a" or "an" before a word, for messages.
pub fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}
