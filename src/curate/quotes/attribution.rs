//! Who says what: each sentence's reporting verbs with their speakers, and each quotation with
//! the nearest cue in its sentence. A quotation interrupted by an attribution (`"A," he said.
//! "B."`) continues with the same verb and speaker. A pronoun stands for the speaker named last.

use std::ops::Range;

use crate::analysis::Lexicon;

use super::cues::{Cue, Word, cues, words};
use super::marks::{Quotation, quotations};
use super::sentences::sentences;
use super::speaker::{Subject, subject};

/// A reporting verb as printed, with the speaker the text gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attributed {
    /// The cue's words in the text.
    pub cue: Range<usize>,
    pub verb: String,
    /// A name or a description, as printed; none when the text gives none.
    pub speaker: Option<String>,
}

/// A quotation and what the text attributes it to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    pub quotation: Quotation,
    pub attribution: Option<Attributed>,
    /// The quotation this one continues after an interruption, by index.
    pub continues: Option<usize>,
}

/// A sentence with a reporting verb and no quotation: reported speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    pub sentence: Range<usize>,
    pub attribution: Attributed,
}

/// What a source's text quotes and reports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    pub quotations: Vec<Quoted>,
    pub reported: Vec<Reported>,
}

/// Reads the quotations and reported speech of `text`, with the cues of `lexicon`, in one pass
/// per stage.
pub fn analyse(text: &str, lexicon: &Lexicon) -> Analysis {
    let found = quotations(text);
    let skip: Vec<Range<usize>> = found.iter().map(|q| q.marks.clone()).collect();
    let mut analysis = Analysis::default();
    let mut last_subject: Option<String> = None;
    let mut next_quote = 0;
    for sentence in sentences(text, &found) {
        let first_skip = skip.partition_point(|s| s.end <= sentence.start);
        let words = words(text, sentence.clone(), &skip[first_skip..]);
        let cues = cues(lexicon, text, &words);
        let attributed = attribute(text, &words, &cues, &mut last_subject);
        let mut has_quotation = false;
        while let Some(quotation) = found.get(next_quote).filter(|q| q.marks.start < sentence.end) {
            has_quotation = true;
            // The cues are in text order: the nearest is one of the two either side. A cue after
            // the quotation that introduces what follows it (`, adding that "..."`) is not its.
            let after = attributed.partition_point(|a| a.cue.start < quotation.marks.start);
            let following = attributed.get(after).filter(|a| !introduces(text, &a.cue));
            let nearest = after
                .checked_sub(1)
                .and_then(|i| attributed.get(i))
                .into_iter()
                .chain(following)
                .min_by_key(|a| distance(&a.cue, &quotation.marks))
                .cloned();
            analysis.quotations.push(Quoted {
                quotation: quotation.clone(),
                attribution: nearest,
                continues: None,
            });
            next_quote += 1;
        }
        if let (false, Some(first)) = (has_quotation, attributed.first()) {
            analysis.reported.push(Reported {
                sentence: sentence.clone(),
                attribution: first.clone(),
            });
        }
    }
    link_continuations(text, &mut analysis.quotations);
    analysis
}

/// The verb and speaker of each cue of one sentence.
fn attribute(text: &str, words: &[Word], cues: &[Cue], last_subject: &mut Option<String>) -> Vec<Attributed> {
    let mut attributed: Vec<Attributed> = Vec::new();
    for cue in cues {
        let before = clause_before(text, words, cue.words.start);
        let after = clause_after(text, words, cue.words.end);
        let verb_words = &words[cue.words.clone()];
        let verb = text[verb_words[0].range.start..verb_words[verb_words.len() - 1].range.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let according = verb == "according to";
        let found = if according {
            subject(text, after)
        } else {
            subject(text, before).or_else(|| {
                // `..., says Kremlin`: the speaker follows the verb.
                after.first().filter(|w| w.capital)?;
                let run = after.iter().take_while(|w| w.capital).count();
                subject(text, &after[..run])
            })
        };
        let speaker = match found {
            Some(Subject::Name(name) | Subject::Description(name)) => Some(name),
            Some(Subject::Pronoun) => last_subject.clone(),
            // A participle (`..., saying`) shares the subject of the verb before it.
            None => attributed.last().and_then(|a| a.speaker.clone()),
        };
        if let Some(speaker) = &speaker {
            *last_subject = Some(speaker.clone());
        }
        attributed.push(Attributed {
            cue: verb_words[0].range.start..verb_words[verb_words.len() - 1].range.end,
            verb,
            speaker,
        });
    }
    attributed
}

/// Up to a dozen words before word `at`, back to a comma, colon, bracket or quotation.
fn clause_before<'a>(text: &str, words: &'a [Word], at: usize) -> &'a [Word] {
    let mut start = at;
    while start > 0
        && at - start < 12
        && !boundary(
            text,
            words[start - 1].range.end,
            words[start].range.start.min(text.len()),
        )
    {
        start -= 1;
    }
    if start == at { &words[at..at] } else { &words[start..at] }
}

/// Up to eight words after word `at` (exclusive), up to a boundary.
fn clause_after<'a>(text: &str, words: &'a [Word], at: usize) -> &'a [Word] {
    if at == 0 || at >= words.len() || boundary(text, words[at - 1].range.end, words[at].range.start) {
        return &words[at.min(words.len())..at.min(words.len())];
    }
    let mut end = at + 1;
    while end < words.len() && end - at < 8 && !boundary(text, words[end - 1].range.end, words[end].range.start) {
        end += 1;
    }
    &words[at..end]
}

