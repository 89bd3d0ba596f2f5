use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::{Code, Diagnostic};
use crate::model::{Corpus, Item};

use super::index::at;

/// Ids are unique per kind: a claim and an article may share an id, two claims may not.
pub fn check(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    unique(corpus, &corpus.outlets, "outlet", |o| &o.id, out);
    unique(corpus, &corpus.speakers, "speaker", |s| &s.id, out);
    unique(corpus, &corpus.topics, "topic", |t| &t.id, out);
    unique(corpus, &corpus.propositions, "proposition", |p| &p.proposition.id, out);
    unique(corpus, &corpus.articles, "article", |a| &a.id, out);
    unique(corpus, &corpus.claims, "claim", |c| &c.id, out);
}

fn unique<T>(corpus: &Corpus, items: &[Item<T>], kind: &str, id: impl Fn(&T) -> &String, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<&str, &Item<T>> = HashMap::with_capacity(items.len());
    for item in items {
        let value = id(&item.value);
        match first.get(value.as_str()) {
            None => {
                first.insert(value, item);
            }
            Some(original) => out.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("{kind} `{value}` is defined twice"),
                    at(corpus, item, "id"),
                )
                .with_related(at(corpus, original, "id"), "first defined here")
                .with_help(format!("rename one of them, or remove the repeated {kind}")),
            ),
        }
    }
}
