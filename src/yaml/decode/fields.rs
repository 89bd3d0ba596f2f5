use std::ops::Range;

use crate::diagnostic::excerpt;
use crate::suggest::{did_you_mean, listing};
use crate::yaml::tree::NodeId;
use crate::yaml::{Resolved, Scalar};

use super::{Decoder, FromYaml, Label, Problem, Record, article, describe};

/// Records name at most this many fields.
pub const MAX_FIELDS: usize = 24;

/// The fields of one mapping, matched to the names a record expects. Made by
/// [`Decoder::record`], which has already reported unknown and duplicated keys.
pub struct Fields {
    mapping: NodeId,
    record: &'static str,
    names: &'static [&'static str],
    /// Key and value of each expected field present, by its index in `names`.
    slots: [Option<(NodeId, NodeId)>; MAX_FIELDS],
    /// Where a missing field is reported: the mapping's first key, or the mapping.
    anchor: Range<usize>,
}

impl Fields {
    /// Matches the keys of `mapping` to `names`, reporting every key that is not one of them
    /// and every key written twice. `noun` is what a key is called: `field`, `section`.
    pub fn new(
        d: &mut Decoder<'_>,
        mapping: NodeId,
        record: &'static str,
        noun: &'static str,
        names: &'static [&'static str],
    ) -> Fields {
        let doc = d.document();
        let mut fields = Fields {
            mapping,
            record,
            names,
            slots: [None; MAX_FIELDS],
            anchor: doc.head(mapping),
        };
        for (i, (key, value)) in doc.entries(mapping).enumerate() {
            let key_span = doc.node(key).span();
            if i == 0 {
                fields.anchor = key_span.clone();
            }
            let name = match doc.node(doc.resolve(key)).as_scalar() {
                Some(scalar) if d.untagged(key) => scalar.value.as_str(),
                Some(_) => continue,
                None => {
                    d.problem(
                        doc.head(key),
                        format!("a {record}'s keys are names, not {}", describe(doc, key)),
                        format!(
                            "write each {noun} as `name: value`; a {record}'s {noun}s are {}",
                            listing(names)
                        ),
                    );
                    continue;
                }
            };
            match names.iter().position(|known| *known == name) {
                Some(slot) => match fields.slots[slot] {
                    None => fields.slots[slot] = Some((key, value)),
                    Some((first, _)) => d.push(Problem {
                        span: key_span,
                        message: format!("{noun} `{name}` is written twice in this {record}"),
                        help: "a key may appear once per mapping; remove one of them".to_string(),
                        related: Some((doc.node(first).span(), "first defined here".to_string())),
                    }),
                },
                None => {
                    let expected = format!("{} {record}'s {noun}s are {}", article(record), listing(names));
                    let help = match did_you_mean(name, names.iter().copied()) {
                        Some(close) => format!("did you mean `{close}`? {expected}"),
                        None => format!("remove it or correct its spelling; {expected}"),
                    };
                    let message = format!("unknown {noun} `{}` in {}", excerpt(name), named(d, mapping, record));
                    d.problem(key_span, message, help);
                }
            }
        }
        fields
    }

    /// The value node of a field, if the mapping has it.
    pub fn node(&self, name: &str) -> Option<NodeId> {
        let slot = self.names.iter().position(|known| *known == name)?;
        self.slots[slot].map(|(_, value)| value)
    }

    /// A field that must be present.
    pub fn required<T: FromYaml>(&mut self, d: &mut Decoder<'_>, name: &'static str) -> Option<T> {
        match self.node(name) {
            Some(node) => d.value(node, Label::Field(name)),
            None => {
                let record = self.record;
                d.problem(
                    self.anchor.clone(),
                    format!("{} is missing the field `{name}`", named(d, self.mapping, record)),
                    format!("add `{name}:` to this {record}"),
                );
                None
            }
        }
    }

    /// A field that may be absent or null: `Some(None)` then.
    pub fn optional<T: FromYaml>(&mut self, d: &mut Decoder<'_>, name: &'static str) -> Option<Option<T>> {
        match self.node(name) {
            Some(node) if !is_null(d, node) => d.value(node, Label::Field(name)).map(Some),
            _ => Some(None),
        }
    }

    /// A field that is `T::default()` when absent; null is not absent.
    pub fn default<T: FromYaml + Default>(&mut self, d: &mut Decoder<'_>, name: &'static str) -> Option<T> {
        match self.node(name) {
            Some(node) => d.value(node, Label::Field(name)),
            None => Some(T::default()),
        }
    }

    /// A list of independent definitions: an item with problems is dropped (see
    /// [`Decoder::definition`]) and its siblings kept. Absent is empty. The kept items' written
    /// indexes are then in [`Decoder::take_numbering`].
    pub fn definitions<T: Record>(&mut self, d: &mut Decoder<'_>, name: &'static str) -> Option<Vec<T>> {
        let Some(node) = self.node(name) else {
            d.set_numbering(Vec::new());
            return Some(Vec::new());
        };
        let (kept, numbering) = definitions(d, node, Label::Field(name))?;
        d.set_numbering(numbering);
        Some(kept)
    }
}

/// Reads every item of a sequence as an independent definition. `None` only when `node` is not
/// a sequence; otherwise the items that decoded and their written indexes.
pub fn definitions<T: Record>(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<(Vec<T>, Vec<usize>)> {
    let items = d.sequence(node, label)?;
    let mut kept = Vec::with_capacity(items.len());
    let mut numbering = Vec::with_capacity(items.len());
    for (index, &item) in items.iter().enumerate() {
        if let Some(value) = d.definition::<T>(item) {
            kept.push(value);
            numbering.push(index);
        }
    }
    Some((kept, numbering))
}

/// A record as a message names it: "claim `x`" when its id can be read, else "a claim".
fn named(d: &Decoder<'_>, mapping: NodeId, record: &str) -> String {
    match d.id_of(mapping) {
        Some(id) => format!("{record} `{}`", excerpt(&id)),
        None => format!("{} {record}", article(record)),
    }
}

fn is_null(d: &Decoder<'_>, node: NodeId) -> bool {
    let doc = d.document();
    doc.node(node).tag().is_none()
        && doc
            .node(doc.resolve(node))
            .as_scalar()
            .is_some_and(|s: &Scalar| s.resolve() == Resolved::Null)
}

/// Records that the value is not what the field takes.
pub(super) fn wrong_type(d: &mut Decoder<'_>, node: NodeId, label: Label, expected: &str, help: &str) {
    if d.count_only() {
        return;
    }
    let doc = d.document();
    let found = describe(doc, node);
    d.problem(doc.head(node), format!("{label} must be {expected}, not {found}"), help);
}

pub(super) fn list_help(label: Label) -> String {
    match label.field() {
        Some(name) => format!("write a list: `{name}: [first, second]`, or one `- item` per line below `{name}:`"),
        None => "write a list: `[first, second]`, or one `- item` per line".to_string(),
    }
}
