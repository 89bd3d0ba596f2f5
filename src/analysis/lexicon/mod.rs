//! The lexicon of reporting verbs and framing markers: what class each cue belongs to. It is
//! data, not code: a built-in table ([`builtin`]) documented with its sources in
//! docs/framing.md, each verb listed once in its base form and matched in every form
//! ([`inflect`]), plus the verbs and markers a project adds or reclasses in `crossclaim.toml`.
//!
//! A cue is matched at the start of a phrase, longest first: `told reporters` is the entry
//! `tell reporters`, `says he believes` is `say` followed by its complement. A frame such as
//! `went on to` takes the class of the verb after it. Look-ups hash the first word, so the cost
//! of a phrase is its length, whatever the size of the lexicon.

pub mod builtin;
mod inflect;

use std::collections::HashMap;

use super::CueClass;
use builtin::{ENTRIES, FRAMES, Kind};
use inflect::{Form, forms};

/// Verbs and markers by class, with the way to every form of each.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Every form of an entry's first word, to the entries it may begin.
    first: HashMap<String, Vec<(usize, Form)>>,
    /// Every form of a frame's first word, to the frames it may begin.
    frames: HashMap<String, Vec<Vec<String>>>,
}

#[derive(Debug, Clone)]
struct Entry {
    /// The base form of the first word, then the other words as written.
    words: Vec<String>,
    class: CueClass,
    kind: Kind,
    /// Added or reclassed by the project's configuration.
    configured: bool,
}

/// A cue found in the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classified {
    pub class: CueClass,
    /// The entry that matched, in its base form: `say`, `point out`, `tell reporters`.
    pub entry: String,
    /// The class comes from `crossclaim.toml`.
    pub configured: bool,
}

/// What `crossclaim.toml` adds to or changes in the built-in lexicon.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Reporting verbs, written in their base form (`quip`) to match every form.
    pub verbs: Vec<(String, CueClass)>,
    /// Framing markers, matched as written.
    pub markers: Vec<(String, CueClass)>,
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon::builtin()
    }
}

impl Lexicon {
    /// The built-in lexicon alone.
    pub fn builtin() -> Lexicon {
        Lexicon::new(&Overrides::default())
    }

    /// The built-in lexicon with a project's additions and reclassifications. A verb or marker
    /// that the built-in lexicon already matches whole (`noted` is `note`) is reclassed, with
    /// all its forms; any other is added.
    pub fn new(overrides: &Overrides) -> Lexicon {
        let mut lexicon = Lexicon {
            entries: Vec::new(),
            first: HashMap::new(),
            frames: HashMap::new(),
        };
        for frame in FRAMES {
            let words = split(frame);
            for (form, _) in forms(&words[0]) {
                lexicon.frames.entry(form).or_default().push(words[1..].to_vec());
            }
        }
        for (cue, class, kind) in ENTRIES {
            lexicon.add(split(cue), *class, *kind, false);
        }
        let configured = overrides
            .verbs
            .iter()
            .map(|(cue, class)| (cue, class, Kind::Verb))
            .chain(overrides.markers.iter().map(|(cue, class)| (cue, class, Kind::Marker)));
        for (cue, class, kind) in configured {
            let words = split(cue);
            if words.is_empty() {
                continue;
            }
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            match lexicon.longest(&refs, false, |_| true) {
                Some((entry, length)) if length == refs.len() => {
                    lexicon.entries[entry].class = *class;
                    lexicon.entries[entry].configured = true;
                }
                _ => lexicon.add(words, *class, kind, true),
            }
        }
        lexicon
    }

    fn add(&mut self, words: Vec<String>, class: CueClass, kind: Kind, configured: bool) {
        let index = self.entries.len();
        let first: Vec<(String, Form)> = match kind {
            Kind::Verb | Kind::NounVerb => forms(&words[0]),
            Kind::Phrase | Kind::Marker => vec![(words[0].clone(), Form::Base)],
        };
        for (form, which) in first {
            self.first.entry(form).or_default().push((index, which));
        }
        self.entries.push(Entry {
            words,
            class,
            kind,
            configured,
        });
    }

    /// The class of a claim's attribution verb as printed, e.g. `went on to say` or `says`:
    /// the longest verb at its start, after any frame. Words after the verb (`told reporters
    /// on Monday`) are its complements. `None` when no verb of the lexicon starts it.
    pub fn verb(&self, printed: &str) -> Option<Classified> {
        let words = split(printed);
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let (entry, _) = self.with_frames(&refs, false, |kind| kind != Kind::Marker)?;
        Some(self.classified(entry))
    }

