//! Why a curator's command did nothing: findings in the form `check` gives them, or a file
//! that could not be read or written. Either way nothing was written (exit code 2).

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::edit::EditError;

#[derive(Debug)]
pub enum Refusal {
    /// Located findings, with the text of each file they point into.
    Findings {
        diagnostics: Vec<Diagnostic>,
        texts: HashMap<PathBuf, String>,
    },
    Edit(EditError),
    /// The entry could not be placed in the file, which is left as it was.
    Unplaceable {
        path: PathBuf,
        reason: String,
    },
}

impl Refusal {
    /// Findings that point at no text, or at text the caller already resolved.
    pub fn findings(diagnostics: Vec<Diagnostic>) -> Refusal {
        Refusal::Findings {
            diagnostics,
            texts: HashMap::new(),
        }
    }
}

impl From<EditError> for Refusal {
    fn from(error: EditError) -> Refusal {
        Refusal::Edit(error)
    }
}
