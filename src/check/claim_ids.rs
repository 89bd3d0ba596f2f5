//! The claims by id. A project has far more claims than anything else, so their map holds
//! only each claim's position in the corpus, four bytes, and reads the id from the claim:
//! keyed by `&str` with the item beside it, the map took 24 bytes a slot, 3.3 MB at 100,000
//! claims.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;

use crate::model::{Claim, Item};

pub struct ClaimIds<'a> {
    claims: &'a [Item<Claim>],
    positions: HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

impl<'a> ClaimIds<'a> {
    /// The first claim of each id; `repeated(later, first)` is told the positions of each
    /// later claim with an id already taken and of the first one.
    pub fn new(claims: &'a [Item<Claim>], mut repeated: impl FnMut(usize, usize)) -> ClaimIds<'a> {
        let hasher = foldhash::fast::RandomState::default();
        let mut positions = HashTable::with_capacity(claims.len());
        let id_at = |at: u32| claims.get(at as usize).map_or("", |claim| claim.value.id.as_ref());
        for (at, claim) in claims.iter().enumerate() {
            // Four billion claims would not fit in memory: none is beyond a `u32`.
            let Ok(position) = u32::try_from(at) else { break };
            let id = claim.value.id.as_ref();
            let entry = positions.entry(
                hasher.hash_one(id),
                |&other| id_at(other) == id,
                |&other| hasher.hash_one(id_at(other)),
            );
            match entry {
                Entry::Occupied(first) => repeated(at, *first.get() as usize),
                Entry::Vacant(slot) => {
                    slot.insert(position);
                }
            }
        }
        ClaimIds {
            claims,
            positions,
            hasher,
        }
    }

    /// The first claim with this id.
    pub fn get(&self, id: &str) -> Option<&'a Item<Claim>> {
        let claims = self.claims;
        self.positions
            .find(self.hasher.hash_one(id), |&at| {
                claims.get(at as usize).is_some_and(|claim| *claim.value.id == *id)
            })
            .and_then(|&at| claims.get(at as usize))
    }

    /// Every id, once.
    pub fn keys(&self) -> impl Iterator<Item = &'a str> + '_ {
        let claims = self.claims;
        self.positions
            .iter()
            .filter_map(move |&at| claims.get(at as usize).map(|claim| claim.value.id.as_ref()))
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }
}

impl Default for ClaimIds<'_> {
    fn default() -> Self {
        ClaimIds {
            claims: &[],
            positions: HashTable::new(),
            hasher: foldhash::fast::RandomState::default(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::path::Path;

    use super::ClaimIds;
    use crate::load::{FileResult, load_text};
    use crate::model::Corpus;

    fn corpus(ids: &[&str]) -> Corpus {
        let mut text = String::from("claims:\n");
        for id in ids {
            text.push_str(&format!(
                "  - {{id: {id}, article: a, mode: narration, quote: Words, topics: [t]}}\n"
            ));
        }
        let FileResult::Loaded(file, definitions, _) = load_text(Path::new("c.yaml"), text) else {
            panic!("the claims load");
        };
        let mut corpus = Corpus::default();
        corpus.add(file, definitions);
        corpus
    }

    #[test]
    fn finds_the_first_claim_of_each_id_and_tells_each_repeat() {
        let ids = ["one", "two", "one", "three", "two", "one"];
        let corpus = corpus(&ids);
        assert_eq!(corpus.claims.len(), ids.len());
        let mut repeats = Vec::new();
        let map = ClaimIds::new(&corpus.claims, |at, first| repeats.push((at, first)));
        assert_eq!(repeats, [(2, 0), (4, 1), (5, 0)]);
        assert_eq!(map.len(), 3);
        for (id, at) in [("one", 0), ("two", 1), ("three", 3)] {
            assert!(std::ptr::eq(map.get(id).unwrap(), &corpus.claims[at]), "{id}");
        }
        assert!(map.get("four").is_none());
        assert!(map.get("").is_none());
        let mut keys: Vec<&str> = map.keys().collect();
        keys.sort_unstable();
        assert_eq!(keys, ["one", "three", "two"]);
        assert!(ClaimIds::default().is_empty());
    }
}
