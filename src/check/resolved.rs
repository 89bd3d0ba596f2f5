//! Every reference between definitions, looked up once: the rules compare and follow positions
//! in the corpus's lists instead of hashing the same 30-60-byte ids again, rule after rule.

use foldhash::{HashMap, HashMapExt};

use crate::model::{Corpus, Item};

use super::index::{Index, position};

/// A position in one of the corpus's lists, or none where the id names no definition (the
/// `references` rule reports those). A reference resolves to the first definition of its id.
/// Four bytes, with `u32::MAX` for none, where an `Option<u32>` takes eight: a corpus of four
/// billion definitions would not fit in memory anyway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link(u32);

impl Link {
    pub const NONE: Link = Link(u32::MAX);

    /// The link to position `at`; none for none, or for a position beyond what four bytes hold.
    pub fn to(at: Option<usize>) -> Link {
        at.and_then(|at| u32::try_from(at).ok())
            .filter(|&at| at != u32::MAX)
            .map_or(Link::NONE, Link)
    }

    /// The position linked to.
    pub fn get(self) -> Option<usize> {
        (self != Link::NONE).then_some(self.0 as usize)
    }

    pub fn is_none(self) -> bool {
        self == Link::NONE
    }

    pub fn is_some(self) -> bool {
        self != Link::NONE
    }
}

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
    /// The claims that say what they translate, by position in `corpus.claims`.
    translations: Vec<usize>,
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
        let mut resolved = Resolved::all_but_translations(corpus, index);
        resolved.link_translations(corpus, index);
        resolved
    }

    /// Every reference but the claims' `translation_of`, which alone needs the map of the
    /// claims: [`Index::with`] resolves them while that map is filled, then
    /// [`Resolved::link_translations`] adds the rest.
    pub fn all_but_translations(corpus: &'a Corpus, index: &Index<'_>) -> Resolved<'a> {
        fn find<'i, T>(items: &[Item<T>], map: &HashMap<&'i str, &'i Item<T>>, id: &str) -> Link {
            Link::to(map.get(id).and_then(|item| position(items, item)))
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
        let mut statements: HashMap<&'a str, usize> = HashMap::new();
        let mut statement_ids = Vec::new();
        let mut topics = Vec::with_capacity(corpus.claims.len() * 2);
        let mut stances = Vec::with_capacity(corpus.claims.len());
        let mut claims = Vec::with_capacity(corpus.claims.len());
        let mut translations = Vec::new();
        for (at, claim) in corpus.claims.iter().enumerate() {
            let c = &claim.value;
            if c.translation_of.is_some() {
                translations.push(at);
            }
            let statement = c.statement.as_deref().map(|id| {
                *statements.entry(id).or_insert_with(|| {
                    statement_ids.push(id);
                    statement_ids.len() - 1
                })
            });
            claims.push(ClaimLinks {
                article: find(&corpus.articles, &index.articles, &c.article),
                speaker: c
                    .speaker
                    .as_deref()
                    .map_or(Link::NONE, |id| find(&corpus.speakers, &index.speakers, id)),
                translation_of: Link::NONE,
                statement: Link::to(statement),
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
            translations,
        }
    }

    /// Resolves each claim's `translation_of` in the finished index.
    pub fn link_translations(&mut self, corpus: &Corpus, index: &Index<'_>) {
        for &at in &self.translations {
            let original = corpus
                .claims
                .get(at)
                .and_then(|claim| claim.value.translation_of.as_deref());
            if let (Some(id), Some(links)) = (original, self.claims.get_mut(at)) {
                links.translation_of = Link::to(index.claims.get(id).and_then(|item| position(&corpus.claims, item)));
            }
        }
    }

    /// The references of the claim at `claim` in `corpus.claims`.
    pub fn claim(&self, claim: usize) -> Links<'_> {
        let links = self.claims[claim];
        let next = self.claims.get(claim + 1);
        Links {
            article: links.article.get(),
            speaker: links.speaker.get(),
            translation_of: links.translation_of.get(),
            topics: stretch(&self.topics, links.topics, next.map(|n| n.topics)),
            stances: stretch(&self.stances, links.stances, next.map(|n| n.stances)),
        }
    }

    /// The article of the claim at `claim`, in `corpus.articles`.
    pub fn article(&self, claim: usize) -> Option<usize> {
        self.claims[claim].article.get()
    }

    /// The claim the claim at `claim` translates, in `corpus.claims`.
    pub fn translation_of(&self, claim: usize) -> Option<usize> {
        self.claims[claim].translation_of.get()
    }

    /// The claim's own statement, by number in `statement_ids`.
    pub fn statement(&self, claim: usize) -> Option<usize> {
        self.claims[claim].statement.get()
    }

    /// How many claims there are.
    pub fn claims(&self) -> usize {
        self.claims.len()
    }
}

