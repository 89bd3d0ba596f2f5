use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::{Code, Diagnostic, Location, excerpt};
use crate::model::{Corpus, Definition};

/// Ids are unique per kind: a claim and an article may share an id, two claims may not.
pub fn check(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<(&str, &str), Definition<'_>> = HashMap::with_capacity(corpus.claims.len() * 2);
    for definition in corpus.definitions() {
        let Definition { kind, id, .. } = definition;
        match first.get(&(kind, id)) {
            None => {
                first.insert((kind, id), definition);
            }
            Some(original) => out.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("{kind} `{}` is defined twice", excerpt(id)),
                    id_of(corpus, &definition),
                )
                .with_related(id_of(corpus, original), "first defined here")
                .with_help(format!("rename one of them, or remove the repeated {kind}")),
            ),
        }
    }
}

/// Where a definition's id is written.
pub fn id_of(corpus: &Corpus, definition: &Definition<'_>) -> Location {
    Location::yaml(corpus.file_path(definition.file), definition.path.field("id"))
}
