use std::io::Write;

use crate::cli::{RulesArgs, RulesFormat};
use crate::exit;
use crate::render::{rules_json, rules_table};

/// `crossclaim rules`: every rule's code, default severity and description.
pub fn run(args: &RulesArgs) -> u8 {
    let text = match args.format {
        RulesFormat::Table => rules_table(),
        RulesFormat::Json => rules_json(),
    };
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => exit::CLEAN,
        Err(_) => exit::FAILURE,
    }
}
