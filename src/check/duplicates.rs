use crate::diagnostic::{Code, Diagnostic, Location, excerpt};
use crate::model::{Corpus, Definition};

use super::index::Index;

/// Ids are unique per kind: a claim and an article may share an id, two claims may not. The
/// index found every later definition of an id while it was built.
pub fn check(corpus: &Corpus, index: &Index<'_>, out: &mut Vec<Diagnostic>) {
    for repeat in &index.repeats {
        let Definition { kind, id, .. } = repeat.later;
        out.push(
            Diagnostic::new(
                Code::DuplicateId,
                format!("{kind} `{}` is defined twice", excerpt(id)),
                id_of(corpus, &repeat.later),
            )
            .with_related(id_of(corpus, &repeat.first), "first defined here")
            .with_help(format!("rename one of them, or remove the repeated {kind}")),
        );
    }
}

/// Where a definition's id is written.
pub fn id_of(corpus: &Corpus, definition: &Definition<'_>) -> Location {
    Location::yaml(corpus.file_path(definition.file), definition.path.field("id"))
}
