//! saphyr-parser's event stream to a [`Document`], enforcing the limits as it goes. One pass,
//! no recursion: open collections are a stack, their children a second one, moved into the
//! arena when the collection ends.

use std::borrow::Cow;

use saphyr_parser::{Event, Parser, ScalarStyle as SaphyrStyle, Span as SaphyrSpan, Tag as SaphyrTag};

use super::Limits;
use super::error::{YamlError, token_at};
use super::input::TextInput;
use super::offsets::Offsets;
use super::tree::{Collection, CollectionStyle, Document, Kind, Node, NodeId, Scalar, ScalarStyle, Tag};

pub fn build(text: &str, limits: &Limits) -> Result<Document, YamlError> {
    let mut builder = Builder {
        text,
        offsets: Offsets::new(text),
        limits,
        doc: Document::with_capacity(text.len()),
        open: Vec::new(),
        pending: Vec::new(),
        anchors: Vec::new(),
        documents: 0,
        written: 0,
        expanded: 0,
    };
    let mut parser = Parser::new(TextInput::new(text));
    while let Some(next) = parser.next_event() {
        match next {
            Ok((event, span)) => builder.event(event, span)?,
            Err(error) => {
                let at = builder.offsets.byte(error.marker().index());
                return Err(YamlError::scan(text, at, &error));
            }
        }
    }
    Ok(builder.doc)
}

struct Builder<'t, 'l> {
    text: &'t str,
    offsets: Offsets<'t>,
    limits: &'l Limits,
    doc: Document,
    open: Vec<Open>,
    /// Children of the open collections, the innermost's last.
    pending: Vec<NodeId>,
    /// By saphyr's anchor id.
    anchors: Vec<Anchor>,
    documents: usize,
    /// Nodes read so far, an alias counting once.
    written: u64,
    /// Nodes read so far, an alias counting as every node it repeats.
    expanded: u64,
}

struct Open {
    node: NodeId,
    first_pending: usize,
    /// Nodes in the collection once its aliases are expanded, itself included.
    size: u64,
    anchor: usize,
}

#[derive(Clone, Copy)]
enum Anchor {
    Unset,
    /// The anchored collection has not ended: an alias to it would contain itself.
    Open,
    Done {
        node: NodeId,
        size: u64,
    },
}

