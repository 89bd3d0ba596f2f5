//! New list entries, serialized by serde_yaml, the library that reads them back: whatever a
//! value holds (a colon, a leading quote, a line break), the entry parses to that value.

use serde::Serialize;

/// The lines of `value` as an item of a block list, without indentation or line breaks:
/// `- id: x`, `  name: y`.
pub fn sequence_item(value: &impl Serialize) -> Result<Vec<String>, serde_yaml::Error> {
    let yaml = serde_yaml::to_string(value)?;
    Ok(yaml
        .lines()
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
}
