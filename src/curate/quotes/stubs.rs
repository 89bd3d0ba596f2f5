//! Claim stubs for what no claim covers yet: ready to paste under `claims:` and finish (the
//! speaker's id, the topics and stances).

use std::collections::{HashMap, HashSet};

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

/// Stubs for the items no claim covers, with ids not in `taken` (the claims' and earlier
/// stubs'), which they join.
pub fn stubs(speakers: &Speakers<'_>, taken: &mut HashSet<String>, article: &str, items: &[Item]) -> Vec<Stub> {
    let mut found = Vec::new();
    for item in items.iter().filter(|i| i.claims.is_empty()) {
        let speaker = item.speaker.as_deref().and_then(|guess| speakers.named(guess));
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

/// The defined speakers by name and by the last word of their name (`Peskov`).
pub struct Speakers<'a> {
    by_name: HashMap<&'a str, &'a str>,
    by_last_word: HashMap<&'a str, &'a str>,
}

impl<'a> Speakers<'a> {
    pub fn new(corpus: &'a Corpus) -> Speakers<'a> {
        let mut speakers = Speakers {
            by_name: HashMap::new(),
            by_last_word: HashMap::new(),
        };
        for speaker in &corpus.speakers {
            let (name, id) = (speaker.value.name.as_str(), speaker.value.id.as_str());
            speakers.by_name.entry(name).or_insert(id);
            if let Some(last) = name.split_whitespace().next_back() {
                speakers.by_last_word.entry(last).or_insert(id);
            }
        }
        speakers
    }

    /// The id of the speaker the guess names: the same name, or its last word alone.
    fn named(&self, guess: &str) -> Option<String> {
        self.by_name
            .get(guess)
            .or_else(|| (!guess.contains(' ')).then(|| self.by_last_word.get(guess)).flatten())
            .map(|id| (*id).to_string())
    }
}
