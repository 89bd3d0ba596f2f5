//! Why a command stopped, as it is printed on standard error.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::config::ConfigError;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Stopped};

use super::{config_failure_line, refusal, render_human, usage_error};

/// The text `run` prints for an error, ending with a newline.
pub fn error_text(error: &Error) -> String {
    match error {
        Error::Usage { message, help } => usage_error(message, help.as_deref()),
        Error::Config(error) => config_failure(error, "nothing done"),
        Error::Findings(Stopped { diagnostics, texts }) => {
            let mut out = findings(diagnostics, texts);
            out.push_str("hint: run `crossclaim check` for details\n");
            out
        }
        Error::Refused { refusal: why, writes } => refusal(why, *writes),
        Error::Output { target, reason } => {
            let message = match target {
                Some(path) => format!("cannot write `{}`: {reason}", path.display()),
                None => format!("cannot write to standard output: {reason}"),
            };
            usage_error(
                &message,
                Some("check that the directory exists and that you may write to it; nothing was written"),
            )
        }
    }
}

/// A configuration's problems in place, then `{verdict}: N errors in configuration FILE`.
pub fn config_failure(error: &ConfigError, verdict: &str) -> String {
    let texts: HashMap<PathBuf, String> = error
        .text
        .iter()
        .map(|text| (error.file.clone(), text.clone()))
        .collect();
    let mut out = findings(&error.diagnostics, &texts);
    out.push_str(&config_failure_line(verdict, &error.file, error.diagnostics.len()));
    out.push('\n');
    out
}

/// Located findings in the human form, each followed by a blank line.
pub fn findings(diagnostics: &[Diagnostic], texts: &HashMap<PathBuf, String>) -> String {
    let texts: HashMap<PathBuf, &str> = texts.iter().map(|(path, text)| (path.clone(), text.as_str())).collect();
    let mut out = String::new();
    for diagnostic in diagnostics {
        out.push_str(&render_human(diagnostic, &texts, true));
        out.push_str("\n\n");
    }
    out
}
