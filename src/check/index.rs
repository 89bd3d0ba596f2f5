use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::Location;
use crate::model::{Article, Claim, Corpus, Definition, Item, Outlet, Speaker, Topic, TopicProposition};

/// Every definition by id; the first definition of an id wins, later ones are duplicates.
///
/// The maps use foldhash: every rule looks ids up here, and the std hasher, made to resist
/// flooding by network peers, was a tenth of a large check.
pub struct Index<'a> {
    pub outlets: HashMap<&'a str, &'a Item<Outlet>>,
    pub speakers: HashMap<&'a str, &'a Item<Speaker>>,
    pub topics: HashMap<&'a str, &'a Item<Topic>>,
    pub propositions: HashMap<&'a str, &'a Item<TopicProposition>>,
    pub articles: HashMap<&'a str, &'a Item<Article>>,
    pub claims: HashMap<&'a str, &'a Item<Claim>>,
}

impl<'a> Index<'a> {
    pub fn new(corpus: &'a Corpus) -> Index<'a> {
        fn by_id<'a, T>(items: &'a [Item<T>], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, &'a Item<T>> {
            let mut map = HashMap::with_capacity(items.len());
            for item in items {
                map.entry(id(&item.value)).or_insert(item);
            }
            map
        }
        Index {
            outlets: by_id(&corpus.outlets, |o| o.id.as_str()),
            speakers: by_id(&corpus.speakers, |s| s.id.as_str()),
            topics: by_id(&corpus.topics, |t| t.id.as_str()),
            propositions: by_id(&corpus.propositions, |p| p.proposition.id.as_str()),
            articles: by_id(&corpus.articles, |a| a.id.as_str()),
            claims: by_id(&corpus.claims, |c| c.id.as_str()),
        }
    }
}

impl Index<'_> {
    /// The first definition of `id` among the definitions of `kind` (as
    /// [`Corpus::definitions`] names kinds).
    pub fn first<'b>(&self, kind: &str, id: &'b str) -> Option<Definition<'b>> {
        fn found<'b, T>(kind: &'static str, item: Option<&&Item<T>>, id: &'b str) -> Option<Definition<'b>> {
            item.map(|item| Definition {
                kind,
                file: item.file,
                path: item.path,
                id,
            })
        }
        match kind {
            "outlet" => found("outlet", self.outlets.get(id), id),
            "speaker" => found("speaker", self.speakers.get(id), id),
            "topic" => found("topic", self.topics.get(id), id),
            "proposition" => found("proposition", self.propositions.get(id), id),
            "article" => found("article", self.articles.get(id), id),
            "claim" => found("claim", self.claims.get(id), id),
            _ => None,
        }
    }
}

/// Where a field of a definition is written.
pub fn at<T>(corpus: &Corpus, item: &Item<T>, field: &str) -> Location {
    Location::yaml(corpus.file_path(item.file), item.path.field(field))
}
