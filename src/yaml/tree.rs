//! The spanned tree: every node of one YAML document with its byte span, in document order.
//!
//! Nodes live in one flat arena and name their children by [`NodeId`], so the tree is built,
//! walked and dropped without recursion however deep the input nests. An alias is a node of its
//! own that names the node its anchor marks: the tree holds each value once, as written.

use std::ops::Range;

/// A node's index in its document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub(super) u32);

/// One parsed YAML document.
#[derive(Debug, Default)]
pub struct Document {
    pub(super) nodes: Vec<Node>,
    /// Children of every collection, each collection's contiguous: a sequence's items, or a
    /// mapping's keys and values alternating.
    pub(super) children: Vec<NodeId>,
    pub(super) root: Option<NodeId>,
}

#[derive(Debug)]
pub struct Node {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
    pub(super) tag: Option<Box<Tag>>,
    pub(super) anchored: bool,
}

#[derive(Debug)]
pub enum Kind {
    Scalar(Scalar),
    Sequence(Collection),
    Mapping(Collection),
    /// Repeats the node its anchor marks.
    Alias(NodeId),
}

#[derive(Debug)]
pub struct Scalar {
    /// The value after unescaping and folding, as YAML defines it.
    pub value: String,
    pub style: ScalarStyle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarStyle {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    /// `|`
    Literal,
    /// `>`
    Folded,
}

#[derive(Debug)]
pub struct Collection {
    pub(super) first_child: usize,
    pub(super) children: usize,
    pub style: CollectionStyle,
}

/// Block collections are laid out by indentation; flow collections are bracketed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionStyle {
    Block,
    Flow,
}

/// A tag as written (`!claim`, `!!str`), with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub text: String,
    pub span: Range<usize>,
}

impl ScalarStyle {
    pub fn is_plain(self) -> bool {
        self == ScalarStyle::Plain
    }

    pub fn is_quoted(self) -> bool {
        matches!(self, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted)
    }

    /// `|` and `>` scalars.
    pub fn is_block(self) -> bool {
        matches!(self, ScalarStyle::Literal | ScalarStyle::Folded)
    }
}

impl Node {
    /// Bytes of the node as written, from its anchor or tag if it has one. A block collection
    /// ends where its last item ends, so a line appended after `span().end` joins it; a flow
    /// collection ends after its closing bracket.
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn kind(&self) -> &Kind {
        &self.kind
    }

    pub fn tag(&self) -> Option<&Tag> {
        self.tag.as_deref()
    }

    /// Whether an anchor (`&name`) marks this node, so aliases may repeat it.
    pub fn is_anchored(&self) -> bool {
        self.anchored
    }

    pub fn as_scalar(&self) -> Option<&Scalar> {
        match &self.kind {
            Kind::Scalar(scalar) => Some(scalar),
            _ => None,
        }
    }
}

impl Document {
    /// An empty document with room for the nodes of a typical text of `bytes` bytes (about
    /// one node per 16 bytes), so that building it rarely moves the arena.
    pub(super) fn with_capacity(bytes: usize) -> Document {
        let nodes = bytes / 16 + 16;
        Document {
            nodes: Vec::with_capacity(nodes),
            children: Vec::with_capacity(nodes),
            root: None,
        }
    }

    /// The document's top node; `None` for a stream without a document.
    pub fn root(&self) -> Option<NodeId> {
        self.root
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0 as usize]
    }

    /// Number of nodes as written (an alias counts once).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    /// The node itself, or for an alias the node it repeats.
    pub fn resolve(&self, id: NodeId) -> NodeId {
        match self.node(id).kind {
            Kind::Alias(target) => target,
            _ => id,
        }
    }

    /// The items of a sequence; empty for any other node.
    pub fn items(&self, id: NodeId) -> &[NodeId] {
        match &self.node(id).kind {
            Kind::Sequence(collection) => self.children_of(collection),
            _ => &[],
        }
    }

    /// The key and value of each entry of a mapping, in written order, duplicates included;
    /// empty for any other node.
    pub fn entries(&self, id: NodeId) -> impl ExactSizeIterator<Item = (NodeId, NodeId)> + '_ {
        let children = match &self.node(id).kind {
            Kind::Mapping(collection) => self.children_of(collection),
            _ => &[],
        };
        children.chunks_exact(2).map(|pair| (pair[0], pair[1]))
    }

    /// The first entry of a mapping whose key is the scalar `key`.
    pub fn get(&self, mapping: NodeId, key: &str) -> Option<(NodeId, NodeId)> {
        self.entries(mapping)
            .find(|&(k, _)| self.node(k).as_scalar().is_some_and(|s| s.value == key))
    }

    fn children_of(&self, collection: &Collection) -> &[NodeId] {
        &self.children[collection.first_child..collection.first_child + collection.children]
    }
}
