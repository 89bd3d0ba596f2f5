use std::collections::HashMap;
use std::hash::BuildHasher;

use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Corpus, Item};

use super::foreign::not_kebab_case;
use super::gaps::Gaps;
use super::index::{Index, at};
use crate::suggest::did_you_mean;

/// Every id a definition names must be defined, with a suggestion when it looks like a typo.
/// References into what failed to load are counted at the failure instead (see `gaps`).
pub fn check<'a>(corpus: &'a Corpus, index: &Index<'a>, out: &mut Vec<Diagnostic>) {
    let mut found = Gaps::new(corpus);
    let gaps = &mut found;
    // A renamed id is usually named by many references: its suggestion is looked for once.
    let mut suggestions = Suggestions::new();
    let suggestions = &mut suggestions;
    for article in &corpus.articles {
        expect(
            corpus,
            gaps,
            suggestions,
            article,
            "outlet",
            &article.value.outlet,
            &index.outlets,
            out,
        );
    }
    for claim in &corpus.claims {
        let c = &claim.value;
        expect(
            corpus,
            gaps,
            suggestions,
            claim,
            "article",
            &c.article,
            &index.articles,
            out,
        );
        if let Some(speaker) = &c.speaker {
            expect(
                corpus,
                gaps,
                suggestions,
                claim,
                "speaker",
                speaker,
                &index.speakers,
                out,
            );
        }
        // The field's path is formatted only for an id that is not defined.
        for (i, topic) in c.topics.iter().enumerate() {
            if !index.topics.contains_key(topic.as_str()) {
                expect(
                    corpus,
                    gaps,
                    suggestions,
                    claim,
                    &format!("topics[{i}]"),
                    topic,
                    &index.topics,
                    out,
                );
            }
        }
        if let Some(original) = &c.translation_of {
            expect(
                corpus,
                gaps,
                suggestions,
                claim,
                "translation_of",
                original,
                &index.claims,
                out,
            );
        }
        for (i, stance) in c.stances.iter().enumerate() {
            if index.propositions.contains_key(stance.proposition.as_str()) {
                continue;
            }
            expect(
                corpus,
                gaps,
                suggestions,
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

/// The suggestion for each unknown id, by kind and id.
type Suggestions<'a> = HashMap<(String, &'a str), Option<&'a str>>;

#[allow(clippy::too_many_arguments)]
fn expect<'a, T, U, S: BuildHasher>(
    corpus: &'a Corpus,
    gaps: &mut Gaps<'a>,
    suggestions: &mut Suggestions<'a>,
    item: &Item<T>,
    field: &str,
    id: &'a str,
    known: &HashMap<&'a str, U, S>,
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
    let suggestion = *suggestions
        .entry((kind.to_string(), id))
        .or_insert_with(|| did_you_mean(id, known.keys().copied()));
    let malformed = not_kebab_case(id, suggestion);
    let message = match &malformed {
        Some(why) => format!("unknown {kind} `{}`: {why}", excerpt(id)),
        None => format!("unknown {kind} `{}`", excerpt(id)),
    };
    let diagnostic = Diagnostic::new(Code::UnknownReference, message, at(corpus, item, field));
    let diagnostic = match (suggestion, malformed) {
        (Some(close), _) => diagnostic.with_help(format!("did you mean `{close}`?")),
        (None, Some(_)) => diagnostic.with_help(format!(
            "write the id of a defined {kind}: lower-case ASCII letters, digits and single hyphens"
        )),
        (None, None) => diagnostic.with_help(format!("correct the id, or define `{}` under `{kind}s:`", excerpt(id))),
    };
    out.push(diagnostic);
}
