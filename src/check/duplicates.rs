use crate::diagnostic::{Code, Diagnostic, Location, excerpt};
use crate::model::{Corpus, Definition};

use super::index::Index;

/// Ids are unique per kind: a claim and an article may share an id, two claims may not. The
/// index already holds each id's first definition, so a definition that is not it repeats it.
pub fn check(corpus: &Corpus, index: &Index<'_>, out: &mut Vec<Diagnostic>) {
    for definition in corpus.definitions() {
        let Some(original) = index.first(definition.kind, definition.id) else {
            continue;
        };
        if (original.file, original.path) == (definition.file, definition.path) {
            continue;
        }
        let kind = definition.kind;
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                format!("{kind} `{}` is defined twice", excerpt(definition.id)),
                id_of(corpus, &definition),
            )
            .with_related(id_of(corpus, &original), "first defined here")
            .with_help(format!("rename one of them, or remove the repeated {kind}")),
        );
    }
}

/// Where a definition's id is written.
pub fn id_of(corpus: &Corpus, definition: &Definition<'_>) -> Location {
    Location::yaml(corpus.file_path(definition.file), definition.path.field("id"))
}
