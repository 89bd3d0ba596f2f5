use std::io::Write;

use crate::cli::{RulesArgs, RulesFormat};
use crate::diagnostic::excerpt;
use crate::exit;
use crate::render::{rule_explanation, rule_json, rules_json, rules_table, usage_error};
use crate::rules;
use crate::suggest::did_you_mean;

/// `crossclaim rules`: every rule's code, default severity and description; with a code, that
/// rule's explanation. An unknown code is a usage error (exit code 2).
pub fn run(args: &RulesArgs) -> u8 {
    let text = match &args.code {
        None => match args.format {
            RulesFormat::Table => rules_table(),
            RulesFormat::Json => rules_json(),
        },
        Some(name) => match rules::find(name) {
            Some(rule) => match args.format {
                RulesFormat::Table => rule_explanation(rule),
                RulesFormat::Json => rule_json(rule),
            },
            None => {
                let close = did_you_mean(name, rules::all().map(|rule| rule.name));
                let help = match close {
                    Some(close) => format!("did you mean `{close}`? `crossclaim rules` lists every rule"),
                    None => "`crossclaim rules` lists every rule".to_string(),
                };
                let mut err = std::io::stderr().lock();
                let message = format!("no rule `{}`", excerpt(name));
                let _ = err.write_all(usage_error(&message, Some(&help)).as_bytes());
                return exit::FAILURE;
            }
        },
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => exit::CLEAN,
        Err(_) => exit::FAILURE,
    }
}
