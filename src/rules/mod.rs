//! The rule registry: one row per rule with its code, name, default severity, whether a project
//! may change it, a one-line description and a long explanation (`docs/rules/<name>.md`).
//! `crossclaim rules`, the README's table, SARIF's rule metadata and the configuration's list
//! of known rules all read it.

mod registry;

use crate::diagnostic::{Code, Severity};

pub use registry::rule;

/// Everything known about one rule.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub code: Code,
    /// Stable kebab-case name, as findings and `crossclaim.toml` spell it.
    pub name: &'static str,
    pub default_severity: Severity,
    /// Whether `crossclaim.toml` may change its severity. Rules that say crossclaim could not
    /// read its input cannot be: silencing them would hide that.
    pub configurable: bool,
    /// One line: what the rule checks.
    pub description: &'static str,
    /// What it checks, why it matters, a failing and a passing example, how to fix it (Markdown).
    pub explanation: &'static str,
}

/// Every rule, in the order they are listed.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    Code::ALL.iter().map(|&code| rule(code))
}

/// The rule of this name.
pub fn find(name: &str) -> Option<&'static Rule> {
    all().find(|rule| rule.name == name)
}
