//! Where to edit: the one place that reads YAML positions for edits, from the spanned tree
//! `check` uses. Two questions only: where a scalar's value is, and where a top-level list ends.

use std::ops::Range;

use crate::yaml::{self, CollectionStyle, Document, Kind, NodeId};

/// The byte range of the value of the scalar at `path` (`articles[2].sha256`), inside its
/// quotes if it has any, provided it reads `expected`: a path that names something else, or a
/// value written with escapes, is not edited.
pub fn scalar_value(text: &str, path: &str, expected: &str) -> Option<Range<usize>> {
    scalar_values(text, &[(path, expected)]).pop().flatten()
}

/// [`scalar_value`] for several paths of one text, parsing it once.
pub fn scalar_values(text: &str, wanted: &[(&str, &str)]) -> Vec<Option<Range<usize>>> {
    match yaml::parse(text) {
        Ok(doc) => wanted
            .iter()
            .map(|(path, expected)| value_in(&doc, text, path, expected))
            .collect(),
        Err(_) => vec![None; wanted.len()],
    }
}

fn value_in(doc: &Document, text: &str, path: &str, expected: &str) -> Option<Range<usize>> {
    let node = doc.node(doc.find(path)?);
    node.as_scalar()?;
    let span = node.span();
    let written = text.get(span.clone())?;
    let quoted = written.len() >= 2
        && matches!(written.as_bytes()[0], b'"' | b'\'')
        && written.as_bytes()[written.len() - 1] == written.as_bytes()[0];
    let value = if quoted { span.start + 1..span.end - 1 } else { span };
    (text.get(value.clone()) == Some(expected)).then_some(value)
}

/// How a top-level key's list is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    /// The document has no such key (or no document at all).
    Missing,
    /// `key: []`: the range of the brackets.
    EmptyFlow(Range<usize>),
    /// A block list: where each item starts and where the content of the last one ends.
    Block { items: Vec<usize>, content_end: usize },
    /// A flow list with items, or a value that is not a list: not edited.
    Other,
    /// The document's root is not a mapping, or the YAML does not parse.
    Unreadable,
}

/// Finds the list under top-level `key`.
pub fn section(text: &str, key: &str) -> Section {
    let Ok(doc) = yaml::parse(text) else {
        return Section::Unreadable;
    };
    let Some(root) = doc.root() else {
        return Section::Missing;
    };
    if !matches!(doc.node(root).kind(), Kind::Mapping(_)) {
        return Section::Unreadable;
    }
    let Some((_, value)) = doc.get(root, key) else {
        return Section::Missing;
    };
    let node = doc.node(value);
    let Kind::Sequence(list) = node.kind() else {
        return Section::Other;
    };
    let items = doc.items(value);
    match list.style {
        CollectionStyle::Flow if items.is_empty() => Section::EmptyFlow(node.span()),
        CollectionStyle::Flow => Section::Other,
        CollectionStyle::Block => Section::Block {
            items: items.iter().map(|&item| doc.node(item).span().start).collect(),
            content_end: items.last().map_or(node.span().end, |&last| content_end(&doc, last)),
        },
    }
}

/// Where the text of a node ends: its last scalar, alias or flow bracket, never the comments
/// or blank lines after it.
fn content_end(doc: &Document, id: NodeId) -> usize {
    let node = doc.node(id);
    match node.kind() {
        Kind::Sequence(c) | Kind::Mapping(c) if c.style == CollectionStyle::Block => {
            let last = match node.kind() {
                Kind::Sequence(_) => doc.items(id).last().copied(),
                _ => doc.entries(id).last().map(|(_, value)| value),
            };
            last.map_or(node.span().start, |child| {
                content_end(doc, child).max(node.span().start)
            })
        }
        _ => node.span().end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_scalar_value_inside_its_quotes_only_if_it_reads_as_expected() {
        let text = "articles:\n  - id: a\n    sha256: 'abc'\n  - id: b\n    sha256: def\n";
        let quoted = scalar_value(text, "articles[0].sha256", "abc");
        assert_eq!(quoted.map(|r| &text[r]), Some("abc"));
        let plain = scalar_value(text, "articles[1].sha256", "def");
        assert_eq!(plain.map(|r| &text[r]), Some("def"));
        assert_eq!(scalar_value(text, "articles[1].sha256", "abc"), None);
        // A path that is not there is not located at an ancestor.
        assert_eq!(scalar_value(text, "articles[1].title", "def"), None);
    }

    #[test]
    fn tells_how_a_top_level_list_is_written() {
        let text = "# c\nspeakers:\n  - id: a\n    role: >-\n      long\n\n  - id: b # x\n    name: B\n\n# end\ntopics: []\nclaims: [a]\n";
        let Section::Block { items, content_end } = section(text, "speakers") else {
            panic!("{:?}", section(text, "speakers"));
        };
        assert_eq!(items.len(), 2);
        assert_eq!(&text[items[1]..items[1] + 5], "id: b");
        assert!(text[..content_end].ends_with("name: B"), "{:?}", &text[..content_end]);
        let empty = text.find("[]").unwrap_or_default();
        assert_eq!(section(text, "topics"), Section::EmptyFlow(empty..empty + 2));
        assert_eq!(section(text, "claims"), Section::Other);
        assert_eq!(section(text, "outlets"), Section::Missing);
        assert_eq!(section("# only a comment\n", "outlets"), Section::Missing);
        assert_eq!(section("- a\n", "outlets"), Section::Unreadable);
        assert_eq!(section("a: [\n", "outlets"), Section::Unreadable);
    }

    #[test]
    fn ends_a_block_scalar_item_at_its_text_not_the_blank_lines_after_it() {
        let text = "speakers:\n  - id: a\n    role: >-\n      long\n\n# end\n";
        let Section::Block { content_end, .. } = section(text, "speakers") else {
            panic!();
        };
        assert_eq!(
            text[..content_end].trim_end(),
            text[..text.find("\n\n").unwrap_or(0)].trim_end()
        );
    }
}
