//! Who a cue attributes words to, as the text gives it: a name (`Dmitry Peskov`, with titles
//! such as `Spokesman` or `US President` left out), a description when there is no name (`the
//! Russian presidential spokesman`), or a pronoun to resolve to the speaker named before.

use super::cues::Word;

/// The subject of a cue, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Name(String),
    Description(String),
    Pronoun,
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "He", "She", "They", "It", "We"];

/// Words that come between a speaker and the cue without being part of the speaker.
const ADVERBS: &[&str] = &[
    "further",
    "also",
    "then",
    "again",
    "later",
    "once",
    "still",
    "however",
    "now",
    "today",
    "yesterday",
    "recently",
    "earlier",
    "previously",
    "repeatedly",
    "separately",
    "reportedly",
];

const PREPOSITIONS: &[&str] = &[
    "for", "of", "in", "from", "to", "on", "at", "with", "by", "about", "over", "under", "near",
];

const DETERMINERS: &[&str] = &["The", "A", "An", "the", "a", "an"];

/// Capitalized words that are offices or titles, not names: a name follows the last of them.
const TITLES: &[&str] = &[
    "President",
    "Minister",
    "Secretary",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Envoy",
    "Ambassador",
    "Affairs",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "General",
    "Governor",
    "Senator",
    "Representative",
    "Mayor",
    "Director",
    "Chief",
    "Commander",
    "Head",
    "Leader",
    "Officer",
    "Official",
    "Adviser",
    "Advisor",
    "Premier",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Prof",
    "Sen",
    "Rep",
    "Gov",
    "Gen",
    "Captain",
    "Colonel",
    "Lieutenant",
    "Sergeant",
    "Admiral",
    "Marshal",
    "Judge",
    "Justice",
    "Speaker",
    "Deputy",
    "Acting",
    "Assistant",
    "Vice",
    "Prime",
    "Foreign",
    "Defense",
    "Defence",
    "Press",
    "Secretary-General",
    "Sheikh",
];

/// The subject that `phrase` (the words next to a cue, in order) names, if any.
pub fn subject(text: &str, phrase: &[Word]) -> Option<Subject> {
    let mut end = phrase.len();
    while end > 0 && ADVERBS.contains(&word(text, &phrase[end - 1])) {
        end -= 1;
    }
    let phrase = &phrase[..end];
    let last = phrase.last()?;
    if PRONOUNS.contains(&word(text, last)) {
        return Some(Subject::Pronoun);
    }
    // The last run of capitalized words, without a leading article.
    let run_end = phrase.iter().rposition(|w| w.capital).map(|i| i + 1);
    if let Some(run_end) = run_end {
        let mut run_start = phrase[..run_end].iter().rposition(|w| !w.capital).map_or(0, |i| i + 1);
        while run_start < run_end && DETERMINERS.contains(&word(text, &phrase[run_start])) {
            run_start += 1;
        }
        let run = &phrase[run_start..run_end];
        if let Some(title) = run.iter().rposition(|w| TITLES.contains(&word(text, w)))
            && title + 1 < run.len()
        {
            return Some(Subject::Name(joined(text, &run[title + 1..])));
        }
        let after_preposition = run_start > 0 && PREPOSITIONS.contains(&word(text, &phrase[run_start - 1]));
        if run_end == phrase.len() && !run.is_empty() && !after_preposition {
            let name = joined(text, run);
            let name = name
                .strip_suffix("'s")
                .or_else(|| name.strip_suffix("\u{2019}s"))
                .map_or(name.clone(), str::to_string);
            return Some(Subject::Name(name));
        }
    }
    Some(Subject::Description(joined(text, phrase)))
}

fn word<'a>(text: &'a str, word: &Word) -> &'a str {
    &text[word.range.clone()]
}

/// The words as printed, from the first to the last, whitespace collapsed.
fn joined(text: &str, words: &[Word]) -> String {
    match (words.first(), words.last()) {
        (Some(first), Some(last)) => text[first.range.start..last.range.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::cues::words;
    use super::*;

    fn of(phrase: &str) -> Option<Subject> {
        subject(phrase, &words(phrase, 0..phrase.len(), &[]))
    }

    fn name(text: &str) -> Option<Subject> {
        Some(Subject::Name(text.to_string()))
    }

    #[test]
    fn takes_the_name_after_titles_and_offices() {
        assert_eq!(of("Spokesman Dmitry Peskov"), name("Dmitry Peskov"));
        assert_eq!(of("US President Donald Trump"), name("Donald Trump"));
        assert_eq!(
            of("US Acting Assistant Secretary for Near East Asian Affairs Joey Hood"),
            name("Joey Hood")
        );
        assert_eq!(of("Syrian Foreign Minister Faisal Mekdad"), name("Faisal Mekdad"));
        assert_eq!(of("Kremlin spokesman Dmitry Peskov"), name("Dmitry Peskov"));
        assert_eq!(of("Lavrentiev further"), name("Lavrentiev"));
        assert_eq!(of("Kremlin"), name("Kremlin"));
    }

    #[test]
    fn keeps_a_description_when_no_name_heads_the_phrase() {
        assert_eq!(
            of("the Russian presidential spokesman"),
            Some(Subject::Description("the Russian presidential spokesman".into()))
        );
        assert_eq!(
            of("Russia's special envoy for Syria"),
            Some(Subject::Description("Russia's special envoy for Syria".into()))
        );
    }

    #[test]
    fn tells_pronouns_and_nothing() {
        assert_eq!(of("In this way he"), Some(Subject::Pronoun));
        assert_eq!(of(""), None);
    }
}
