use foldhash::{HashSet, HashSetExt};

use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Corpus, Item};

use super::index::at;

/// Definitions no claim uses are usually leftovers or typos in the claims that meant them.
pub fn check(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    let mut outlets = HashSet::new();
    let mut speakers = HashSet::new();
    let mut topics = HashSet::new();
    let mut propositions = HashSet::new();
    for article in &corpus.articles {
        outlets.insert(article.value.outlet.as_str());
    }
    for claim in &corpus.claims {
        let c = &claim.value;
        speakers.extend(c.speaker.as_deref());
        topics.extend(c.topics.iter().map(String::as_str));
        propositions.extend(c.stances.iter().map(|s| s.proposition.as_str()));
    }
    unused(
        corpus,
        &corpus.outlets,
        "outlet",
        "no article",
        &outlets,
        |o| &o.id,
        out,
    );
    unused(
        corpus,
        &corpus.speakers,
        "speaker",
        "no claim",
        &speakers,
        |s| &s.id,
        out,
    );
    unused(corpus, &corpus.topics, "topic", "no claim", &topics, |t| &t.id, out);
    unused(
        corpus,
        &corpus.propositions,
        "proposition",
        "no claim takes a stance on it",
        &propositions,
        |p| &p.proposition.id,
        out,
    );
}

fn unused<T>(
    corpus: &Corpus,
    items: &[Item<T>],
    kind: &str,
    users: &str,
    used: &HashSet<&str>,
    id: impl Fn(&T) -> &String,
    out: &mut Vec<Diagnostic>,
) {
    for item in items {
        let value = id(&item.value);
        if !used.contains(value.as_str()) {
            let how = if users.starts_with("no ") && !users.contains("stance") {
                format!("{users} uses it")
            } else {
                users.to_string()
            };
            out.push(
                Diagnostic::new(
                    Code::UnusedDefinition,
                    format!("{kind} `{}` is never used: {how}", excerpt(value)),
                    at(corpus, item, "id"),
                )
                .with_help(format!("remove the {kind}, or reference it where it was meant")),
            );
        }
    }
}