impl Builder<'_, '_> {
    fn event(&mut self, event: Event<'_>, span: SaphyrSpan) -> Result<(), YamlError> {
        match event {
            Event::DocumentStart(_) => {
                if self.documents > 0 {
                    let at = self.offsets.byte(span.start.index());
                    return Err(YamlError::syntax(
                        token_at(self.text, at),
                        "a second YAML document starts here; a claim file holds one",
                        "remove this `---` line, or move what follows into a file of its own",
                    ));
                }
                self.documents += 1;
            }
            Event::Scalar(value, style, anchor, tag) => {
                let (start, end) = self.bytes(span);
                let scalar = Scalar {
                    value: value.into_owned(),
                    style: scalar_style(style),
                };
                let id = self.push(start, end, Kind::Scalar(scalar), tag, anchor);
                self.written += 1;
                self.expanded += 1;
                self.set_anchor(anchor, Anchor::Done { node: id, size: 1 });
                self.attach(id, 1);
            }
            Event::SequenceStart(anchor, tag) | Event::MappingStart(anchor, tag) => {
                let (start, end) = self.bytes(span);
                if self.open.len() >= self.limits.max_depth {
                    let width = self.text[start..].chars().next().map_or(0, char::len_utf8);
                    return Err(YamlError::limit(
                        start..start + width,
                        format!("collections nested more than {} levels deep", self.limits.max_depth),
                        "claim files need only a few levels of nesting; check for unbalanced brackets or stray `- `",
                    ));
                }
                let placeholder = Kind::Alias(NodeId(0));
                let id = self.push(start, end, placeholder, tag, anchor);
                self.written += 1;
                self.expanded += 1;
                self.set_anchor(anchor, Anchor::Open);
                self.open.push(Open {
                    node: id,
                    first_pending: self.pending.len(),
                    size: 1,
                    anchor,
                });
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(matches!(event, Event::MappingEnd), span),
            Event::Alias(anchor) => self.alias(anchor, span)?,
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
        Ok(())
    }

    fn close(&mut self, mapping: bool, span: SaphyrSpan) {
        let Some(open) = self.open.pop() else {
            return;
        };
        let (end_start, end_end) = self.bytes(span);
        let first_child = self.doc.children.len();
        self.doc.children.extend(self.pending.drain(open.first_pending..));
        let children = self.doc.children.len() - first_child;
        // A flow collection ends with its bracket; a block one where its last item ends.
        let style = if end_end > end_start {
            CollectionStyle::Flow
        } else {
            CollectionStyle::Block
        };
        let last_child_end = self
            .doc
            .children
            .last()
            .filter(|_| children > 0)
            .map(|&c| self.doc.node(c).end);
        let collection = Collection {
            first_child,
            children,
            style,
        };
        let node = &mut self.doc.nodes[open.node.0 as usize];
        node.end = match style {
            // The closing event's span runs on over spaces and a comment after the bracket.
            CollectionStyle::Flow => end_start + 1,
            CollectionStyle::Block => last_child_end.unwrap_or(node.end).max(node.end),
        };
        node.kind = if mapping {
            Kind::Mapping(collection)
        } else {
            Kind::Sequence(collection)
        };
        self.set_anchor(
            open.anchor,
            Anchor::Done {
                node: open.node,
                size: open.size,
            },
        );
        self.attach(open.node, open.size);
    }

    fn alias(&mut self, anchor: usize, span: SaphyrSpan) -> Result<(), YamlError> {
        let (start, end) = self.bytes(span);
        let written = &self.text[start..end];
        match self.anchors.get(anchor).copied().unwrap_or(Anchor::Unset) {
            Anchor::Done { node, size } => {
                let id = self.push(start, end, Kind::Alias(node), None, 0);
                self.written += 1;
                self.expanded = self.expanded.saturating_add(size);
                let limit = self.limits.expanded_nodes(self.written);
                if self.expanded > limit {
                    return Err(YamlError::limit(
                        start..end,
                        format!("alias `{written}` expands the file past {} nodes", thousands(limit)),
                        format!(
                            "an alias counts as every node it repeats; a claim file may expand to {} nodes or {} the nodes written, whichever is more (docs/limits.md): write the values out, or reuse less",
                            thousands(self.limits.min_expanded_nodes),
                            match self.limits.expansion_factor {
                                2 => "twice".to_string(),
                                factor => format!("{factor} times"),
                            }
                        ),
                    ));
                }
                self.attach(id, size);
                Ok(())
            }
            Anchor::Open => Err(YamlError::limit(
                start..end,
                format!("alias `{written}` repeats a collection that contains it"),
                "an alias inside its own anchored collection would repeat forever; point it at a finished value",
            )),
            Anchor::Unset => Err(YamlError::syntax(
                start..end,
                format!("invalid YAML: alias `{written}` names no anchor before it"),
                "define the anchor (`&name`) before the alias (`*name`) that repeats it",
            )),
        }
    }

    fn push(&mut self, start: usize, end: usize, kind: Kind, tag: Option<Cow<'_, SaphyrTag>>, anchor: usize) -> NodeId {
        let id = NodeId(u32::try_from(self.doc.nodes.len()).unwrap_or(u32::MAX));
        let tag = tag.map(|tag| Box::new(self.tag(&tag, start, end)));
        self.doc.nodes.push(Node {
            start,
            end,
            kind,
            tag,
            anchored: anchor != 0,
        });
        id
    }

    /// The tag as written: the node's span starts at its anchor or tag.
    fn tag(&self, tag: &SaphyrTag, start: usize, end: usize) -> Tag {
        let written = &self.text[start..end.max(start)];
        match written.find('!') {
            Some(at) => {
                let rest = &written[at..];
                let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
                Tag {
                    text: rest[..len].to_string(),
                    span: start + at..start + at + len,
                }
            }
            None => Tag {
                text: tag.to_string(),
                span: start..end,
            },
        }
    }

    fn set_anchor(&mut self, anchor: usize, state: Anchor) {
        if anchor == 0 {
            return;
        }
        if self.anchors.len() <= anchor {
            self.anchors.resize(anchor + 1, Anchor::Unset);
        }
        self.anchors[anchor] = state;
    }

    fn attach(&mut self, id: NodeId, size: u64) {
        match self.open.last_mut() {
            Some(parent) => {
                parent.size = parent.size.saturating_add(size);
                self.pending.push(id);
            }
            None => self.doc.root = Some(id),
        }
    }

    fn bytes(&mut self, span: SaphyrSpan) -> (usize, usize) {
        let start = self.offsets.byte(span.start.index());
        let end = self.offsets.byte(span.end.index());
        (start, end.max(start))
    }
}

fn scalar_style(style: SaphyrStyle) -> ScalarStyle {
    match style {
        SaphyrStyle::Plain => ScalarStyle::Plain,
        SaphyrStyle::SingleQuoted => ScalarStyle::SingleQuoted,
        SaphyrStyle::DoubleQuoted => ScalarStyle::DoubleQuoted,
        SaphyrStyle::Literal => ScalarStyle::Literal,
        SaphyrStyle::Folded => ScalarStyle::Folded,
    }
}

/// `12345` as `12,345`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn groups_thousands() {
        let shown: Vec<String> = [0, 999, 1000, 10_000, 1_234_567]
            .into_iter()
            .map(super::thousands)
            .collect();
        assert_eq!(shown, ["0", "999", "1,000", "10,000", "1,234,567"]);
    }
}
