//! Every reference between definitions, looked up once: the rules compare and follow positions
//! in the corpus's lists instead of hashing the same 30-60-byte ids again, rule after rule.

use foldhash::{HashMap, HashMapExt};

use crate::model::{Corpus, Item};

use super::index::{Index, position};

/// A position in one of the corpus's lists; `None` where the id names no definition (the
/// `references` rule reports those). A reference resolves to the first definition of its id.
/// Four bytes, not eight: a corpus of four billion definitions would not fit in memory anyway.
pub type Link = Option<u32>;

/// What each claim, article and proposition refers to, by position in the corpus.
pub struct Resolved<'a> {
    /// Per article: its outlet, in `corpus.outlets`.
    pub article_outlets: Vec<Link>,
    /// Per proposition: the topic it is defined under, in `corpus.topics`.
    pub proposition_topics: Vec<Link>,
    claims: Vec<ClaimLinks>,
    /// Every claim's topics, one claim after the other, in `corpus.topics`.
    topics: Vec<Link>,
    /// Every claim's stances' propositions, one claim after the other, in `corpus.propositions`.
    stances: Vec<Link>,
    /// Each statement id claims name, numbered in the order of the first claim that names it.
    pub statement_ids: Vec<&'a str>,
}

/// One claim's references. Its topics and stances are its stretches of the shared lists.
#[derive(Debug, Clone, Copy)]
struct ClaimLinks {
    article: Link,
    speaker: Link,
    translation_of: Link,
    /// Its own `statement`, by number in `Resolved::statement_ids`.
    statement: Link,
    topics: u32,
    stances: u32,
}

impl<'a> Resolved<'a> {
    pub fn new(corpus: &'a Corpus, index: &Index<'_>) -> Resolved<'a> {
        fn find<'i, T>(items: &[Item<T>], map: &HashMap<&'i str, &'i Item<T>>, id: &str) -> Link {
            let at = position(items, map.get(id)?)?;
            u32::try_from(at).ok()
        }
        let article_outlets = corpus
            .articles
            .iter()
            .map(|a| find(&corpus.outlets, &index.outlets, &a.value.outlet))
            .collect();
        let proposition_topics = corpus
            .propositions
            .iter()
            .map(|p| find(&corpus.topics, &index.topics, &p.value.topic))
            .collect();
        let mut statements: HashMap<&'a str, u32> = HashMap::new();
        let mut statement_ids = Vec::new();
        let mut topics = Vec::with_capacity(corpus.claims.len() * 2);
        let mut stances = Vec::with_capacity(corpus.claims.len());
        let mut claims = Vec::with_capacity(corpus.claims.len());
        for claim in &corpus.claims {
            let c = &claim.value;
            let statement = c.statement.as_deref().map(|id| {
                *statements.entry(id).or_insert_with(|| {
                    statement_ids.push(id);
                    u32::try_from(statement_ids.len() - 1).unwrap_or(u32::MAX)
                })
            });
            claims.push(ClaimLinks {
                article: find(&corpus.articles, &index.articles, &c.article),
                speaker: c
                    .speaker
                    .as_deref()
                    .and_then(|id| find(&corpus.speakers, &index.speakers, id)),
                translation_of: c
                    .translation_of
                    .as_deref()
                    .and_then(|id| find(&corpus.claims, &index.claims, id)),
                statement,
                topics: u32::try_from(topics.len()).unwrap_or(u32::MAX),
                stances: u32::try_from(stances.len()).unwrap_or(u32::MAX),
            });
            topics.extend(c.topics.iter().map(|t| find(&corpus.topics, &index.topics, t)));
            stances.extend(
                c.stances
                    .iter()
                    .map(|s| find(&corpus.propositions, &index.propositions, &s.proposition)),
            );
        }
        Resolved {
            article_outlets,
            proposition_topics,
            claims,
            topics,
            stances,
            statement_ids,
        }
    }

    /// The references of the claim at `claim` in `corpus.claims`.
    pub fn claim(&self, claim: usize) -> Links<'_> {
        let links = self.claims[claim];
        let next = self.claims.get(claim + 1);
        Links {
            article: links.article.map(|a| a as usize),
            speaker: links.speaker.map(|s| s as usize),
            translation_of: links.translation_of.map(|t| t as usize),
            statement: links.statement.map(|s| s as usize),
            topics: stretch(&self.topics, links.topics, next.map(|n| n.topics)),
            stances: stretch(&self.stances, links.stances, next.map(|n| n.stances)),
        }
    }

    /// How many claims there are.
    pub fn claims(&self) -> usize {
        self.claims.len()
    }
}

/// One claim's references, by position: its article in `corpus.articles`, its speaker in
/// `corpus.speakers`, the claim it translates in `corpus.claims`, its own statement in
/// `Resolved::statement_ids`; its topics and its stances' propositions, in the order written.
pub struct Links<'r> {
    pub article: Option<usize>,
    pub speaker: Option<usize>,
    pub translation_of: Option<usize>,
    pub statement: Option<usize>,
    pub topics: &'r [Link],
    pub stances: &'r [Link],
}

/// One claim's part of a shared list, from its start to the next claim's.
fn stretch(list: &[Link], start: u32, next: Option<u32>) -> &[Link] {
    let end = next.map_or(list.len(), |n| n as usize);
    list.get(start as usize..end).unwrap_or_default()
}
