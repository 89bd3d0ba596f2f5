//! Reporting verbs in running text: the cue words that attribute a statement to its source (in
//! PARC 3.0's terms), as the framing lexicon knows them (`crate::analysis::Lexicon`), so one
//! list of cues serves `quotes` and `framing` alike.

use std::ops::Range;

use crate::analysis::Lexicon;

/// A word of the text: its byte range, and whether it is written with a capital.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    pub capital: bool,
}

/// The words of `range` in `text`, outside `skip` (the quotations, in order): letters and
/// digits, with inner hyphens and apostrophes (`al-Assad`, `Russia's`).
pub fn words(text: &str, range: Range<usize>, skip: &[Range<usize>]) -> Vec<Word> {
    let mut found = Vec::new();
    let mut skip = skip.iter().peekable();
    let mut start: Option<usize> = None;
    let slice = &text[range.clone()];
    let mut iter = slice.char_indices().peekable();
    while let Some((offset, c)) = iter.next() {
        let at = range.start + offset;
        while skip.peek().is_some_and(|s| s.end <= at) {
            skip.next();
        }
        let skipped = skip.peek().is_some_and(|s| s.start <= at);
        let next = iter.peek().map(|&(_, n)| n);
        let joins = matches!(c, '-' | '\'' | '\u{2019}') && start.is_some() && next.is_some_and(char::is_alphanumeric);
        if !skipped && (c.is_alphanumeric() || joins) {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            found.push(word(text, s..at));
        }
    }
    if let Some(s) = start {
        found.push(word(text, s..range.end));
    }
    found
}

fn word(text: &str, range: Range<usize>) -> Word {
    let capital = text[range.clone()].chars().next().is_some_and(char::is_uppercase);
    Word { range, capital }
}

/// A cue found in the words: the index of its first and one past its last word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub words: Range<usize>,
}

/// Every cue among `words`, longest first where they overlap. Cues are written in lower case:
/// a capitalized `Says` is a name or a headline word.
pub fn cues(lexicon: &Lexicon, text: &str, words: &[Word]) -> Vec<Cue> {
    let texts: Vec<&str> = words.iter().map(|w| &text[w.range.clone()]).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < texts.len() {
        // No cue is longer than the lexicon's longest: looking further would be wasted.
        let window = &texts[i..texts.len().min(i + lexicon.longest_cue())];
        match lexicon.cue_length(window) {
            0 => i += 1,
            length => {
                found.push(Cue { words: i..i + length });
                i += length;
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_texts(text: &str, skip: &[Range<usize>]) -> Vec<String> {
        let words = words(text, 0..text.len(), skip);
        cues(&Lexicon::builtin(), text, &words)
            .into_iter()
            .map(|c| text[words[c.words.start].range.start..words[c.words.end - 1].range.end].to_string())
            .collect()
    }

    #[test]
    fn finds_cues_longest_first_and_only_in_lower_case() {
        assert_eq!(
            cue_texts("Dmitry Peskov told reporters and he went on to say", &[]),
            ["told reporters", "went on to say"]
        );
        assert!(cue_texts("the United States Says", &[]).is_empty());
        assert!(cue_texts("the claims and the notes", &[]).is_empty());
        assert_eq!(cue_texts("he says he believes", &[]), ["says", "believes"]);
        assert_eq!(cue_texts("according to the spokesman", &[]), ["according to"]);
    }

    #[test]
    fn skips_the_words_inside_quotations() {
        let text = "\"We said no,\" he added.";
        let quotation = 1..11;
        assert_eq!(cue_texts(text, std::slice::from_ref(&quotation)), ["added"]);
    }

    #[test]
    fn keeps_hyphens_and_apostrophes_inside_words() {
        let text = "Russia's al-Assad - x";
        let found: Vec<&str> = words(text, 0..text.len(), &[])
            .into_iter()
            .map(|w| &text[w.range])
            .collect();
        assert_eq!(found, ["Russia's", "al-Assad", "x"]);
    }
}
