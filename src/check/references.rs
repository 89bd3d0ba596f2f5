use std::collections::HashMap;

use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Claim, Corpus, Item};

use super::foreign::not_kebab_case;
use super::gaps::Gaps;
use super::index::{Index, at};
use super::resolved::{Links, Resolved};
use crate::suggest::did_you_mean;

/// Every id a definition names must be defined, with a suggestion when it looks like a typo.
/// References into what failed to load are counted at the failure instead (see `gaps`).
/// Ids were looked up once, in [`Resolved`]: only those that name nothing are looked at here.
pub struct References<'a, 'i> {
    corpus: &'a Corpus,
    index: &'i Index<'a>,
    gaps: Gaps<'a>,
    /// A renamed id is usually named by many references: its suggestion is looked for once.
    suggestions: Suggestions<'a>,
}

impl<'a, 'i> References<'a, 'i> {
    /// Starts with the articles' outlets, which come before the claims' references.
    pub fn new(corpus: &'a Corpus, index: &'i Index<'a>, resolved: &Resolved<'a>, out: &mut Vec<Diagnostic>) -> Self {
        let mut references = References {
            corpus,
            index,
            gaps: Gaps::new(corpus),
            suggestions: Suggestions::new(),
        };
        for (article, outlet) in corpus.articles.iter().zip(&resolved.article_outlets) {
            if outlet.is_none() {
                references.unknown(
                    article,
                    "outlet",
                    &article.value.outlet,
                    index.outlets.keys().copied(),
                    out,
                );
            }
        }
        references
    }

    /// One claim's article, speaker, topics, original and stances' propositions.
    pub fn claim(&mut self, claim: &'a Item<Claim>, links: &Links<'_>, out: &mut Vec<Diagnostic>) {
        let c = &claim.value;
        let index = self.index;
        if links.article.is_none() {
            self.unknown(claim, "article", &c.article, index.articles.keys().copied(), out);
        }
        if let (Some(speaker), None) = (&c.speaker, links.speaker) {
            self.unknown(claim, "speaker", speaker, index.speakers.keys().copied(), out);
        }
        // The field's path is formatted only for an id that is not defined.
        for (i, (topic, link)) in c.topics.iter().zip(links.topics).enumerate() {
            if link.is_none() {
                self.unknown(claim, &format!("topics[{i}]"), topic, index.topics.keys().copied(), out);
            }
        }
        if let (Some(original), None) = (&c.translation_of, links.translation_of) {
            self.unknown(claim, "translation_of", original, index.claims.keys(), out);
        }
        for (i, (stance, link)) in c.stances.iter().zip(links.stances).enumerate() {
            if link.is_none() {
                let field = format!("stances[{i}].proposition");
                self.unknown(
                    claim,
                    &field,
                    &stance.proposition,
                    index.propositions.keys().copied(),
                    out,
                );
            }
        }
    }

    /// The findings for what failed to load, after every reference's own.
    pub fn finish(self, out: &mut Vec<Diagnostic>) {
        self.gaps.report(out);
    }
}

/// The suggestion for each unknown id, by kind and id.
type Suggestions<'a> = HashMap<(String, &'a str), Option<&'a str>>;

impl<'a> References<'a, '_> {
    /// The finding for `id`, which names no definition, unless a gap absorbs it.
    fn unknown<T>(
        &mut self,
        item: &Item<T>,
        field: &str,
        id: &'a str,
        known: impl Iterator<Item = &'a str>,
        out: &mut Vec<Diagnostic>,
    ) {
        let corpus = self.corpus;
        let kind = field.split(['[', '.']).next().unwrap_or(field).trim_end_matches('s');
        let kind = match field {
            _ if field.starts_with("stances") => "proposition",
            "translation_of" => "claim",
            _ => kind,
        };
        if self.gaps.absorb(kind, id) {
            return;
        }
        let suggestion = *self
            .suggestions
            .entry((kind.to_string(), id))
            .or_insert_with(|| did_you_mean(id, known));
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
            (None, None) => {
                diagnostic.with_help(format!("correct the id, or define `{}` under `{kind}s:`", excerpt(id)))
            }
        };
        out.push(diagnostic);
    }
}
