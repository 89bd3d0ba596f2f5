use foldhash::{HashMap, HashMapExt};

use super::claim_ids::ClaimIds;
use crate::diagnostic::Location;
use crate::model::{Article, Corpus, Definition, Item, Outlet, Speaker, Topic, TopicProposition};

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
    pub claims: ClaimIds<'a>,
    /// Every later definition of an id, kind by kind in the order of `Corpus::definitions`:
    /// found while the maps are filled, so telling duplicates costs no second hashing of ids.
    pub repeats: Vec<Repeat<'a>>,
}

/// A definition of an id that an earlier one of its kind already defines.
#[derive(Debug, Clone, Copy)]
pub struct Repeat<'a> {
    pub later: Definition<'a>,
    pub first: Definition<'a>,
    /// The positions of both in their kind's list of the corpus.
    pub at: usize,
    pub first_at: usize,
}

/// From how many claims their map is filled beside the other work of [`Index::with`].
const CLAIMS_WORTH_A_THREAD: usize = 4096;

impl<'a> Index<'a> {
    pub fn new(corpus: &'a Corpus) -> Index<'a> {
        Index::with(corpus, |_| ()).0
    }

    /// The index, and what `beside` makes of the index of everything but the claims, run while
    /// the map of the claims is filled: that map is by far the largest, and the work beside it
    /// (resolving the other references) needs none of it.
    pub fn with<R: Send>(corpus: &'a Corpus, beside: impl FnOnce(&Index<'a>) -> R + Send) -> (Index<'a>, R) {
        let mut repeats = Vec::new();
        let r = &mut repeats;
        let mut index = Index {
            outlets: by_id("outlet", &corpus.outlets, |o| o.id.as_str(), r),
            speakers: by_id("speaker", &corpus.speakers, |s| s.id.as_str(), r),
            topics: by_id("topic", &corpus.topics, |t| t.id.as_str(), r),
            propositions: by_id("proposition", &corpus.propositions, |p| p.proposition.id.as_str(), r),
            articles: by_id("article", &corpus.articles, |a| a.id.as_str(), r),
            claims: ClaimIds::default(),
            repeats,
        };
        let claims = || {
            let mut repeats = Vec::new();
            let claims = ClaimIds::new(&corpus.claims, |at, first_at| {
                let (later, first) = (&corpus.claims[at], &corpus.claims[first_at]);
                let id = later.value.id.as_ref();
                repeats.push(Repeat {
                    later: definition("claim", later, id),
                    first: definition("claim", first, id),
                    at,
                    first_at,
                });
            });
            (claims, repeats)
        };
        // Handing a task to another thread costs more than filling a small map.
        let ((claims, mut claim_repeats), made) = if corpus.claims.len() < CLAIMS_WORTH_A_THREAD {
            (claims(), beside(&index))
        } else {
            rayon::join(claims, || beside(&index))
        };
        index.claims = claims;
        index.repeats.append(&mut claim_repeats);
        (index, made)
    }
}

fn by_id<'a, T>(
    kind: &'static str,
    items: &'a [Item<T>],
    id: impl Fn(&'a T) -> &'a str,
    repeats: &mut Vec<Repeat<'a>>,
) -> HashMap<&'a str, &'a Item<T>> {
    let mut map = HashMap::with_capacity(items.len());
    for (at, item) in items.iter().enumerate() {
        let key = id(&item.value);
        let first = *map.entry(key).or_insert(item);
        if !std::ptr::eq(first, item) {
            repeats.push(Repeat {
                later: definition(kind, item, key),
                first: definition(kind, first, key),
                at,
                first_at: position(items, first).unwrap_or(at),
            });
        }
    }
    map
}

/// A definition of `kind` with this id, where `item` is.
fn definition<'a, T>(kind: &'static str, item: &Item<T>, id: &'a str) -> Definition<'a> {
    Definition {
        kind,
        file: item.file,
        path: item.path,
        id,
    }
}

/// The position in `items` of an item the index holds, without looking its id up again.
pub fn position<T>(items: &[Item<T>], item: &Item<T>) -> Option<usize> {
    let size = std::mem::size_of::<Item<T>>().max(1);
    let offset = (item as *const Item<T>).addr().checked_sub(items.as_ptr().addr())?;
    let at = offset / size;
    (offset % size == 0 && at < items.len()).then_some(at)
}

/// Where a field of a definition is written.
pub fn at<T>(corpus: &Corpus, item: &Item<T>, field: &str) -> Location {
    Location::yaml(corpus.file_path(item.file), item.path.field(field))
}
