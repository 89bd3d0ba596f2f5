use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Claim, Corpus, Item, Stance};

use super::index::at;
use super::resolved::{Links, Resolved};

/// A stance on a proposition of a topic the claim does not list would be invisible in the
/// comparison of that topic, so the claim must list the topic.
pub fn claim(
    corpus: &Corpus,
    resolved: &Resolved<'_>,
    claim: &Item<Claim>,
    links: &Links<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let c = &claim.value;
    for (i, (stance, proposition)) in c.stances.iter().zip(links.stances).enumerate() {
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
        let Some(at_proposition) = proposition.get() else {
            continue;
        };
        let proposition = &corpus.propositions[at_proposition];
        let topic = &proposition.value.topic;
        // The same topic resolves to the same position; one that resolves to none is
        // compared as written.
        let of_proposition = resolved.proposition_topics[at_proposition];
        let listed = if of_proposition.is_some() {
            links.topics.contains(&of_proposition)
        } else {
            c.topics.iter().any(|t| t == topic)
        };
        if !listed {
            let shown = excerpt(topic);
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
