//! Findings as data. Checks build these; only `render` turns them into text.

mod cap;
mod code;
mod excerpt;
mod severity;

use std::ops::Range;
use std::path::PathBuf;

pub use crate::lines::LineCol;
pub use cap::{MAX_FINDINGS_PER_FILE, Omitted, cap};
pub use code::Code;
pub use excerpt::{EXCERPT_CHARS, PASSAGE_EXCERPT_CHARS, excerpt, excerpt_to, path_excerpt};
pub use severity::Severity;

/// One finding: what is wrong, where, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// Lower case; names in backticks.
    pub message: String,
    pub primary: Location,
    /// Other places that explain the finding ("first defined here").
    pub related: Vec<Related>,
    pub help: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub location: Location,
    pub label: String,
}

/// A place in a file. Checks name places by YAML path (`claims[3].article`) because that is
/// what they know; positions are resolved afterwards, and only for files with findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: PathBuf,
    pub target: Target,
    /// Filled in by resolution: byte range plus line:col of both ends.
    pub span: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A value inside a YAML file, by path from the document root.
    Yaml(String),
    /// A byte range in the file's text.
    Bytes(Range<usize>),
    /// The file as a whole (it could not be read or parsed at all).
    File,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub bytes: Range<usize>,
    pub start: LineCol,
    pub end: LineCol,
}

impl Diagnostic {
    /// A finding with the code's default severity.
    pub fn new(code: Code, message: impl Into<String>, primary: Location) -> Diagnostic {
        Diagnostic {
            code,
            severity: code.default_severity(),
            message: message.into(),
            primary,
            related: Vec::new(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    pub fn with_related(mut self, location: Location, label: impl Into<String>) -> Diagnostic {
        self.related.push(Related {
            location,
            label: label.into(),
        });
        self
    }
}

impl Location {
    pub fn yaml(file: impl Into<PathBuf>, path: impl Into<String>) -> Location {
        Location {
            file: file.into(),
            target: Target::Yaml(path.into()),
            span: None,
        }
    }

    pub fn bytes(file: impl Into<PathBuf>, bytes: Range<usize>) -> Location {
        Location {
            file: file.into(),
            target: Target::Bytes(bytes),
            span: None,
        }
    }

    pub fn file(file: impl Into<PathBuf>) -> Location {
        Location {
            file: file.into(),
            target: Target::File,
            span: None,
        }
    }
}
