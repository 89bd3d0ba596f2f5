use std::path::Path;

use serde::Serialize;

use crate::config::is_configurable;
use crate::diagnostic::{Code, Diagnostic, Location, Omitted, Severity};
use crate::rules::{self, Rule};

use super::path::slashed;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
/// Relative URIs are relative to the directory crossclaim ran in, normally the repository's
/// root; code scanning resolves them against the checkout.
const SOURCE_ROOT: &str = "%SRCROOT%";

/// A SARIF 2.1.0 log of one run: every rule crossclaim has (so a consumer can describe any
/// code), and one result per finding with its physical location. Columns count characters
/// (`columnKind: unicodeCodePoints`), as everywhere else in crossclaim's output; an end column
/// is the column just after the last character. The format is documented in docs/output.md.
///
/// Findings left out of a file's report are said in a tool execution notification on that file.
pub fn render_sarif(diagnostics: &[Diagnostic], omitted: &[Omitted]) -> String {
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: env!("CARGO_PKG_NAME"),
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: Some(env!("CARGO_PKG_REPOSITORY")).filter(|uri| !uri.is_empty()),
                    rules: rules::all().map(rule).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            invocations: [Invocation {
                // Findings that cannot be configured away mean the input could not be read.
                execution_successful: !diagnostics
                    .iter()
                    .any(|d| d.severity == Severity::Error && !is_configurable(d.code)),
                tool_execution_notifications: omitted.iter().map(notification).collect(),
            }],
            results: diagnostics.iter().map(result).collect(),
        }],
    };
    serde_json::to_string_pretty(&log).unwrap_or_default()
}

/// A rule's metadata: the one-line description, and its long explanation as the full
/// description and as help, with its default severity.
fn rule(rule: &Rule) -> SarifRule {
    let level = level(rule.default_severity);
    let explanation = rule.explanation.trim_end();
    let help = format!("{explanation}\n\n{}", super::severity_note(rule));
    SarifRule {
        id: rule.name,
        short_description: Text {
            text: rule.description.to_string(),
            markdown: None,
        },
        full_description: Text {
            text: explanation.to_string(),
            markdown: None,
        },
        help: Text {
            text: help.clone(),
            markdown: Some(help),
        },
        default_configuration: Configuration { level },
    }
}

fn result(diagnostic: &Diagnostic) -> SarifResult {
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let rule_index = Code::ALL.iter().position(|&code| code == diagnostic.code).unwrap_or(0);
    SarifResult {
        rule_id: diagnostic.code.name(),
        rule_index,
        level: level(diagnostic.severity),
        message: Text { text, markdown: None },
        locations: vec![SarifLocation {
            id: None,
            physical_location: physical(&diagnostic.primary),
            message: None,
        }],
        related_locations: diagnostic
            .related
            .iter()
            .enumerate()
            .map(|(id, related)| SarifLocation {
                id: Some(id),
                physical_location: physical(&related.location),
                message: Some(Text {
                    text: related.label.clone(),
                    markdown: None,
                }),
            })
            .collect(),
    }
}

fn notification(omitted: &Omitted) -> Notification {
    Notification {
        level: "warning",
        message: Text {
            text: super::omitted_line(omitted),
            markdown: None,
        },
        locations: vec![SarifLocation {
            id: None,
            physical_location: physical(&Location::file(&omitted.file)),
            message: None,
        }],
    }
}

/// SARIF's name for a severity: an info finding is a `note`.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn physical(location: &Location) -> Physical {
    let (uri, uri_base_id) = uri(&location.file);
    Physical {
        artifact_location: Artifact { uri, uri_base_id },
        region: match &location.span {
            Some(span) => Region {
                start_line: span.start.line,
                start_column: Some(span.start.column),
                end_line: Some(span.end.line),
                end_column: Some(span.end.column),
            },
            // A finding about a whole file is shown on its first line: code scanning needs a line.
            None => Region {
                start_line: 1,
                start_column: None,
                end_line: None,
                end_column: None,
            },
        },
    }
}

/// A relative path becomes a relative URI reference against `%SRCROOT%`; an absolute one a
/// `file:` URI. Everything but unreserved characters and separators is percent-encoded.
fn uri(path: &Path) -> (String, Option<&'static str>) {
    let text = slashed(path);
    if path.is_absolute() {
        let rooted = if text.starts_with('/') {
            text
        } else {
            format!("/{text}")
        };
        (format!("file://{}", percent_encode(&rooted, true)), None)
    } else {
        (percent_encode(&text, false), Some(SOURCE_ROOT))
    }
}

/// A `:` in a relative reference would read as a scheme, so it is encoded there.
fn percent_encode(text: &str, keep_colon: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) || (keep_colon && byte == b':');
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    column_kind: &'static str,
    invocations: [Invocation; 1],
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<SarifRule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifRule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<SarifLocation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<SarifLocation>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifLocation {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: Physical,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Physical {
    artifact_location: Artifact,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Artifact {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_paths_as_uri_references() {
        assert_eq!(
            uri(Path::new("claims/a b%,c:d.yaml")),
            ("claims/a%20b%25%2Cc%3Ad.yaml".to_string(), Some(SOURCE_ROOT))
        );
        assert_eq!(uri(Path::new("../claims/é.yaml")).0, "../claims/%C3%A9.yaml");
        if cfg!(unix) {
            assert_eq!(
                uri(Path::new("/srv/x y.yaml")),
                ("file:///srv/x%20y.yaml".to_string(), None)
            );
        }
    }

    #[test]
    fn every_rule_is_described_at_its_index() {
        let log: serde_json::Value = serde_json::from_str(&render_sarif(&[], &[])).unwrap_or_default();
        let rules = &log["runs"][0]["tool"]["driver"]["rules"];
        for (index, code) in Code::ALL.iter().enumerate() {
            let rule = rules::rule(*code);
            assert_eq!(rules[index]["id"], code.name());
            assert_eq!(
                rules[index]["defaultConfiguration"]["level"],
                level(code.default_severity())
            );
            assert_eq!(rules[index]["fullDescription"]["text"], rule.explanation.trim_end());
            let help = rules[index]["help"]["markdown"].as_str().unwrap_or_default();
            assert!(help.starts_with(rule.explanation.trim_end()), "{help}");
        }
    }
}
