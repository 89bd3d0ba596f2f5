use std::collections::HashMap;
use std::hash::BuildHasher;

use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Corpus, Item};

use super::gaps::Gaps;
use super::index::{Index, at};
use crate::suggest::did_you_mean;

/// Every id a definition names must be defined, with a suggestion when it looks like a typo.
/// References into what failed to load are counted at the failure instead (see `gaps`).
pub fn check(corpus: &Corpus, index: &Index<'_>, out: &mut Vec<Diagnostic>) {
    let mut found = Gaps::new(corpus);
    let gaps = &mut found;
    for article in &corpus.articles {
        expect(
            corpus,
            gaps,
            article,
            "outlet",
            &article.value.outlet,
            &index.outlets,
            out,
        );
    }
    for claim in &corpus.claims {
        let c = &claim.value;
        expect(corpus, gaps, claim, "article", &c.article, &index.articles, out);
        if let Some(speaker) = &c.speaker {
            expect(corpus, gaps, claim, "speaker", speaker, &index.speakers, out);
        }
        // The field's path is formatted only for an id that is not defined.
        for (i, topic) in c.topics.iter().enumerate() {
            if !index.topics.contains_key(topic.as_str()) {
                expect(corpus, gaps, claim, &format!("topics[{i}]"), topic, &index.topics, out);
            }
        }
        if let Some(original) = &c.translation_of {
            expect(corpus, gaps, claim, "translation_of", original, &index.claims, out);
        }
        for (i, stance) in c.stances.iter().enumerate() {
            if index.propositions.contains_key(stance.proposition.as_str()) {
                continue;
            }
            expect(
                corpus,
                gaps,
                claim,
                &format!("stances[{i}].proposition"),
                &stance.proposition,
                &index.propositions,
                out,
            );
        }
    }
    found.report(out);
}

fn expect<'a, T, U, S: BuildHasher>(
    corpus: &'a Corpus,
    gaps: &mut Gaps<'a>,
    item: &Item<T>,
    field: &str,
    id: &'a str,
    known: &HashMap<&str, U, S>,
    out: &mut Vec<Diagnostic>,
) {
    if known.contains_key(id) {
        return;
    }
    let kind = field.split(['[', '.']).next().unwrap_or(field).trim_end_matches('s');
    let kind = match field {
        _ if field.starts_with("stances") => "proposition",
        "translation_of" => "claim",
        _ => kind,
    };
    if gaps.absorb(kind, id) {
        return;
    }
    let mut diagnostic = Diagnostic::new(
        Code::UnknownReference,
        format!("unknown {kind} `{}`", excerpt(id)),
        at(corpus, item, field),
    );
    diagnostic = match did_you_mean(id, known.keys().copied()) {
        Some(close) => diagnostic.with_help(format!("did you mean `{close}`?")),
        None => diagnostic.with_help(format!("correct the id, or define `{}` under `{kind}s:`", excerpt(id))),
    };
    out.push(diagnostic);
}
