//! Where to edit: the one place that reads YAML positions for edits, from saphyr-parser's
//! event stream as the span index of `check` does. Two questions only: where a scalar's value
//! is, and where a top-level list ends.

use std::ops::Range;

use saphyr_parser::{Event, Parser};

use crate::load::SpanIndex;

/// The byte range of the value of the scalar at `path` (`articles[2].sha256`), inside its
/// quotes if it has any, provided it reads `expected`: a path that names something else, or a
/// value written with escapes, is not edited.
pub fn scalar_value(text: &str, path: &str, expected: &str) -> Option<Range<usize>> {
    let span = SpanIndex::build(text).find(path)?;
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

/// Finds the list under top-level `key` in one pass over the events.
pub fn section(text: &str, key: &str) -> Section {
    let char_to_byte: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    let byte = |chars: usize| char_to_byte.get(chars).copied().unwrap_or(text.len());
    let mut events = Parser::new_from_str(text)
        .map(|item| item.map(|(event, span)| (event, byte(span.start.index())..byte(span.end.index()))));
    loop {
        match events.next() {
            Some(Ok((Event::StreamStart | Event::DocumentStart(_), _))) => {}
            Some(Ok((Event::MappingStart(..), _))) => break,
            Some(Ok((Event::StreamEnd | Event::DocumentEnd, _))) | None => return Section::Missing,
            _ => return Section::Unreadable,
        }
    }
    loop {
        let Some(Ok((event, _))) = events.next() else {
            return Section::Unreadable;
        };
        match event {
            Event::MappingEnd => return Section::Missing,
            Event::Scalar(ref name, ..) if name == key => return list(text, &mut events),
            other => {
                // A key that is not ours, then its value.
                if skip(other, &mut events).is_none() || next_node(&mut events).is_none() {
                    return Section::Unreadable;
                }
            }
        }
    }
}

type Events<'a> = dyn Iterator<Item = Result<(Event<'a>, Range<usize>), saphyr_parser::ScanError>> + 'a;

/// The section for the value that follows the key.
fn list<'a>(text: &str, events: &mut Events<'a>) -> Section {
    let Some(Ok((event, range))) = events.next() else {
        return Section::Unreadable;
    };
    if !matches!(event, Event::SequenceStart(..)) {
        return Section::Other;
    }
    if text[range.start..].starts_with('[') {
        // The closing bracket is found in the text: the event's span may reach past it.
        let inside = &text[range.start + 1..];
        let blank = inside.len() - inside.trim_start().len();
        return match events.next() {
            Some(Ok((Event::SequenceEnd, _))) if inside[blank..].starts_with(']') => {
                Section::EmptyFlow(range.start..range.start + 1 + blank + 1)
            }
            _ => Section::Other,
        };
    }
    let mut items = Vec::new();
    let mut content_end = range.end;
    loop {
        let Some(Ok((event, range))) = events.next() else {
            return Section::Unreadable;
        };
        if matches!(event, Event::SequenceEnd) {
            return Section::Block { items, content_end };
        }
        items.push(range.start);
        content_end = content_end.max(range.end);
        match skip(event, events) {
            Some(end) => content_end = content_end.max(end),
            None => return Section::Unreadable,
        }
    }
}

/// Consumes the rest of the node that `first` starts; returns the furthest end of a scalar or
/// flow bracket in it (block collections end where the next token starts, past comments).
fn skip<'a>(first: Event<'a>, events: &mut Events<'a>) -> Option<usize> {
    let mut depth = usize::from(matches!(first, Event::MappingStart(..) | Event::SequenceStart(..)));
    let mut end = 0;
    while depth > 0 {
        let (event, range) = events.next()?.ok()?;
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) => depth += 1,
            Event::MappingEnd | Event::SequenceEnd => depth -= 1,
            _ => {}
        }
        let is_block_end = matches!(event, Event::MappingEnd | Event::SequenceEnd) && range.is_empty();
        if !is_block_end {
            end = end.max(range.end);
        }
    }
    Some(end)
}

/// Consumes one whole node.
fn next_node<'a>(events: &mut Events<'a>) -> Option<()> {
    let (event, _) = events.next()?.ok()?;
    skip(event, events).map(|_| ())
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
