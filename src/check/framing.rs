//! Every attribution verb and framing marker must be in the lexicon, or `crossclaim framing`
//! could not class it: an info finding, so it is never silently left out.

use crate::analysis::Lexicon;
use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::Corpus;

use super::index::at;

const CLASSES: &str = "neutral, endorsing, distancing, concessive, belief, directive, warning or denial";

pub fn check(corpus: &Corpus, lexicon: &Lexicon, out: &mut Vec<Diagnostic>) {
    for claim in &corpus.claims {
        let c = &claim.value;
        if let Some(verb) = c.verb.as_deref().filter(|v| !v.trim().is_empty())
            && lexicon.verb(verb).is_none()
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
            if marker.trim().is_empty() || lexicon.marker(marker).is_some() {
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
