//! Suppressions as data: a finding inside a definition whose `allow:` names its rule is set
//! aside with the definition's `reason`, counted and shown on request, never dropped. Each
//! `allow` entry that names no rule, or silences nothing, is an `unused-allow` finding.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Allowed, Code, Diagnostic, Location, Target};
use crate::model::{Allowance, Corpus};
use crate::rules;
use crate::suggest::did_you_mean;

/// The findings no `allow` silences, followed by the `unused-allow` findings, and the findings
/// that are allowed. `complete` is false when a claim file or definition failed to load: then
/// `unused-definition` does not run, and an `allow` of it is not reported as unused.
pub fn apply(diagnostics: Vec<Diagnostic>, corpus: &Corpus, complete: bool) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    if corpus.allowances.is_empty() {
        return (diagnostics, Vec::new());
    }
    // Innermost first: a proposition's `allow` answers for it before its topic's does.
    let mut order: Vec<usize> = (0..corpus.allowances.len()).collect();
    order.sort_by_key(|&i| corpus.allowances[i].span.len());
    let mut by_file: HashMap<&Path, Vec<(usize, String)>> = HashMap::new();
    for i in order {
        let allowance = &corpus.allowances[i];
        by_file
            .entry(corpus.file_path(allowance.file))
            .or_default()
            .push((i, allowance.path.to_string()));
    }
    let mut used: Vec<Vec<bool>> = corpus.allowances.iter().map(|a| vec![false; a.rules.len()]).collect();
    let mut kept = Vec::with_capacity(diagnostics.len());
    let mut allowed = Vec::new();
    for mut diagnostic in diagnostics {
        let file = diagnostic.primary.file.as_path();
        let found = by_file.get(file).and_then(|candidates| {
            candidates.iter().find_map(|(i, path)| {
                let allowance = &corpus.allowances[*i];
                if !covers(allowance, path, &diagnostic.primary.target) {
                    return None;
                }
                let rule = allowance.rules.iter().position(|r| r.name == diagnostic.code.name())?;
                Some((*i, rule))
            })
        });
        match found {
            Some((i, rule)) => {
                used[i][rule] = true;
                let allowance = &corpus.allowances[i];
                diagnostic.allowed = Some(Allowed {
                    reason: allowance.reason.clone(),
                    by: Location::bytes(file, allowance.rules[rule].span.clone()),
                });
                allowed.push(diagnostic);
            }
            None => kept.push(diagnostic),
        }
    }
    for (allowance, used) in corpus.allowances.iter().zip(used) {
        let file = corpus.file_path(allowance.file);
        for (rule, used) in allowance.rules.iter().zip(used) {
            if !used {
                kept.extend(unused(
                    allowance,
                    &rule.name,
                    Location::bytes(file, rule.span.clone()),
                    complete,
                ));
            }
        }
    }
    (kept, allowed)
}

/// Whether a finding at `target` is inside the definition (written at `path`).
fn covers(allowance: &Allowance, path: &str, target: &Target) -> bool {
    match target {
        Target::Bytes(bytes) => allowance.span.contains(&bytes.start),
        Target::Yaml(at) => at
            .strip_prefix(path)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')),
        Target::File => false,
    }
}

/// The `unused-allow` finding for one entry that silenced nothing, if it is one.
fn unused(allowance: &Allowance, name: &str, at: Location, complete: bool) -> Option<Diagnostic> {
    let shown = crate::diagnostic::excerpt(name);
    let Some(rule) = rules::find(name) else {
        let help = match did_you_mean(name, rules::all().map(|rule| rule.name)) {
            Some(close) => format!("did you mean `{close}`? `crossclaim rules` lists every rule"),
            None => "`crossclaim rules` lists every rule".to_string(),
        };
        return Some(
            Diagnostic::new(
                Code::UnusedAllow,
                format!("`allow` names `{shown}`, which is not a rule"),
                at,
            )
            .with_help(help),
        );
    };
    if rule.code == Code::UnusedDefinition && !complete {
        return None;
    }
    let kind = allowance.kind;
    Some(
        Diagnostic::new(Code::UnusedAllow, format!("`allow` of `{shown}` silences nothing"), at).with_help(format!(
            "this {kind} has no `{shown}` finding; remove it from `allow`, and remove `allow` and `reason` if nothing is left"
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AllowedRule, ItemPath};

    fn allowance(span: std::ops::Range<usize>, path: ItemPath, rules: &[&str]) -> Allowance {
        Allowance {
            file: 0,
            kind: "claim",
            path,
            span,
            rules: rules
                .iter()
                .map(|name| AllowedRule {
                    name: name.to_string(),
                    span: 0..0,
                })
                .collect(),
            reason: "expected".to_string(),
        }
    }

    #[test]
    fn covers_findings_inside_the_definition_only() {
        let claim = allowance(10..50, ItemPath::Top("claims", 1), &[]);
        let path = claim.path.to_string();
        assert!(covers(&claim, &path, &Target::Yaml("claims[1].quote".into())));
        assert!(covers(&claim, &path, &Target::Yaml("claims[1]".into())));
        assert!(!covers(&claim, &path, &Target::Yaml("claims[10].quote".into())));
        assert!(!covers(&claim, &path, &Target::Yaml("claims[0]".into())));
        assert!(covers(&claim, &path, &Target::Bytes(10..12)));
        assert!(!covers(&claim, &path, &Target::Bytes(50..51)));
        assert!(!covers(&claim, &path, &Target::File));
    }

    #[test]
    fn an_unknown_rule_is_named_with_the_nearest_one() {
        let claim = allowance(0..1, ItemPath::Top("claims", 0), &["quote-ambigous"]);
        let found = unused(&claim, "quote-ambigous", Location::file("c.yaml"), true).map(|d| (d.message, d.help));
        assert_eq!(
            found,
            Some((
                "`allow` names `quote-ambigous`, which is not a rule".to_string(),
                Some("did you mean `quote-ambiguous`? `crossclaim rules` lists every rule".to_string())
            ))
        );
        assert!(unused(&claim, "unused-definition", Location::file("c.yaml"), false).is_none());
    }
}
