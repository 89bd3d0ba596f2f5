//! Claim stubs for what no claim covers yet: ready to paste under `claims:` and finish (the
//! speaker's id, the topics and stances).

use crate::model::{Corpus, Mode};

use super::super::{slug, unique};
use super::coverage::{Item, Kind};

/// One claim to be.
#[derive(Debug, Clone)]
pub struct Stub {
    pub id: String,
    pub article: String,
    /// The speaker as the text names them.
    pub speaker_guess: Option<String>,
    /// A defined speaker whose name matches the guess.
    pub speaker: Option<String>,
    pub mode: Mode,
    pub verb: Option<String>,
    pub quote: String,
    pub line: usize,
    pub column: usize,
}

/// Stubs for the items no claim covers, with ids unique among the claims and each other.
pub fn stubs(corpus: &Corpus, article: &str, items: &[Item]) -> Vec<Stub> {
    let mut taken: std::collections::HashSet<String> = corpus.claims.iter().map(|c| c.value.id.clone()).collect();
    let mut found = Vec::new();
    for item in items.iter().filter(|i| i.claims.is_empty()) {
        let speaker = item.speaker.as_deref().and_then(|guess| defined_speaker(corpus, guess));
        let quote = match item.kind {
            // The comma before a closing mark belongs to the outlet's sentence, not the quote.
            Kind::Quotation => item.text.trim_end_matches(',').trim_end().to_string(),
            Kind::Reported => item.text.clone(),
        };
        // A name (every word capitalized) names the stub; a description (`the spokesman`) does not.
        let named = item.speaker.as_deref().filter(|s| {
            s.split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        });
        let who = speaker
            .clone()
            .or_else(|| named.map(|s| slug(s, 2)))
            .filter(|s| !s.is_empty());
        let words = slug(&quote, 5);
        let base = match who {
            Some(who) if !words.is_empty() => format!("{who}-{words}"),
            Some(who) => who,
            None if !words.is_empty() => words,
            None => format!("{article}-claim"),
        };
        let id = unique(&base, |id| taken.contains(id));
        taken.insert(id.clone());
        found.push(Stub {
            id,
            article: article.to_string(),
            speaker_guess: item.speaker.clone(),
            speaker,
            mode: match item.kind {
                Kind::Quotation => Mode::Quote,
                Kind::Reported => Mode::Paraphrase,
            },
            verb: item.verb.clone(),
            quote,
            line: item.line,
            column: item.column,
        });
    }
    found
}

/// The id of the defined speaker the guess names: the same name, or its last word (`Peskov`).
fn defined_speaker(corpus: &Corpus, guess: &str) -> Option<String> {
    corpus
        .speakers
        .iter()
        .find(|s| {
            let name = s.value.name.as_str();
            name == guess || name.ends_with(&format!(" {guess}")) || guess.ends_with(&format!(" {name}"))
        })
        .map(|s| s.value.id.clone())
}
