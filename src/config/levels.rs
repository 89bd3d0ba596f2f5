use std::collections::HashMap;

use crate::diagnostic::{Code, Diagnostic, Severity};

use super::model::RuleLevel;

/// Applies a project's severity overrides to the findings of a check: `off` drops a rule's
/// findings, `error`, `warning` and `info` set their severity. This is the one place overrides take
/// effect, after every rule has run and before the verdict, so `--deny warnings` then sees the
/// overridden severities.
pub fn apply_overrides(diagnostics: &mut Vec<Diagnostic>, overrides: &HashMap<Code, RuleLevel>) {
    if overrides.is_empty() {
        return;
    }
    diagnostics.retain_mut(|diagnostic| match overrides.get(&diagnostic.code) {
        None => true,
        Some(RuleLevel::Off) => false,
        Some(RuleLevel::Error) => {
            diagnostic.severity = Severity::Error;
            true
        }
        Some(RuleLevel::Warning) => {
            diagnostic.severity = Severity::Warning;
            true
        }
        Some(RuleLevel::Info) => {
            diagnostic.severity = Severity::Info;
            true
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;

    #[test]
    fn sets_or_drops_only_the_overridden_rules() {
        let finding = |code| Diagnostic::new(code, "m", Location::file("f"));
        let mut diagnostics = vec![
            finding(Code::QuoteNotFound),
            finding(Code::QuoteAmbiguous),
            finding(Code::UnusedDefinition),
            finding(Code::DuplicateId),
            finding(Code::EmptyFile),
        ];
        let overrides = HashMap::from([
            (Code::QuoteNotFound, RuleLevel::Warning),
            (Code::QuoteAmbiguous, RuleLevel::Error),
            (Code::UnusedDefinition, RuleLevel::Off),
            (Code::EmptyFile, RuleLevel::Info),
        ]);
        apply_overrides(&mut diagnostics, &overrides);
        let left: Vec<_> = diagnostics.iter().map(|d| (d.code, d.severity)).collect();
        assert_eq!(
            left,
            vec![
                (Code::QuoteNotFound, Severity::Warning),
                (Code::QuoteAmbiguous, Severity::Error),
                (Code::DuplicateId, Severity::Error),
                (Code::EmptyFile, Severity::Info),
            ]
        );
    }
}
