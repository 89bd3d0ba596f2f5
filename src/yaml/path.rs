//! Finding a node by its path from the root, as findings name places: `claims[3].topics[1]`.

use std::ops::Range;

use super::tree::{CollectionStyle, Document, Kind, NodeId};

impl Document {
    /// The node at `path` (keys joined by `.`, sequence indexes in brackets), or the nearest
    /// ancestor that exists. A path through an alias stops at the alias: what it repeats is
    /// written elsewhere. The first of duplicate keys is followed.
    pub fn find(&self, path: &str) -> Option<NodeId> {
        let mut node = self.root?;
        let mut rest = path;
        while !rest.is_empty() {
            if matches!(self.node(node).kind(), Kind::Alias(_)) {
                break;
            }
            let child = if let Some(after) = rest.strip_prefix('[') {
                let close = after.find(']').unwrap_or(after.len());
                let index = after[..close].parse::<usize>().ok();
                rest = after.get(close + 1..).unwrap_or("");
                index.and_then(|i| self.items(node).get(i).copied())
            } else {
                let after = rest.strip_prefix('.').unwrap_or(rest);
                let end = after.find(['.', '[']).unwrap_or(after.len());
                rest = &after[end..];
                self.get(node, &after[..end]).map(|(_, value)| value)
            };
            match child {
                Some(child) => node = child,
                None => break,
            }
        }
        Some(node)
    }

    /// Where a finding about a node points: a scalar's or alias's text, a flow collection's
    /// opening bracket, the start of a block collection's first entry.
    pub fn head(&self, id: NodeId) -> Range<usize> {
        let node = self.node(id);
        let span = node.span();
        match node.kind() {
            Kind::Sequence(c) | Kind::Mapping(c) if c.style == CollectionStyle::Flow => {
                let first = self.children.get(c.first_child).filter(|_| c.children > 0);
                let end = first.map_or(span.end, |&child| self.node(child).span().start);
                span.start..end.min(span.start + 1).max(span.start)
            }
            Kind::Sequence(_) | Kind::Mapping(_) => span.start..span.start,
            Kind::Scalar(_) | Kind::Alias(_) => span,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::yaml::parse;

    fn at<'a>(text: &'a str, path: &str) -> &'a str {
        let doc = parse(text).unwrap_or_default();
        doc.find(path).and_then(|id| text.get(doc.head(id))).unwrap_or("<none>")
    }

    #[test]
    fn finds_values_by_path_or_their_nearest_ancestor() {
        let text = "claims:\n  - id: a\n    topics: [x, “y”]\n  - id: b\n    quote: \"é q\"\n";
        assert_eq!(at(text, "claims[0].id"), "a");
        assert_eq!(at(text, "claims[0].topics[1]"), "“y”");
        assert_eq!(at(text, "claims[0].topics"), "[");
        assert_eq!(at(text, "claims[1].quote"), "\"é q\"");
        let doc = parse(text).unwrap_or_default();
        let fallback = doc.find("claims[1].nothing").map(|id| doc.head(id).start);
        assert_eq!(fallback, text.find("id: b"));
        assert_eq!(at(text, "claims[7]"), "");
    }

    #[test]
    fn stops_at_an_alias() {
        let text = "a: &x {b: 1}\nc: *x\n";
        assert_eq!(at(text, "c.b"), "*x");
        assert_eq!(at(text, "a.b"), "1");
    }
}
