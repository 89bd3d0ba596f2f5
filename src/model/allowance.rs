//! `allow:` and `reason:` on a definition: findings the curator expects there and has said why.
//! They are data about the checks, not about what the definition says, so they sit beside the
//! definitions rather than in them.

use std::ops::Range;

use super::{FileId, ItemPath};

/// The rules a definition allows, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowance {
    pub file: FileId,
    /// `claim`, `article`, `outlet`, `speaker`, `topic` or `proposition`.
    pub kind: &'static str,
    /// Where the definition is written, e.g. `claims[3]`.
    pub path: ItemPath,
    /// The definition's bytes: findings in them, or in what it holds, may be allowed.
    pub span: Range<usize>,
    pub rules: Vec<AllowedRule>,
    pub reason: String,
}

/// One rule code in an `allow:` list, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowedRule {
    pub name: String,
    /// Its bytes in the file.
    pub span: Range<usize>,
}
