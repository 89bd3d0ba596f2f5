//! The one spanned YAML tree, shared by loading, validation and edits.
//!
//! [`parse`] turns a text into a [`Document`]: every node with its byte span, scalars with their
//! style and tag, collections with where they end, aliases as nodes that name what they repeat.
//! It is built from saphyr-parser's event stream in one pass without recursion, and refuses what
//! a claim file never needs before it can cost time or memory: nesting deeper than
//! [`Limits::max_depth`] and aliases that expand past [`Limits::expanded_nodes`]. A text with
//! more than one document is refused at the start of the second.
//!
//! The tree keeps what was written, duplicate keys and tags included; deciding what they mean is
//! for its readers. [`decode`] is the collecting reader the loader uses: it turns nodes into
//! typed values and records every problem at its span instead of stopping at the first.
//!
//! Plain scalars resolve under the YAML 1.2 core schema ([`Scalar::resolve`]), so a reader can
//! tell the string `"123"` from the integer `123`.

mod build;
mod core_schema;
pub mod decode;
mod error;
mod flow_depth;
mod input;
mod offsets;
mod path;
mod tree;

pub use core_schema::{Resolved, resolve_plain};
pub use error::{YamlError, YamlErrorKind};
pub use tree::{Collection, CollectionStyle, Document, Kind, Node, NodeId, Scalar, ScalarStyle, Tag};

/// What a document may cost. No real claim file comes near these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Collections (block or flow) inside each other.
    pub max_depth: usize,
    /// Aliases may always expand the document to this many nodes...
    pub min_expanded_nodes: u64,
    /// ...or to this many times the nodes written so far, whichever is more.
    pub expansion_factor: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_depth: 64,
            min_expanded_nodes: 10_000,
            expansion_factor: 2,
        }
    }
}

impl Limits {
    /// How many nodes, aliases expanded, a document may reach once `written` nodes are read.
    pub fn expanded_nodes(&self, written: u64) -> u64 {
        self.min_expanded_nodes
            .max(self.expansion_factor.saturating_mul(written))
    }
}

/// Parses one YAML document with the default limits. An empty text, or one of comments only,
/// gives a document without a root.
pub fn parse(text: &str) -> Result<Document, YamlError> {
    parse_with(text, &Limits::default())
}

pub fn parse_with(text: &str, limits: &Limits) -> Result<Document, YamlError> {
    if let Some(at) = flow_depth::too_deep(text, limits.max_depth) {
        return Err(YamlError::limit(
            at..at + 1,
            format!("collections nested more than {} levels deep", limits.max_depth),
            "claim files need only a few levels of nesting; check for unbalanced brackets",
        ));
    }
    build::build(text, limits)
}

#[cfg(test)]
mod tests;