/// One claim's references, by position: its article in `corpus.articles`, its speaker in
/// `corpus.speakers`, the claim it translates in `corpus.claims`; its topics and its stances' propositions, in the order written.
pub struct Links<'r> {
    pub article: Option<usize>,
    pub speaker: Option<usize>,
    pub translation_of: Option<usize>,
    pub topics: &'r [Link],
    pub stances: &'r [Link],
}

/// One claim's part of a shared list, from its start to the next claim's.
fn stretch(list: &[Link], start: u32, next: Option<u32>) -> &[Link] {
    let end = next.map_or(list.len(), |n| n as usize);
    list.get(start as usize..end).unwrap_or_default()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::path::Path;

    use super::Resolved;
    use crate::check::Index;
    use crate::load::{FileResult, load_text};
    use crate::model::Corpus;

    const DEFINITIONS: &str = "\
outlets:
  - {id: desk, name: Desk, country: GB, ownership: private}
speakers:
  - {id: minister, name: Minister}
  - {id: minister, name: The same id again}
topics:
  - id: bridge
    title: Bridge
    propositions:
      - {id: reopens, text: It reopens.}
  - id: tolls
    title: Tolls
articles:
  - id: story
    outlet: nowhere
    title: Story
    source: seeds/story.txt
    sha256: 5e3f0cdb25919c463bc17f234d58f1f2e4b3a6ce5ce48a36d7db5653b4079ac8
    published: {date: \"2024-03-04\"}
  - id: other
    outlet: desk
    title: Other
    source: seeds/other.txt
    sha256: 5e3f0cdb25919c463bc17f234d58f1f2e4b3a6ce5ce48a36d7db5653b4079ac9
    published: {date: \"2024-03-04\"}
claims:
  - id: first
    article: other
    speaker: minister
    mode: quote
    verb: said
    quote: It reopens
    topics: [tolls, bridge, bridges]
    statement: reopening
    stances:
      - {proposition: reopens, stance: supports}
      - {proposition: closes, stance: opposes}
  - id: second
    article: gone
    speaker: nobody
    mode: quote
    verb: said
    quote: It reopens soon
    topics: [bridge]
    statement: reopening
    translation_of: first
  - id: third
    article: story
    mode: narration
    quote: Tolls stay
    topics: [tolls]
    statement: tolls
";

    fn corpus(text: &str) -> Corpus {
        let FileResult::Loaded(file, definitions, diagnostics) = load_text(Path::new("c.yaml"), text.to_string())
        else {
            panic!("the definitions load");
        };
        assert_eq!(diagnostics.len(), 0, "{diagnostics:?}");
        let mut corpus = Corpus::default();
        corpus.add(file, definitions);
        corpus
    }

    fn positions(links: &[super::Link]) -> Vec<Option<usize>> {
        links.iter().map(|link| link.get()).collect()
    }

    #[test]
    fn links_hold_positions_in_four_bytes_and_none_beyond_them() {
        use super::Link;
        assert_eq!(std::mem::size_of::<Link>(), 4);
        assert_eq!(Link::to(Some(7)).get(), Some(7));
        assert_eq!(Link::to(None).get(), None);
        assert_eq!(Link::to(Some(u32::MAX as usize)).get(), None);
        assert_eq!(Link::to(Some(u32::MAX as usize + 1)).get(), None);
        assert!(Link::to(Some(0)).is_some() && Link::to(None).is_none());
    }

    #[test]
    fn resolves_each_reference_to_the_first_definition_of_its_id() {
        let corpus = corpus(DEFINITIONS);
        let index = Index::new(&corpus);
        let resolved = Resolved::new(&corpus, &index);
        assert_eq!(positions(&resolved.article_outlets), vec![None, Some(0)]);
        assert_eq!(positions(&resolved.proposition_topics), vec![Some(0)]);
        assert_eq!(resolved.claims(), 3);

        let first = resolved.claim(0);
        assert_eq!(
            (first.article, first.speaker, first.translation_of),
            (Some(1), Some(0), None)
        );
        assert_eq!(positions(first.topics), [Some(1), Some(0), None]);
        assert_eq!(positions(first.stances), [Some(0), None]);

        let second = resolved.claim(1);
        assert_eq!(
            (second.article, second.speaker, second.translation_of),
            (None, None, Some(0))
        );
        assert_eq!(positions(second.topics), [Some(0)]);
        assert!(second.stances.is_empty());

        let third = resolved.claim(2);
        assert_eq!((third.article, third.speaker), (Some(0), None));
        assert_eq!(positions(third.topics), [Some(1)]);
        assert!(third.stances.is_empty());

        assert_eq!(resolved.statement_ids, vec!["reopening", "tolls"]);
        assert_eq!(
            (0..3).map(|i| resolved.statement(i)).collect::<Vec<_>>(),
            vec![Some(0), Some(0), Some(1)]
        );
    }

    #[test]
    fn resolving_beside_the_map_of_claims_links_translations_once_it_is_filled() {
        let corpus = corpus(DEFINITIONS);
        let (index, mut resolved) = Index::with(&corpus, |partial| {
            assert!(partial.claims.is_empty());
            Resolved::all_but_translations(&corpus, partial)
        });
        assert_eq!(index.claims.len(), 3);
        assert_eq!(resolved.translation_of(1), None);
        resolved.link_translations(&corpus, &index);
        let whole = Resolved::new(&corpus, &Index::new(&corpus));
        for claim in 0..3 {
            let (a, b) = (resolved.claim(claim), whole.claim(claim));
            assert_eq!(
                (a.article, a.speaker, a.translation_of, a.topics, a.stances),
                (b.article, b.speaker, b.translation_of, b.topics, b.stances)
            );
        }
        assert_eq!(resolved.translation_of(1), Some(0));
    }

    #[test]
    fn a_large_index_fills_the_claims_map_beside_the_resolving_with_the_same_result() {
        // Enough claims for the map to be filled on a thread of its own.
        let count = 5_000;
        let mut text = String::from(DEFINITIONS);
        for n in 0..count {
            let id = if n == count - 1 {
                "claim-7".to_string()
            } else {
                format!("claim-{n}")
            };
            text.push_str(&format!(
                "  - {{id: {id}, article: story, mode: narration, quote: Tolls stay, topics: [tolls], translation_of: claim-{}}}\n",
                count - 2 - n.min(count - 2)
            ));
        }
        let corpus = corpus(&text);
        let (index, mut resolved) = Index::with(&corpus, |partial| Resolved::all_but_translations(&corpus, partial));
        resolved.link_translations(&corpus, &index);
        let offset = 3;
        // Each generated claim translates the one `count - 2 - n` places in.
        assert_eq!(resolved.translation_of(offset), Some(offset + count - 2));
        assert_eq!(resolved.translation_of(offset + count - 2), Some(offset));
        let repeated: Vec<_> = index
            .repeats
            .iter()
            .filter(|r| r.later.kind == "claim")
            .map(|r| (r.at, r.first_at))
            .collect();
        assert_eq!(repeated, [(offset + count - 1, offset + 7)]);
        assert_eq!(index.claims.len(), offset + count - 1);
    }

    #[test]
    fn the_index_notes_each_later_definition_of_an_id_with_the_first() {
        let corpus = corpus(DEFINITIONS);
        let index = Index::new(&corpus);
        let repeats: Vec<_> = index
            .repeats
            .iter()
            .map(|r| (r.later.kind, r.later.id, r.at, r.first_at, r.first.path.to_string()))
            .collect();
        assert_eq!(repeats, vec![("speaker", "minister", 1, 0, "speakers[0]".to_string())]);
    }
}
