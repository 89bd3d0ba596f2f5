use crate::cli::{RulesArgs, RulesFormat};
use crate::diagnostic::excerpt;
use crate::error::Error;
use crate::render::{rule_explanation, rule_json, rules_json, rules_table};
use crate::rules;
use crate::suggest::did_you_mean;

use super::artifact;

/// `crossclaim rules`: every rule's code, default severity and description; with a code, that
/// rule's explanation. An unknown code is a usage error (exit code 2).
pub fn run(args: &RulesArgs) -> Result<u8, Error> {
    let text = match &args.code {
        None => match args.format {
            RulesFormat::Table => rules_table(),
            RulesFormat::Json => rules_json(),
        },
        Some(name) => {
            let rule = rules::find(name).ok_or_else(|| unknown_rule(name))?;
            match args.format {
                RulesFormat::Table => rule_explanation(rule),
                RulesFormat::Json => rule_json(rule),
            }
        }
    };
    artifact::print(text.as_bytes())
}

/// A rule name that is none, with the nearest one.
pub fn unknown_rule(name: &str) -> Error {
    let help = match did_you_mean(name, rules::all().map(|rule| rule.name)) {
        Some(close) => format!("did you mean `{close}`? `crossclaim rules` lists every rule"),
        None => "`crossclaim rules` lists every rule".to_string(),
    };
    Error::usage(format!("no rule `{}`", excerpt(name)), help)
}
