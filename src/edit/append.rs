//! Appending an item to a top-level list, keeping every other byte: after the last item's last
//! line (and the comments indented under it), in the list's own indentation, with a blank line
//! before it when the items are separated by blank lines, in the file's line endings.

use std::fmt;

use super::locate::{Section, section};
use super::splice::{Edit, apply};

/// Why an item could not be appended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendError {
    /// The key holds a flow list with items, or something other than a list.
    NotABlockList,
    /// The file is not YAML whose root is a mapping.
    Unreadable,
}

/// `text` with `item` (lines as [`super::sequence_item`] gives them) appended to the list under
/// top-level `key`, which is created at the end of the file when missing.
pub fn append_item(text: &str, key: &str, item: &[String]) -> Result<String, AppendError> {
    let eol = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let indented = |indent: &str| -> String {
        item.iter()
            .map(|line| {
                if line.is_empty() {
                    String::new()
                } else {
                    format!("{indent}{line}")
                }
            })
            .collect::<Vec<_>>()
            .join(eol)
    };
    let edits = match section(text, key) {
        Section::Unreadable => return Err(AppendError::Unreadable),
        Section::Other => return Err(AppendError::NotABlockList),
        Section::Missing => {
            let mut addition = String::new();
            if !text.is_empty() && !text.ends_with('\n') {
                addition.push_str(eol);
            }
            let last_line = text.trim_end_matches(['\r', '\n']).rsplit('\n').next().unwrap_or("");
            if !last_line.trim().is_empty() && !last_line.trim_start().starts_with('#') {
                addition.push_str(eol);
            }
            addition.push_str(&format!("{key}:{eol}{}{eol}", indented("  ")));
            vec![Edit::insert(text.len(), addition)]
        }
        Section::EmptyFlow(brackets) => {
            // `key: []` becomes `key:` and the list starts on the next line.
            let before = text[..brackets.start].trim_end_matches([' ', '\t']).len();
            let line_end = line_end(text, brackets.end);
            vec![
                Edit::replace(before..brackets.end, ""),
                Edit::insert(line_end, format!("{eol}{}", indented("  "))),
            ]
        }
        Section::Block { items, content_end } => {
            let Some(&first) = items.first() else {
                return Err(AppendError::NotABlockList);
            };
            let indent = dash_indent(text, first);
            let last_content = text[..content_end].trim_end().len();
            let at = after_comments_under(text, line_end(text, last_content), indent.len());
            let blank = if items.len() > 1 && items[1..].iter().all(|&start| follows_blank_line(text, start)) {
                eol
            } else {
                ""
            };
            vec![Edit::insert(at, format!("{eol}{blank}{}", indented(indent)))]
        }
    };
    apply(text, &edits).ok_or(AppendError::Unreadable)
}

/// The offset of the line break (or end of text) that ends the line holding `at`.
fn line_end(text: &str, at: usize) -> usize {
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if end > at && text.as_bytes()[end - 1] == b'\r' {
        end - 1
    } else {
        end
    }
}

/// The whitespace before the dash of the item starting at `item`.
fn dash_indent(text: &str, item: usize) -> &str {
    let line_start = text[..item].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..item];
    &line[..line.len() - line.trim_start().len()]
}

/// Skips the comment lines right after `at` that are indented deeper than the list's dashes:
/// they belong to its last item.
fn after_comments_under(text: &str, mut at: usize, dash_indent: usize) -> usize {
    loop {
        let next_start = match text[at..].find('\n') {
            Some(i) => at + i + 1,
            None => return at,
        };
        let line = &text[next_start..line_end(text, next_start)];
        let indent = line.len() - line.trim_start().len();
        if !line.trim_start().starts_with('#') || indent <= dash_indent {
            return at;
        }
        at = line_end(text, next_start);
    }
}

/// Whether a blank line comes before the line holding `at`, past the comments just above it
/// (a comment that heads a group of items belongs to them).
fn follows_blank_line(text: &str, at: usize) -> bool {
    let mut line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    while line_start > 0 {
        let before = &text[..line_start - 1];
        let previous_start = before.rfind('\n').map_or(0, |i| i + 1);
        let previous = before[previous_start..].trim();
        if previous.is_empty() {
            return true;
        }
        if !previous.starts_with('#') {
            return false;
        }
        line_start = previous_start;
    }
    false
}

impl fmt::Display for AppendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AppendError::NotABlockList => "is not a block list (`- ` items, one per line)",
            AppendError::Unreadable => "is not YAML with a mapping at the top",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Vec<String> {
        vec!["- id: c".to_string(), "  name: C".to_string()]
    }

    fn appended(text: &str) -> String {
        append_item(text, "outlets", &item()).unwrap_or_else(|e| format!("error: {e}"))
    }

    #[test]
    fn appends_after_the_last_item_in_its_indentation_and_spacing() {
        let text = "# head\noutlets:\n  - id: a\n    name: A # note\n\n  - id: b\n    name: B\n    # about b\n\n# tail\ntopics: []\n";
        assert_eq!(
            appended(text),
            "# head\noutlets:\n  - id: a\n    name: A # note\n\n  - id: b\n    name: B\n    # about b\n\n  - id: c\n    name: C\n\n# tail\ntopics: []\n"
        );
        let tight = "outlets:\n- id: a\n- id: b\nspeakers: []\n";
        assert_eq!(
            appended(tight),
            "outlets:\n- id: a\n- id: b\n- id: c\n  name: C\nspeakers: []\n"
        );
    }

    #[test]
    fn a_comment_heading_a_group_of_items_keeps_the_blank_line_before_it() {
        let text = "outlets:\n  - id: a\n\n  # Group\n  - id: b\n";
        assert_eq!(
            appended(text),
            "outlets:\n  - id: a\n\n  # Group\n  - id: b\n\n  - id: c\n    name: C\n"
        );
    }

    #[test]
    fn keeps_crlf_line_endings() {
        let text = "outlets:\r\n  - id: a\r\n";
        assert_eq!(appended(text), "outlets:\r\n  - id: a\r\n  - id: c\r\n    name: C\r\n");
    }

    #[test]
    fn turns_an_empty_flow_list_into_a_block_list() {
        let text = "# example\noutlets: [] # none yet\nspeakers: []\n";
        assert_eq!(
            appended(text),
            "# example\noutlets: # none yet\n  - id: c\n    name: C\nspeakers: []\n"
        );
    }

    #[test]
    fn adds_the_key_when_missing() {
        assert_eq!(appended(""), "outlets:\n  - id: c\n    name: C\n");
        assert_eq!(
            appended("# only a comment"),
            "# only a comment\noutlets:\n  - id: c\n    name: C\n"
        );
        assert_eq!(
            appended("topics: []\n"),
            "topics: []\n\noutlets:\n  - id: c\n    name: C\n"
        );
    }

    #[test]
    fn refuses_flow_lists_with_items_and_other_values() {
        assert_eq!(
            append_item("outlets: [a]\n", "outlets", &item()),
            Err(AppendError::NotABlockList)
        );
        assert_eq!(
            append_item("outlets: a\n", "outlets", &item()),
            Err(AppendError::NotABlockList)
        );
        assert_eq!(append_item("- a\n", "outlets", &item()), Err(AppendError::Unreadable));
    }

    #[test]
    fn after_a_block_scalar_lands_before_the_blank_lines_that_follow_it() {
        let text = "outlets:\n  - id: a\n    kind: >-\n      long\n      text\n\n# end\n";
        assert_eq!(
            appended(text),
            "outlets:\n  - id: a\n    kind: >-\n      long\n      text\n  - id: c\n    name: C\n\n# end\n"
        );
    }
}
