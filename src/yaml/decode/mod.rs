//! A collecting decoder from the tree into typed values, in the spirit of toml-span's
//! `TableHelper`: each field is read with [`Fields::required`], [`Fields::optional`],
//! [`Fields::default`] or [`Fields::definitions`], which record a [`Problem`] at the node's span
//! and return `None` instead of stopping, and unknown keys are reported with the expected ones
//! and a did-you-mean. One pass over a file finds every wrong type, missing field, unknown key,
//! duplicate key, bad value and tag in it.
//!
//! A type becomes decodable with one [`record!`](crate::record) line naming its fields, so adding
//! a field to a model type is a line in the type and a line in its record.

mod describe;
mod fields;
mod values;

use std::fmt;
use std::ops::Range;

pub use describe::describe;
pub use fields::{Fields, MAX_FIELDS, definitions};
pub use values::Keyword;

use super::tree::{Document, Kind, NodeId};

/// Something a decoded value may not be, at its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub span: Range<usize>,
    /// Lower case, names in backticks, values cut to a short excerpt.
    pub message: String,
    pub help: String,
    /// Another place that explains the problem, e.g. where a duplicated key was first written.
    pub related: Option<(Range<usize>, String)>,
}

/// A record read with [`Decoder::definition`] that had problems: the caller drops it, and keeps
/// its id (when it could be read) so that what refers to it is not reported as unknown too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The record's [`Record::NAME`].
    pub kind: &'static str,
    pub id: String,
    /// The first of its problems in the text.
    pub cause: Range<usize>,
}

/// Reads typed values out of one document, collecting problems.
pub struct Decoder<'d> {
    doc: &'d Document,
    problems: Vec<Problem>,
    dropped: Vec<Dropped>,
    numbering: Vec<usize>,
}

/// A type read from a node.
pub trait FromYaml: Sized {
    /// `None` when the node is not a valid value; the reason is recorded in `d`.
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Self>;
}

/// A type read from a mapping of named fields.
pub trait Record: Sized {
    /// What one is called in messages: `claim`, `speaker`.
    const NAME: &'static str;
    /// Every field it may have, in the order it is documented.
    const FIELDS: &'static [&'static str];
    fn decode(fields: &mut Fields, d: &mut Decoder<'_>) -> Option<Self>;
}

/// How a message names the value being read.
#[derive(Debug, Clone, Copy)]
pub enum Label {
    /// The value of the field.
    Field(&'static str),
    /// An item of the list in the field.
    Item(&'static str),
    /// The whole document.
    Root,
}

impl Label {
    /// The field the value belongs to, if any.
    pub fn field(self) -> Option<&'static str> {
        match self {
            Label::Field(name) | Label::Item(name) => Some(name),
            Label::Root => None,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Label::Field(name) => write!(f, "`{name}`"),
            Label::Item(name) => write!(f, "an item of `{name}`"),
            Label::Root => f.write_str("the document"),
        }
    }
}

/// Makes a struct decodable from a mapping: `record!(Speaker as "speaker" { id: required,
/// name: required, role: optional })`. Each field is read with the [`Fields`] method of that
/// name; the struct's field types say what to read.
#[macro_export]
macro_rules! record {
    ($ty:ident as $name:literal { $($field:ident: $how:ident),* $(,)? }) => {
        impl $crate::yaml::decode::Record for $ty {
            const NAME: &'static str = $name;
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
            fn decode(
                fields: &mut $crate::yaml::decode::Fields,
                d: &mut $crate::yaml::decode::Decoder<'_>,
            ) -> Option<Self> {
                const _: () = assert!(
                    <$ty as $crate::yaml::decode::Record>::FIELDS.len() <= $crate::yaml::decode::MAX_FIELDS
                );
                $(let $field = fields.$how(d, stringify!($field));)*
                Some($ty { $($field: $field?),* })
            }
        }

        impl $crate::yaml::decode::FromYaml for $ty {
            fn from_yaml(
                d: &mut $crate::yaml::decode::Decoder<'_>,
                node: $crate::yaml::NodeId,
                _label: $crate::yaml::decode::Label,
            ) -> Option<Self> {
                d.record(node)
            }
        }
    };
}

impl<'d> Decoder<'d> {
    pub fn new(doc: &'d Document) -> Decoder<'d> {
        Decoder {
            doc,
            problems: Vec::new(),
            dropped: Vec::new(),
            numbering: Vec::new(),
        }
    }

    pub fn document(&self) -> &'d Document {
        self.doc
    }

    /// The problems found, each once, in text order, and the records dropped because of them.
    pub fn finish(mut self) -> (Vec<Problem>, Vec<Dropped>) {
        // A node an alias repeats is read once per use; its problems are reported once.
        self.problems
            .sort_by(|a, b| (a.span.start, a.span.end, &a.message).cmp(&(b.span.start, b.span.end, &b.message)));
        self.problems.dedup();
        (self.problems, self.dropped)
    }

    /// Records a problem.
    pub fn problem(&mut self, span: Range<usize>, message: impl Into<String>, help: impl Into<String>) {
        self.problems.push(Problem {
            span,
            message: message.into(),
            help: help.into(),
            related: None,
        });
    }

    pub(super) fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// Problems recorded so far, for telling whether reading a value found any.
    pub fn problem_count(&self) -> usize {
        self.problems.len()
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
        let before = self.problems.len();
        let mapping = self.doc.resolve(node);
        if !matches!(self.doc.node(mapping).kind(), Kind::Mapping(_)) {
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
        let keys_ok = self.problems.len() == before;
        let value = T::decode(&mut fields, self);
        value.filter(|_| keys_ok)
    }

    /// Reads one of a list of independent definitions: when it has problems, records it as
    /// dropped (with its `id` if that is a string) and returns `None`.
    pub fn definition<T: Record>(&mut self, node: NodeId) -> Option<T> {
        let before = self.problems.len();
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
        (scalar.resolve() == super::Resolved::String).then(|| scalar.value.clone())
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
