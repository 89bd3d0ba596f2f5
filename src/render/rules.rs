use serde::Serialize;

use crate::diagnostic::Severity;
use crate::rules::{self, Rule};

/// Every rule as aligned columns: code, default severity, what it checks.
pub fn rules_table() -> String {
    let header = ("rule", "default", "what it checks");
    let width = rules::all()
        .map(|rule| rule.name.len())
        .chain([header.0.len()])
        .max()
        .unwrap_or(0);
    let row = |code: &str, severity: &str, description: &str| format!("{code:<width$}  {severity:<7}  {description}\n");
    let mut out = row(header.0, header.1, header.2);
    for rule in rules::all() {
        out.push_str(&row(rule.name, rule.default_severity.as_str(), rule.description));
    }
    out
}

/// Every rule as JSON Lines: `{"code", "default_severity", "description"}`.
pub fn rules_json() -> String {
    #[derive(Serialize)]
    struct JsonRule {
        code: &'static str,
        default_severity: &'static str,
        description: &'static str,
    }
    let mut out = String::new();
    for rule in rules::all() {
        let row = JsonRule {
            code: rule.name,
            default_severity: rule.default_severity.as_str(),
            description: rule.description,
        };
        out.push_str(&serde_json::to_string(&row).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// One rule's explanation as `crossclaim rules CODE` prints it: the Markdown text, then how
/// strict it is by default and whether a project can change that.
pub fn rule_explanation(rule: &Rule) -> String {
    format!("{}\n\n{}\n", rule.explanation.trim_end(), severity_note(rule))
}

/// One rule as a JSON object, with its explanation.
pub fn rule_json(rule: &Rule) -> String {
    #[derive(Serialize)]
    struct JsonRule {
        code: &'static str,
        default_severity: &'static str,
        configurable: bool,
        description: &'static str,
        explanation: &'static str,
    }
    let row = JsonRule {
        code: rule.name,
        default_severity: rule.default_severity.as_str(),
        configurable: rule.configurable,
        description: rule.description,
        explanation: rule.explanation,
    };
    format!("{}\n", serde_json::to_string(&row).unwrap_or_default())
}

/// "Default severity: error; ..." with how a project changes it, or that it cannot.
pub fn severity_note(rule: &Rule) -> String {
    let severity = rule.default_severity;
    let other = match severity {
        Severity::Error | Severity::Info => Severity::Warning,
        Severity::Warning => Severity::Error,
    };
    if rule.configurable {
        format!(
            "Default severity: {severity}. A project can change it in `crossclaim.toml`, e.g. `{} = \"{other}\"` or `\"off\"` under `[rules]`.",
            rule.name
        )
    } else {
        format!("Default severity: {severity}. It cannot be changed: it means crossclaim could not read its input.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_rule_as_json_carries_its_explanation() {
        let rule = rules::rule(crate::diagnostic::Code::EmptyFile);
        let json: serde_json::Value = serde_json::from_str(&rule_json(rule)).unwrap_or_default();
        assert_eq!(json["code"], "empty-file");
        assert_eq!(json["default_severity"], "warning");
        assert_eq!(json["configurable"], true);
        assert_eq!(json["explanation"], rule.explanation);
    }

    #[test]
    fn the_explanation_ends_with_how_to_change_the_severity() {
        let rule = rules::rule(crate::diagnostic::Code::FileUnreadable);
        let text = rule_explanation(rule);
        assert!(text.starts_with("# file-unreadable\n"));
        assert!(text.ends_with("It cannot be changed: it means crossclaim could not read its input.\n"));
    }
}
