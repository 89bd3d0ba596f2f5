//! A collecting decoder from the tree into typed values, in the spirit of toml-span's
//! `TableHelper`: each field is read with [`Fields::required`], [`Fields::optional`],
//! [`Fields::default`] or [`Fields::definitions`], which record a [`Problem`] at the node's span
//! and return `None` instead of stopping, and unknown keys are reported with the expected ones
//! and a did-you-mean. One pass over a file finds every wrong type, missing field, unknown key,
//! duplicate key, bad value and tag in it.
//!
//! A type becomes decodable with one [`record!`](crate::record) line naming its fields, so adding
//! a field to a model type is a line in the type and a line in its record.

mod decoder;
mod describe;
mod fields;
mod values;

use std::fmt;
use std::ops::Range;

pub use decoder::{Decoder, article};
pub use describe::describe;
pub use fields::{Fields, MAX_FIELDS, definitions};
pub use values::Keyword;

use super::tree::NodeId;

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
    // A record whose type reads itself from other forms too (`said_on: 2021` as well as a
    // mapping): the caller writes its `FromYaml` and calls `Decoder::record` for the mapping.
    ($ty:ident as $name:literal, read by hand { $($field:ident: $how:ident),* $(,)? }) => {
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
    };
    ($ty:ident as $name:literal { $($field:ident: $how:ident),* $(,)? }) => {
        $crate::record!($ty as $name, read by hand { $($field: $how),* });

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