/// Whether the cue at `cue` introduces the words after it: a colon, `that` or an opening
/// quotation mark follows it (`said: "..."`, `adding that "..."`, `saying "..."`).
fn introduces(text: &str, cue: &Range<usize>) -> bool {
    let rest = text
        .get(cue.end..)
        .unwrap_or_default()
        .trim_start_matches([' ', '\u{a0}']);
    rest.starts_with([':', '"', '\u{201C}', '\u{201E}', '\u{AB}'])
        || rest
            .strip_prefix("that")
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
}

/// Whether the text between two words breaks a clause.
fn boundary(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_none_or(|gap| {
        gap.chars()
            .any(|c| ",;:()[]\"'\u{201C}\u{201D}\u{201E}\u{2018}\u{2019}\u{00AB}\u{00BB}.?!".contains(c))
    })
}

fn distance(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// `"A," he said. "B."`: B has no cue of its own and the cue of A stands between them, in one
/// paragraph; B continues A, with its verb and speaker.
fn link_continuations(text: &str, quotations: &mut [Quoted]) {
    for b in 1..quotations.len() {
        let a = b - 1;
        if quotations[b].attribution.is_some() {
            continue;
        }
        let Some(cue) = quotations[a].attribution.clone() else {
            continue;
        };
        let gap = quotations[a].quotation.marks.end..quotations[b].quotation.marks.start;
        let in_gap = gap.start <= cue.cue.start && cue.cue.end <= gap.end;
        let same_paragraph = text.get(gap).is_some_and(|between| between.matches('\n').count() < 2);
        if in_gap && same_paragraph {
            quotations[b].continues = Some(quotations[a].continues.unwrap_or(a));
            quotations[b].attribution = Some(cue);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (String, Option<String>, Option<String>, Option<usize>);

    fn summary(text: &str) -> Vec<Row> {
        analyse(text, &Lexicon::builtin())
            .quotations
            .into_iter()
            .map(|q| {
                (
                    text[q.quotation.text].to_string(),
                    q.attribution.as_ref().map(|a| a.verb.clone()),
                    q.attribution.and_then(|a| a.speaker),
                    q.continues,
                )
            })
            .collect()
    }

    fn row(
        text: &str,
        verb: &str,
        speaker: &str,
        continues: Option<usize>,
    ) -> (String, Option<String>, Option<String>, Option<usize>) {
        (text.into(), Some(verb.into()), Some(speaker.into()), continues)
    }

    #[test]
    fn an_interrupted_quotation_continues_with_its_verb_and_speaker() {
        let text = "Dmitry Peskov told reporters so. \"It is necessary,\" he said. \"Suffice it to recall.\"";
        assert_eq!(
            summary(text),
            [
                row("It is necessary,", "said", "Dmitry Peskov", None),
                row("Suffice it to recall.", "said", "Dmitry Peskov", Some(0)),
            ]
        );
    }

    #[test]
    fn each_quotation_takes_the_nearest_cue_of_its_sentence() {
        let text = "\"We will not leave,\" he said, claiming that the policy “does not aim to change the regime.\"";
        let rows = summary(text);
        assert_eq!(rows[0].1.as_deref(), Some("said"));
        assert_eq!(rows[1].1.as_deref(), Some("claiming"));
    }

    #[test]
    fn a_cue_that_introduces_the_next_quotation_is_not_the_one_before() {
        let text = "The mayor said on Monday: \"Repairs will take until autumn,\" adding that \"the council agreed.\"";
        let verbs: Vec<Option<String>> = summary(text).into_iter().map(|row| row.1).collect();
        assert_eq!(verbs, [Some("said".to_string()), Some("adding".to_string())]);
    }

    #[test]
    fn reads_the_speaker_after_the_verb_and_after_according_to() {
        let text = "Withdrawal is priority, says Kremlin\n\nOnly Russian forces are legitimate, according to the presidential spokesman";
        let reported: Vec<_> = analyse(text, &Lexicon::builtin())
            .reported
            .into_iter()
            .map(|r| (r.attribution.verb, r.attribution.speaker))
            .collect();
        assert_eq!(
            reported,
            [
                ("says".to_string(), Some("Kremlin".to_string())),
                (
                    "according to".to_string(),
                    Some("the presidential spokesman".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_participle_shares_the_subject_of_the_verb_before_it() {
        let text = "On Wednesday, US President Donald Trump confirmed the plans, saying \"Let someone else fight.\"";
        assert_eq!(
            summary(text),
            [row("Let someone else fight.", "saying", "Donald Trump", None)]
        );
    }

    #[test]
    fn gives_each_quotation_of_one_long_sentence_its_nearest_cue() {
        // Without a stop, every quotation and cue is in one sentence; a look-up per pair would
        // take minutes here.
        let text = "\"a\" he said, ".repeat(100_000);
        let found = analyse(&text, &Lexicon::builtin());
        assert_eq!(found.quotations.len(), 100_000);
        assert!(
            found
                .quotations
                .iter()
                .all(|q| q.attribution.as_ref().is_some_and(|a| a.verb == "said"))
        );
    }

    #[test]
    fn quotations_in_separate_paragraphs_do_not_continue_each_other() {
        let text = "\"One,\" Alexander Lavrentiev said.\n\n\"You must remember that.\"";
        let rows = summary(text);
        assert_eq!(rows[1], ("You must remember that.".to_string(), None, None, None));
    }
}
