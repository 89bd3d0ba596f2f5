//! New list entries, serialized by serde_yaml, which quotes whatever a value holds (a colon, a
//! leading quote, a line break) so that it parses back to that value; the commands read every
//! edited file back with `check`'s own loader before writing it.

use serde::Serialize;

/// The lines of `value` as an item of a block list, without indentation or line breaks:
/// `- id: x`, `  name: y`.
pub fn sequence_item(value: &impl Serialize) -> Result<Vec<String>, serde_yaml::Error> {
    let yaml = serde_yaml::to_string(value)?;
    Ok(indent_nested_lists(&yaml)
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                format!("- {line}")
            } else if line.is_empty() {
                String::new()
            } else {
                format!("  {line}")
            }
        })
        .collect())
}

/// serde_yaml writes a list under a key at the key's own indentation (`propositions:` then
/// `- id: x`); claim files indent it, as the bundled files and most editors do.
fn indent_nested_lists(yaml: &str) -> Vec<String> {
    let lines: Vec<&str> = yaml.lines().collect();
    let indent = |line: &str| line.len() - line.trim_start().len();
    // The indentation of each key whose list is being shifted.
    let mut keys: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let depth = indent(line);
        while keys
            .last()
            .is_some_and(|&key| depth < key || (depth == key && !line[depth..].starts_with("- ")))
        {
            keys.pop();
        }
        out.push(format!("{}{line}", "  ".repeat(keys.len())));
        let opens_list = line.ends_with(':')
            && lines
                .get(i + 1)
                .is_some_and(|next| indent(next) == depth && next[depth..].starts_with("- "));
        if opens_list {
            keys.push(depth);
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[derive(Serialize, serde::Deserialize, Debug, PartialEq)]
    struct Thing {
        id: String,
        name: String,
    }

    #[test]
    fn quotes_what_needs_quoting_and_reads_back_the_same() {
        let thing = Thing {
            id: "a".into(),
            name: "Herald: \"the\" daily\nsecond line".into(),
        };
        let lines = sequence_item(&thing).unwrap();
        assert_eq!(lines[0], "- id: a");
        let text = format!(
            "list:\n{}\n",
            lines.iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
        );
        let back: std::collections::HashMap<String, Vec<Thing>> = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back["list"], [thing]);
    }

    #[test]
    fn indents_lists_under_keys() {
        let topic = crate::model::Topic {
            id: "t".into(),
            title: "T".into(),
            description: Some("one\ntwo".into()),
            propositions: vec![
                crate::model::Proposition {
                    id: "p".into(),
                    text: "P.".into(),
                    verdict: None,
                },
                crate::model::Proposition {
                    id: "q".into(),
                    text: "- Q".into(),
                    verdict: None,
                },
            ],
        };
        let lines = sequence_item(&topic).unwrap();
        let text = lines.join("\n");
        assert!(
            text.contains("\n  propositions:\n    - id: p\n      text: P.\n    - id: q"),
            "{text}"
        );
        let back: Vec<crate::model::Topic> = serde_yaml::from_str(&text).unwrap();
        assert_eq!(back[0].propositions[1].text, "- Q");
        assert_eq!(back[0].description.as_deref(), Some("one\ntwo"));
    }
}
