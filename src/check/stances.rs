use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Corpus, Stance};

use super::index::{Index, at};

/// A stance on a proposition of a topic the claim does not list would be invisible in the
/// comparison of that topic, so the claim must list the topic.
pub fn check(corpus: &Corpus, index: &Index<'_>, out: &mut Vec<Diagnostic>) {
    for claim in &corpus.claims {
        let c = &claim.value;
        for (i, stance) in c.stances.iter().enumerate() {
            if let (Stance::Neutral, Some(certainty)) = (stance.stance, stance.certainty) {
                out.push(
                    Diagnostic::new(
                        Code::CertaintyOnNeutral,
                        format!(
                            "claim `{}` gives a neutral stance on `{}` the certainty `{}`",
                            excerpt(&c.id),
                            excerpt(&stance.proposition),
                            certainty.as_str()
                        ),
                        at(corpus, claim, &format!("stances[{i}].certainty")),
                    )
                    .with_help("only a side taken is certain, probable or possible: write `supports` or `opposes` if the statement leans to one with a hedge, else remove `certainty`"),
                );
            }
            let Some(proposition) = index.propositions.get(stance.proposition.as_str()) else {
                continue;
            };
            let topic = &proposition.value.topic;
            let shown = excerpt(topic);
            if !c.topics.iter().any(|t| t == topic) {
                out.push(
                    Diagnostic::new(
                        Code::StanceTopicNotListed,
                        format!(
                            "claim `{}` takes a stance on `{}` but does not list its topic `{shown}`",
                            excerpt(&c.id),
                            excerpt(&stance.proposition)
                        ),
                        at(corpus, claim, &format!("stances[{i}].proposition")),
                    )
                    .with_related(at(corpus, proposition, "id"), format!("defined under topic `{shown}`"))
                    .with_help(format!("add `{shown}` to the claim's `topics`")),
                );
            }
        }
    }
}
