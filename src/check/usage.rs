use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Corpus, Item};

use super::index::{Index, at};
use super::resolved::{Link, Links, Resolved};

/// Definitions no claim uses are usually leftovers or typos in the claims that meant them.
/// What is used is marked by position as the claims go by; what never was is reported after.
pub struct Used {
    outlets: Vec<bool>,
    speakers: Vec<bool>,
    topics: Vec<bool>,
    propositions: Vec<bool>,
}

impl Used {
    /// Starts with the outlets the articles name.
    pub fn new(corpus: &Corpus, resolved: &Resolved<'_>) -> Used {
        let mut used = Used {
            outlets: vec![false; corpus.outlets.len()],
            speakers: vec![false; corpus.speakers.len()],
            topics: vec![false; corpus.topics.len()],
            propositions: vec![false; corpus.propositions.len()],
        };
        mark(&mut used.outlets, &resolved.article_outlets);
        used
    }

    /// The speaker, topics and propositions one claim names.
    pub fn claim(&mut self, links: &Links<'_>) {
        if let Some(speaker) = links.speaker {
            self.speakers[speaker] = true;
        }
        mark(&mut self.topics, links.topics);
        mark(&mut self.propositions, links.stances);
    }

    /// Every definition never named, kind by kind. A reference resolves to the first
    /// definition of its id; a later one of the same id is used when the first is.
    pub fn report(mut self, corpus: &Corpus, index: &Index<'_>, out: &mut Vec<Diagnostic>) {
        for repeat in &index.repeats {
            let list = match repeat.later.kind {
                "outlet" => &mut self.outlets,
                "speaker" => &mut self.speakers,
                "topic" => &mut self.topics,
                "proposition" => &mut self.propositions,
                _ => continue,
            };
            list[repeat.at] = list[repeat.first_at];
        }
        unused(
            corpus,
            &corpus.outlets,
            "outlet",
            "no article",
            &self.outlets,
            |o| &o.id,
            out,
        );
        unused(
            corpus,
            &corpus.speakers,
            "speaker",
            "no claim",
            &self.speakers,
            |s| &s.id,
            out,
        );
        unused(
            corpus,
            &corpus.topics,
            "topic",
            "no claim",
            &self.topics,
            |t| &t.id,
            out,
        );
        unused(
            corpus,
            &corpus.propositions,
            "proposition",
            "no claim takes a stance on it",
            &self.propositions,
            |p| &p.proposition.id,
            out,
        );
    }
}

fn mark(used: &mut [bool], links: &[Link]) {
    for at in links.iter().filter_map(|link| link.get()) {
        used[at] = true;
    }
}

fn unused<T>(
    corpus: &Corpus,
    items: &[Item<T>],
    kind: &str,
    users: &str,
    used: &[bool],
    id: impl Fn(&T) -> &String,
    out: &mut Vec<Diagnostic>,
) {
    for (item, _) in items.iter().zip(used).filter(|(_, used)| !**used) {
        let value = id(&item.value);
        let how = if users.starts_with("no ") && !users.contains("stance") {
            format!("{users} uses it")
        } else {
            users.to_string()
        };
        out.push(
            Diagnostic::new(
                Code::UnusedDefinition,
                format!("{kind} `{}` is never used: {how}", excerpt(value)),
                at(corpus, item, "id"),
            )
            .with_help(format!("remove the {kind}, or reference it where it was meant")),
        );
    }
}
