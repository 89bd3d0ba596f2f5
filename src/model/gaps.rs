//! What a corpus lacks because something failed to load, so that the checks can tell a
//! reference into the gap from a wrong one.

use std::ops::Range;

use super::{FileId, LoadedFile};

/// A definition left out of the corpus because it had errors, whose id could still be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DroppedDefinition {
    /// `outlet`, `speaker`, `topic`, `proposition`, `article` or `claim`.
    pub kind: &'static str,
    pub id: String,
    pub file: FileId,
    /// Bytes of its first error.
    pub cause: Range<usize>,
}

/// A claim file that was read but could not be parsed: none of its definitions are known.
#[derive(Debug, Clone)]
pub struct FailedFile {
    /// Its text, or the part of it that could be decoded.
    pub file: LoadedFile,
    /// Bytes of the error that stopped it.
    pub cause: Range<usize>,
}