    /// The class of a framing marker as printed. A word or phrase in quotation marks is a
    /// scare quote, which distances; anything else is looked up among the markers, then the
    /// verbs (`alleged` is both).
    pub fn marker(&self, printed: &str) -> Option<Classified> {
        if is_scare_quoted(printed) {
            return Some(Classified {
                class: CueClass::Distancing,
                entry: "scare quotes".to_string(),
                configured: false,
            });
        }
        let words = split(printed);
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let (entry, _) = self
            .longest(&refs, false, |kind| kind == Kind::Marker)
            .or_else(|| self.with_frames(&refs, false, |kind| kind != Kind::Marker))?;
        Some(self.classified(entry))
    }

    /// How many words of running text, from the first of `words`, make a reporting cue; 0 when
    /// none starts there. Only lower-case words are cues (a capitalized `Says` is a headline
    /// word), and a verb that is also a noun counts only in a form a noun does not take.
    pub fn cue_length(&self, words: &[&str]) -> usize {
        self.with_frames(words, true, |kind| kind != Kind::Marker)
            .map_or(0, |(_, length)| length)
    }

    fn classified(&self, entry: usize) -> Classified {
        let entry = &self.entries[entry];
        Classified {
            class: entry.class,
            entry: entry.words.join(" "),
            configured: entry.configured,
        }
    }

    /// The longest entry at the start of `words`, after a frame if one comes first.
    fn with_frames(
        &self,
        words: &[&str],
        running: bool,
        kinds: impl Fn(Kind) -> bool + Copy,
    ) -> Option<(usize, usize)> {
        if let Some(found) = self.longest(words, running, kinds) {
            return Some(found);
        }
        let first = *words.first()?;
        let frames = self.frames.get(first)?;
        frames.iter().find_map(|rest| {
            let after = 1 + rest.len();
            let matches = words.len() > after && words[1..after].iter().zip(rest).all(|(w, r)| w == r);
            if !matches {
                return None;
            }
            let (entry, length) = self.longest(&words[after..], running, kinds)?;
            Some((entry, after + length))
        })
    }

    /// The longest entry of an allowed kind that `words` start with, and its length in words.
    fn longest(&self, words: &[&str], running: bool, kinds: impl Fn(Kind) -> bool) -> Option<(usize, usize)> {
        let first = *words.first()?;
        let candidates = self.first.get(first)?;
        candidates
            .iter()
            .filter(|(entry, form)| {
                let entry = &self.entries[*entry];
                let noun_form = entry.kind == Kind::NounVerb && matches!(form, Form::Base | Form::Third);
                kinds(entry.kind) && !(running && noun_form)
            })
            .filter(|(entry, _)| {
                let rest = &self.entries[*entry].words[1..];
                words.len() > rest.len() && words[1..=rest.len()].iter().zip(rest).all(|(w, r)| w == r)
            })
            .map(|(entry, _)| (*entry, self.entries[*entry].words.len()))
            .max_by_key(|&(entry, length)| (length, std::cmp::Reverse(entry)))
    }

    /// The most words a cue can take: the longest entry behind the longest frame.
    pub fn longest_cue(&self) -> usize {
        let entry = self.entries.iter().map(|e| e.words.len()).max().unwrap_or(0);
        let frame = self
            .frames
            .values()
            .flatten()
            .map(|rest| rest.len() + 1)
            .max()
            .unwrap_or(0);
        entry + frame
    }

    /// Every entry: its words in base form, class, whether it is a marker, and whether a
    /// project set it. In table order, then the project's additions.
    pub fn entries(&self) -> impl Iterator<Item = (String, CueClass, bool, bool)> + '_ {
        self.entries
            .iter()
            .map(|e| (e.words.join(" "), e.class, e.kind == Kind::Marker, e.configured))
    }
}

/// Lower-case words, split on whitespace; hyphens and apostrophes stay inside words.
fn split(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(str::to_lowercase).collect()
}

