use std::collections::HashMap;
use std::ops::Range;

use saphyr_parser::{Event, Parser};

/// Maps each value's YAML path (`claims[3].topics[1]`, the form serde_yaml uses in its errors)
/// to its byte range. Built from saphyr-parser's event stream, and only for files that have a
/// finding: a clean file never needs positions.
#[derive(Debug, Default)]
pub struct SpanIndex {
    spans: HashMap<String, Range<usize>>,
}

/// Findings name paths a few levels deep (`topics[1].propositions[0].id`); deeper structure is
/// still walked but not indexed.
const MAX_INDEXED_DEPTH: usize = 64;

enum Frame {
    Mapping { path: String, key: Option<String> },
    Sequence { path: String, next: usize },
}

impl SpanIndex {
    pub fn build(text: &str) -> SpanIndex {
        // saphyr counts characters; diagnostics work in bytes.
        let char_to_byte: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let byte = |chars: usize| char_to_byte.get(chars).copied().unwrap_or(text.len());
        let mut spans = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        let mut root_seen = false;
        // A document that fails to parse still yields the spans read before the fault.
        for (event, span) in Parser::new_from_str(text).map_while(Result::ok) {
            let range = byte(span.start.index())..byte(span.end.index());
            match event {
                Event::Scalar(..) | Event::Alias(_) if stack.len() > MAX_INDEXED_DEPTH => {}
                Event::Scalar(value, ..) => {
                    if let Some(path) = value_path(&mut stack, &mut root_seen, Some(&value)) {
                        spans.insert(path, range);
                    }
                }
                Event::Alias(_) => {
                    if let Some(path) = value_path(&mut stack, &mut root_seen, None) {
                        spans.insert(path, range);
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_mapping = matches!(event, Event::MappingStart(..));
                    // A collection used as a mapping key has no path of its own.
                    // Paths grow with depth; past the depth any finding can name, stop naming them so
                    // that deep block nesting (`- - - - ...`) stays linear.
                    let path = if stack.len() < MAX_INDEXED_DEPTH {
                        value_path(&mut stack, &mut root_seen, None).unwrap_or_default()
                    } else {
                        String::new()
                    };
                    spans.entry(path.clone()).or_insert(range);
                    stack.push(if is_mapping {
                        Frame::Mapping { path, key: None }
                    } else {
                        Frame::Sequence { path, next: 0 }
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        SpanIndex { spans }
    }

    /// The span of the value at `path`, or of its nearest ancestor that has one.
    pub fn find(&self, path: &str) -> Option<Range<usize>> {
        let mut path = path;
        loop {
            if let Some(range) = self.spans.get(path) {
                return Some(range.clone());
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }
}

/// Advances the innermost container past one node and returns the node's path if it is a
/// value. A mapping key is remembered (`None` returned) so the next node gets `parent.key`.
fn value_path(stack: &mut [Frame], root_seen: &mut bool, scalar: Option<&str>) -> Option<String> {
    match stack.last_mut() {
        None => {
            *root_seen = true;
            Some(String::new())
        }
        Some(Frame::Sequence { path, next }) => {
            let item = format!("{path}[{next}]");
            *next += 1;
            Some(item)
        }
        Some(Frame::Mapping { path, key }) => match key.take() {
            Some(name) => Some(if path.is_empty() {
                name
            } else {
                format!("{path}.{name}")
            }),
            None => {
                // Complex keys get a placeholder so that their value is still consumed.
                *key = Some(scalar.unwrap_or("?").to_string());
                None
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::SpanIndex;

    fn slice<'a>(text: &'a str, index: &SpanIndex, path: &str) -> &'a str {
        index.find(path).and_then(|r| text.get(r)).unwrap_or("<none>")
    }

    #[test]
    fn finds_values_by_serde_style_path() {
        let text = "claims:\n  - id: a\n    topics: [x, “y”]\n  - id: b\n    quote: \"é q\"\n";
        let index = SpanIndex::build(text);
        assert_eq!(slice(text, &index, "claims[0].id"), "a");
        assert_eq!(slice(text, &index, "claims[0].topics[1]"), "“y”");
        assert_eq!(slice(text, &index, "claims[1].quote"), "\"é q\"");
        // Unknown leaf: falls back to the nearest ancestor.
        let fallback = index.find("claims[1].nothing");
        assert_eq!(
            fallback.clone().map(|r| r.start),
            Some(text.find("id: b").unwrap_or_default()),
            "{fallback:?}"
        );
    }
}
