//! The scalar and list types records are made of.

use crate::diagnostic::excerpt;
use crate::suggest::{alternatives, did_you_mean};
use crate::yaml::Resolved;
use crate::yaml::tree::NodeId;

use super::fields::wrong_type;
use super::{Decoder, FromYaml, Label};

/// Text: a quoted or block scalar, or a plain one that YAML 1.2 reads as a string. A plain
/// `123`, `true` or `~` is refused, as the JSON Schema refuses it.
impl FromYaml for String {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<String> {
        let doc = d.document();
        if let Some(scalar) = doc.node(doc.resolve(node)).as_scalar() {
            if scalar.resolve() == Resolved::String {
                return Some(scalar.value.clone());
            }
            let help = match (scalar.resolve(), label) {
                (Resolved::Null, _) => {
                    "write the text; quote it if it could read as a number, `true` or `~`".to_string()
                }
                (_, Label::Field(name)) => {
                    format!(
                        "put it in quotes to keep it as text: `{name}: \"{}\"`",
                        excerpt(&scalar.value)
                    )
                }
                _ => format!("put it in quotes to keep it as text: `\"{}\"`", excerpt(&scalar.value)),
            };
            wrong_type(d, node, label, "a string", &help);
            return None;
        }
        wrong_type(
            d,
            node,
            label,
            "a string",
            "write the text on one line after the key, or as a `|` block",
        );
        None
    }
}

/// Text boxed at its exact length, as a claim's fields are: a `String`'s capacity would be eight
/// more bytes on each of the most numerous values of a corpus.
impl FromYaml for Box<str> {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Box<str>> {
        // A clone has no spare capacity, so boxing it moves nothing.
        String::from_yaml(d, node, label).map(String::into_boxed_str)
    }
}

/// A whole number of at least zero, written without quotes.
impl FromYaml for usize {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<usize> {
        let doc = d.document();
        let scalar = doc.node(doc.resolve(node)).as_scalar();
        let value = match scalar.map(|s| s.resolve()) {
            Some(Resolved::Int(value)) => usize::try_from(value).ok(),
            _ => None,
        };
        if value.is_some() {
            return value;
        }
        let help = match label.field() {
            Some(name) => format!("write a positive whole number without quotes, e.g. `{name}: 2`"),
            None => "write a positive whole number without quotes, e.g. `2`".to_string(),
        };
        wrong_type(d, node, label, "a positive integer", &help);
        None
    }
}

/// A list whose items must all be valid: one bad item makes the whole list bad, after every
/// item has been checked.
impl<T: FromYaml> FromYaml for Vec<T> {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Vec<T>> {
        let items = d.sequence(node, label)?;
        let item_label = match label.field() {
            Some(name) => Label::Item(name),
            None => label,
        };
        let mut values = Vec::with_capacity(items.len());
        let mut complete = true;
        for &item in items {
            match d.value(item, item_label) {
                Some(value) => values.push(value),
                None => complete = false,
            }
        }
        complete.then_some(values)
    }
}

/// A value from a fixed set of names, e.g. a stance.
pub trait Keyword: Copy + 'static {
    /// What the value is called in messages: `stance`.
    const KIND: &'static str;
    /// Every name, with its value, in the order messages list them.
    const NAMES: &'static [(&'static str, Self)];

    fn names() -> Vec<&'static str> {
        Self::NAMES.iter().map(|(name, _)| *name).collect()
    }
}

impl<T: Keyword> FromYaml for T {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<T> {
        let doc = d.document();
        let kind = T::KIND;
        let Some(scalar) = doc.node(doc.resolve(node)).as_scalar() else {
            let expected = format!("one of {}", alternatives(&T::names()));
            wrong_type(d, node, label, &expected, &format!("write the {kind} as one word"));
            return None;
        };
        if let Some((_, value)) = T::NAMES.iter().find(|(name, _)| *name == scalar.value) {
            return Some(*value);
        }
        let allowed = alternatives(&T::names());
        let suggestion = match did_you_mean(&scalar.value, T::NAMES.iter().map(|(name, _)| *name)) {
            Some(close) => format!("did you mean `{close}`? "),
            None => String::new(),
        };
        d.problem(
            doc.head(node),
            format!("unknown {kind} `{}`", excerpt(&scalar.value)),
            format!("{suggestion}{} {kind} is one of {allowed}", super::article(kind)),
        );
        None
    }
}

/// A mapping of names to values, e.g. an article's external ids. Every key must be text and
/// appear once; one bad entry makes the whole mapping bad, after every entry has been checked.
impl<T: FromYaml> FromYaml for std::collections::BTreeMap<String, T> {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Self> {
        let doc = d.document();
        let mapping = doc.resolve(node);
        if !matches!(doc.node(mapping).kind(), crate::yaml::Kind::Mapping(_)) {
            let help = match label.field() {
                Some(name) => format!("write one `name: value` line per entry, indented under `{name}:`"),
                None => "write one `name: value` line per entry".to_string(),
            };
            wrong_type(d, node, label, "a mapping", &help);
            return None;
        }
        let mut values = std::collections::BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        let mut complete = true;
        for (key, value) in doc.entries(mapping) {
            let name = doc
                .node(doc.resolve(key))
                .as_scalar()
                .filter(|s| s.resolve() == Resolved::String)
                .map(|s| s.value.clone());
            let Some(name) = name else {
                wrong_type(
                    d,
                    key,
                    label,
                    "a mapping with text keys",
                    "write each key as a name, e.g. `emergent`",
                );
                complete = false;
                continue;
            };
            if !seen.insert(name.clone()) {
                d.problem(
                    doc.node(key).span(),
                    format!("`{}` is written twice in {label}", excerpt(&name)),
                    "a key may appear once per mapping; remove one of them",
                );
                complete = false;
                continue;
            }
            match d.value(value, label) {
                Some(v) => {
                    values.insert(name, v);
                }
                None => complete = false,
            }
        }
        complete.then_some(values)
    }
}