/// Text between quotation marks of any kind: `"regime"`, `“experts”`, `'liberated'`.
fn is_scare_quoted(text: &str) -> bool {
    const OPENING: &[char] = &['"', '\'', '\u{201C}', '\u{2018}', '\u{201E}', '\u{00AB}'];
    const CLOSING: &[char] = &['"', '\'', '\u{201D}', '\u{2019}', '\u{201C}', '\u{00BB}'];
    let text = text.trim();
    let mut chars = text.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    OPENING.contains(&first) && CLOSING.contains(&last) && chars.as_str().chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(lexicon: &Lexicon, verb: &str) -> Option<(CueClass, String)> {
        lexicon.verb(verb).map(|c| (c.class, c.entry))
    }

    #[test]
    fn every_form_of_a_verb_has_its_class() {
        let lexicon = Lexicon::builtin();
        for verb in ["said", "says", "say", "saying", "told", "added", "adding"] {
            assert_eq!(lexicon.verb(verb).map(|c| c.class), Some(CueClass::Neutral), "{verb}");
        }
        assert_eq!(
            class(&lexicon, "stressed"),
            Some((CueClass::Endorsing, "stress".into()))
        );
        assert_eq!(
            class(&lexicon, "claiming"),
            Some((CueClass::Distancing, "claim".into()))
        );
        assert_eq!(
            class(&lexicon, "alleged"),
            Some((CueClass::Distancing, "allege".into()))
        );
        assert_eq!(class(&lexicon, "Denied"), Some((CueClass::Denial, "deny".into())));
        assert_eq!(lexicon.verb("quipped"), None);
        assert_eq!(lexicon.verb(":"), None);
    }

    #[test]
    fn multi_word_cues_frames_and_complements() {
        let lexicon = Lexicon::builtin();
        assert_eq!(
            class(&lexicon, "pointed out"),
            Some((CueClass::Endorsing, "point out".into()))
        );
        assert_eq!(
            class(&lexicon, "told reporters"),
            Some((CueClass::Neutral, "tell reporters".into()))
        );
        assert_eq!(
            class(&lexicon, "told the media"),
            Some((CueClass::Neutral, "tell the media".into()))
        );
        assert_eq!(
            class(&lexicon, "went on to say"),
            Some((CueClass::Neutral, "say".into()))
        );
        assert_eq!(
            class(&lexicon, "goes on to claim"),
            Some((CueClass::Distancing, "claim".into()))
        );
        assert_eq!(
            class(&lexicon, "was quoted as saying"),
            Some((CueClass::Neutral, "say".into()))
        );
        assert_eq!(
            class(&lexicon, "says he believes"),
            Some((CueClass::Neutral, "say".into()))
        );
        assert_eq!(
            class(&lexicon, "according to"),
            Some((CueClass::Neutral, "according to".into()))
        );
        assert_eq!(
            class(&lexicon, "called on"),
            Some((CueClass::Directive, "call on".into()))
        );
        assert_eq!(lexicon.verb("went on to"), None);
        assert_eq!(lexicon.verb("according"), None);
    }

    #[test]
    fn markers_and_scare_quotes() {
        let lexicon = Lexicon::builtin();
        let marker = |text: &str| lexicon.marker(text).map(|c| (c.class, c.entry));
        assert_eq!(marker("so-called"), Some((CueClass::Distancing, "so-called".into())));
        assert_eq!(
            marker("Purportedly"),
            Some((CueClass::Distancing, "purportedly".into()))
        );
        assert_eq!(marker("alleged"), Some((CueClass::Distancing, "allege".into())));
        assert_eq!(marker("“regime”"), Some((CueClass::Distancing, "scare quotes".into())));
        assert_eq!(marker("\"\""), None);
        assert_eq!(marker("very"), None);
    }

    #[test]
    fn a_project_adds_verbs_and_reclasses_every_form_of_one() {
        let overrides = Overrides {
            verbs: vec![
                ("quip".into(), CueClass::Neutral),
                ("noted".into(), CueClass::Neutral),
                ("go on to claim".into(), CueClass::Neutral),
            ],
            markers: vec![("self-described".into(), CueClass::Distancing)],
        };
        let lexicon = Lexicon::new(&overrides);
        assert_eq!(class(&lexicon, "quipped"), Some((CueClass::Neutral, "quip".into())));
        assert!(lexicon.verb("quipped").is_some_and(|c| c.configured));
        // `noted` is the entry `note`: reclassing it reclasses `notes` and `noting` too.
        assert_eq!(class(&lexicon, "noting"), Some((CueClass::Neutral, "note".into())));
        // A phrase is added as a verb of its own, longer than the frame and the verb it holds.
        assert_eq!(
            class(&lexicon, "went on to claim"),
            Some((CueClass::Neutral, "go on to claim".into()))
        );
        assert_eq!(class(&lexicon, "claimed"), Some((CueClass::Distancing, "claim".into())));
        assert_eq!(
            lexicon.marker("self-described").map(|c| c.class),
            Some(CueClass::Distancing)
        );
        assert_eq!(
            Lexicon::builtin().verb("noted").map(|c| c.class),
            Some(CueClass::Endorsing)
        );
    }

    #[test]
    fn running_text_skips_nouns_and_capitals() {
        let lexicon = Lexicon::builtin();
        let length = |text: &str| lexicon.cue_length(&text.split(' ').collect::<Vec<_>>());
        assert_eq!(length("claims credit"), 0);
        assert_eq!(length("states that"), 0);
        assert_eq!(length("claimed that"), 1);
        assert_eq!(length("went on to say"), 4);
        assert_eq!(length("told reporters that"), 2);
        assert_eq!(length("Says"), 0);
        assert_eq!(length("according to him"), 2);
        assert_eq!(length("so-called"), 0);
    }
}
