//! The findings that stop an `add`, in the words `check` uses for the same problems.

use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Corpus, Definition, is_valid_id};
use crate::suggest::did_you_mean;

/// An id given on the command line that is not kebab-case.
pub fn invalid_id(kind: &str, id: &str, file: &Path) -> Option<Diagnostic> {
    (!is_valid_id(id)).then(|| {
        Diagnostic::new(
            Code::InvalidValue,
            format!("{kind} id `{id}` is not kebab-case"),
            Location::file(file),
        )
        .with_help(
            "ids are lower-case ASCII letters and digits in words joined by single hyphens, e.g. `us-withdrawal`",
        )
    })
}

/// An id already defined for this kind, pointing at the definition.
pub fn duplicate(corpus: &Corpus, kind: &str, id: &str) -> Option<Diagnostic> {
    let existing = corpus.definitions().find(|d| d.kind == kind && d.id == id)?;
    Some(
        Diagnostic::new(
            Code::DuplicateId,
            format!("{kind} `{id}` is already defined"),
            id_location(corpus, &existing),
        )
        .with_help(format!("choose another id for the new {kind}")),
    )
}

/// A reference to an undefined id, with the nearest defined one.
pub fn unknown(kind: &str, id: &str, known: impl Iterator<Item = impl AsRef<str>>, defined_in: &Path) -> Diagnostic {
    let known: Vec<String> = known.map(|k| k.as_ref().to_string()).collect();
    let diagnostic = Diagnostic::new(
        Code::UnknownReference,
        format!("unknown {kind} `{id}`"),
        Location::file(defined_in),
    );
    match did_you_mean(id, known.iter().map(String::as_str)) {
        Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
        None => diagnostic.with_help(format!("define it first with `crossclaim add {kind} {id} ...`")),
    }
}

fn id_location(corpus: &Corpus, definition: &Definition<'_>) -> Location {
    Location::yaml(corpus.file_path(definition.file), definition.path.field("id"))
}
