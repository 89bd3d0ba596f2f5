//! Every attribution verb and framing marker must be in the lexicon, or `crossclaim framing`
//! could not class it: an info finding, so it is never silently left out.

use foldhash::HashMap;

use crate::analysis::Lexicon;
use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Claim, Corpus, Item};

use super::index::at;

const CLASSES: &str = "neutral, endorsing, distancing, concessive, belief, directive, warning or denial";

/// Whether each verb and marker as written is in the lexicon. A corpus writes the same few
/// verbs thousands of times: each is classed once.
pub struct Framing<'a, 'l> {
    lexicon: &'l Lexicon,
    verbs: HashMap<&'a str, bool>,
    markers: HashMap<&'a str, bool>,
}

impl<'a, 'l> Framing<'a, 'l> {
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Framing {
            lexicon,
            verbs: HashMap::default(),
            markers: HashMap::default(),
        }
    }

    fn knows_verb(&mut self, verb: &'a str) -> bool {
        let lexicon = self.lexicon;
        *self.verbs.entry(verb).or_insert_with(|| lexicon.verb(verb).is_some())
    }

    fn knows_marker(&mut self, marker: &'a str) -> bool {
        let lexicon = self.lexicon;
        *self
            .markers
            .entry(marker)
            .or_insert_with(|| lexicon.marker(marker).is_some())
    }

    /// One claim's verb and markers.
    pub fn claim(&mut self, corpus: &Corpus, claim: &'a Item<Claim>, out: &mut Vec<Diagnostic>) {
        let c = &claim.value;
        if let Some(verb) = c.verb.as_deref().filter(|v| !v.trim().is_empty())
            && !self.knows_verb(verb)
        {
            let help = if verb.chars().any(char::is_alphanumeric) {
                format!(
                    "write the verb as printed, from the verb on; if it is, add it in its base form to `[framing.verbs]` in crossclaim.toml with its class ({CLASSES}), e.g. `quip = \"neutral\"`"
                )
            } else {
                "punctuation is not a verb: for a name and a colon, as in a headline, remove `verb` and write `attribution: label`".to_string()
            };
            out.push(
                Diagnostic::new(
                    Code::UnclassedVerb,
                    format!(
                        "verb `{}` of claim `{}` is not in the lexicon",
                        excerpt(verb),
                        excerpt(&c.id)
                    ),
                    at(corpus, claim, "verb"),
                )
                .with_help(help),
            );
        }
        for (i, marker) in c.markers.iter().enumerate() {
            if marker.trim().is_empty() || self.knows_marker(marker) {
                continue;
            }
            out.push(
                Diagnostic::new(
                    Code::UnclassedVerb,
                    format!(
                        "framing marker `{}` of claim `{}` is not in the lexicon",
                        excerpt(marker),
                        excerpt(&c.id)
                    ),
                    at(corpus, claim, &format!("markers[{i}]")),
                )
                .with_help(format!(
                    "add it to `[framing.markers]` in crossclaim.toml with its class ({CLASSES}); a word in scare quotes is written with its quotation marks"
                )),
            );
        }
    }
}
