//! Why a command could not do what it was asked: one type for every command, printed in one
//! place (`run`) and turned into the exit code there.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::compare::FilterError;
use crate::config::ConfigError;
use crate::curate::Refusal;
use crate::diagnostic::{Code, Diagnostic};
use crate::exit;

#[derive(Debug)]
pub enum Error {
    /// The command line asks for something that cannot be done: what is wrong, and what to do.
    Usage { message: String, help: Option<String> },
    /// `crossclaim.toml` cannot be used.
    Config(ConfigError),
    /// Findings that stop the command, located, with the text of each file they point into.
    Findings(Stopped),
    /// A curator's command wrote or listed nothing, and why.
    Refused { refusal: Refusal, writes: bool },
    /// Output that could not be written.
    Output { target: Option<PathBuf>, reason: String },
}

/// Findings that stop a command: a view under `--strict`, or an export, of claims with errors.
#[derive(Debug)]
pub struct Stopped {
    pub diagnostics: Vec<Diagnostic>,
    pub texts: HashMap<PathBuf, String>,
}

impl Error {
    pub fn usage(message: impl Into<String>, help: impl Into<String>) -> Error {
        Error::Usage {
            message: message.into(),
            help: Some(help.into()),
        }
    }

    /// Standard output (`None`) or a file that could not be written.
    pub fn output(target: Option<PathBuf>, error: &std::io::Error) -> Error {
        Error::Output {
            target,
            reason: lower_first(&error.to_string()),
        }
    }

    /// The documented exit code: 2 when crossclaim could not do its job, 1 when findings in
    /// the claims stopped it.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Findings(stopped) if !stopped.diagnostics.iter().any(|d| d.code == Code::FileUnreadable) => {
                exit::FINDINGS
            }
            _ => exit::FAILURE,
        }
    }
}

/// An operating system's message in the lower case of the other messages, paths untouched.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A filter or a claim id that names nothing is a usage error: it says what there is instead.
impl From<FilterError> for Error {
    fn from(error: FilterError) -> Error {
        Error::Usage {
            message: error.message,
            help: error.help,
        }
    }
}

impl From<ConfigError> for Error {
    fn from(error: ConfigError) -> Error {
        Error::Config(error)
    }
}
