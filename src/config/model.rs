use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

use crate::analysis::Overrides;
use crate::diagnostic::Code;

/// A validated `crossclaim.toml`. Paths are as written, relative to the file's directory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Claim files or directories checked when none are named on the command line.
    pub claims: Option<Vec<PathBuf>>,
    /// The directory every article source must live in.
    pub seeds: Option<PathBuf>,
    /// Severity overrides by rule.
    pub rules: HashMap<Code, RuleLevel>,
    /// Reporting verbs and framing markers added to the lexicon or reclassed.
    pub framing: Overrides,
}

/// What a project makes of a rule's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleLevel {
    Error,
    Warning,
    /// Reported, never a failure.
    Info,
    /// The rule's findings are dropped.
    Off,
}

impl RuleLevel {
    pub const ALL: [RuleLevel; 4] = [RuleLevel::Error, RuleLevel::Warning, RuleLevel::Info, RuleLevel::Off];

    pub fn name(self) -> &'static str {
        match self {
            RuleLevel::Error => "error",
            RuleLevel::Warning => "warning",
            RuleLevel::Info => "info",
            RuleLevel::Off => "off",
        }
    }

    pub fn from_name(name: &str) -> Option<RuleLevel> {
        RuleLevel::ALL.into_iter().find(|level| level.name() == name)
    }
}

impl fmt::Display for RuleLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Whether a project may change a rule's severity (the rule registry says).
pub fn is_configurable(code: Code) -> bool {
    crate::rules::rule(code).configurable
}
