use std::fmt;
use std::path::PathBuf;

use super::{Allowance, Article, Claim, DroppedDefinition, FailedFile, Outlet, Proposition, Speaker, Topic};

/// Index of a claim file in `Corpus::files`.
pub type FileId = usize;

/// A claim file as read: its path as the user named it, and its text (kept so that findings can
/// be located and shown with their snippet).
#[derive(Debug, Clone)]
pub struct LoadedFile {
    pub path: PathBuf,
    /// Empty when `released`.
    pub text: String,
    /// The text was let go once the file loaded without a finding, so that a large project's
    /// texts are never all held at once; it is read again if a later rule finds something in
    /// the file.
    pub released: bool,
    /// Problems found in it beyond what loading keeps (see `diagnostic::MAX_FINDINGS_PER_FILE`):
    /// counted, not stored, so a file of a million mistakes costs no more than its text.
    pub omitted: usize,
}

/// A definition together with where it was written.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub file: FileId,
    pub path: ItemPath,
    pub value: T,
}

/// The YAML path of a definition, e.g. `claims[3]` or `topics[1].propositions[0]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemPath {
    Top(&'static str, usize),
    Proposition { topic: usize, index: usize },
}

impl ItemPath {
    /// The path of one of this item's fields, e.g. `claims[3].article`.
    pub fn field(self, field: &str) -> String {
        format!("{self}.{field}")
    }
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemPath::Top(section, index) => write!(f, "{section}[{index}]"),
            ItemPath::Proposition { topic, index } => write!(f, "topics[{topic}].propositions[{index}]"),
        }
    }
}

/// One definition's id, its kind (`claim`, `topic`...) and where it is written.
#[derive(Debug, Clone, Copy)]
pub struct Definition<'a> {
    pub kind: &'static str,
    pub file: FileId,
    pub path: ItemPath,
    pub id: &'a str,
}

/// A proposition together with the id of the topic that defines it.
#[derive(Debug, Clone)]
pub struct TopicProposition {
    pub topic: String,
    pub proposition: Proposition,
}

/// Everything defined in all claim files, in file order. One file's definitions, as the loader
/// reads them, are a corpus of their own until [`Corpus::add`] joins them to the others: each
/// item's path is where it is written, so the items after one that failed keep their place,
/// and its `file` is set then.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub files: Vec<LoadedFile>,
    pub outlets: Vec<Item<Outlet>>,
    pub speakers: Vec<Item<Speaker>>,
    pub topics: Vec<Item<Topic>>,
    pub propositions: Vec<Item<TopicProposition>>,
    pub articles: Vec<Item<Article>>,
    pub claims: Vec<Item<Claim>>,
    /// Definitions left out because they had errors.
    pub dropped: Vec<DroppedDefinition>,
    /// Claim files that were read but could not be parsed.
    pub failed: Vec<FailedFile>,
    /// The `allow:` of every definition that has one, in file order.
    pub allowances: Vec<Allowance>,
}

impl Corpus {
    /// Makes room for the definitions of `files`, which bring the files read to `done` of
    /// `total`, so that adding them moves each item once instead of again on every growth of
    /// the lists.
    ///
    /// A list that must grow is sized for the whole load, projected from the files added so far
    /// (see [`grown_capacity`]): a large corpus's lists then grow once or twice rather than by
    /// doubling a dozen times, each growth a copy of everything before it with both copies in
    /// memory while it lasts.
    pub fn reserve_for<'a>(&mut self, files: impl IntoIterator<Item = &'a Corpus>, done: usize, total: usize) {
        let mut totals = [0usize; 7];
        for file in files {
            let lengths = [
                1,
                file.outlets.len(),
                file.speakers.len(),
                file.topics.len(),
                file.propositions.len(),
                file.articles.len(),
                file.claims.len(),
            ];
            for (total, n) in totals.iter_mut().zip(lengths) {
                *total += n;
            }
        }
        let [files, outlets, speakers, topics, propositions, articles, claims] = totals;
        let share = Share {
            done,
            total: total.max(done),
        };
        grow(&mut self.files, files, share);
        grow(&mut self.outlets, outlets, share);
        grow(&mut self.speakers, speakers, share);
        grow(&mut self.topics, topics, share);
        grow(&mut self.propositions, propositions, share);
        grow(&mut self.articles, articles, share);
        grow(&mut self.claims, claims, share);
    }

    /// Adds one loaded file's definitions after those of the files before it.
    pub fn add(&mut self, file: LoadedFile, definitions: Corpus) {
        let id = self.files.len();
        self.files.push(file);
        fn placed<T>(file: FileId, items: Vec<Item<T>>) -> impl Iterator<Item = Item<T>> {
            items.into_iter().map(move |item| Item { file, ..item })
        }
        let Corpus {
            outlets,
            speakers,
            topics,
            propositions,
            articles,
            claims,
            dropped,
            allowances,
            ..
        } = definitions;
        self.outlets.extend(placed(id, outlets));
        self.speakers.extend(placed(id, speakers));
        self.topics.extend(placed(id, topics));
        self.propositions.extend(placed(id, propositions));
        self.articles.extend(placed(id, articles));
        self.claims.extend(placed(id, claims));
        self.dropped
            .extend(dropped.into_iter().map(|d| DroppedDefinition { file: id, ..d }));
        self.allowances
            .extend(allowances.into_iter().map(|a| Allowance { file: id, ..a }));
    }

    /// Every definition's id with its kind and place, kind by kind in a fixed order, for the
    /// rules that treat all ids alike (their syntax, their uniqueness).
    pub fn definitions(&self) -> impl Iterator<Item = Definition<'_>> {
        fn each<'a, T>(
            kind: &'static str,
            items: &'a [Item<T>],
            id: fn(&T) -> &str,
        ) -> impl Iterator<Item = Definition<'a>> {
            items.iter().map(move |item| Definition {
                kind,
                file: item.file,
                path: item.path,
                id: id(&item.value),
            })
        }
        each("outlet", &self.outlets, |o| &o.id)
            .chain(each("speaker", &self.speakers, |s| &s.id))
            .chain(each("topic", &self.topics, |t| &t.id))
            .chain(each("proposition", &self.propositions, |p| &p.proposition.id))
            .chain(each("article", &self.articles, |a| &a.id))
            .chain(each("claim", &self.claims, |c| &c.id))
    }

    pub fn file_path(&self, file: FileId) -> &std::path::Path {
        self.files
            .get(file)
            .map_or(std::path::Path::new(""), |f| f.path.as_path())
    }
}

/// How far a load is: files added once a batch joins, of all the files to add.
#[derive(Clone, Copy)]
struct Share {
    done: usize,
    total: usize,
}

/// The most a list is sized for by projection alone; past it, lists grow by doubling.
const MAX_PROJECTED_BYTES: usize = 1 << 30;

/// Makes room for `adding` more items in `list`, at the capacity [`grown_capacity`] gives.
fn grow<T>(list: &mut Vec<T>, adding: usize, share: Share) {
    let needed = list.len().saturating_add(adding);
    if needed > list.capacity() {
        let target = grown_capacity(list.capacity(), needed, share, std::mem::size_of::<T>());
        list.reserve_exact(target - list.len());
    }
}

/// The capacity a list of `capacity` that must hold `needed` items grows to, `share` of the
/// load in: the items the whole load is projected to hold at the rate so far, an eighth more
/// to spare, and never less than twice the capacity, so that a projection that keeps rising
/// still moves each item a bounded number of times. Capacity reserved and never used costs
/// address space, not memory: its pages are never touched.
fn grown_capacity(capacity: usize, needed: usize, share: Share, item_bytes: usize) -> usize {
    let projected = u128::from(needed as u64) * u128::from(share.total as u64) / u128::from(share.done.max(1) as u64);
    let projected = usize::try_from(projected).unwrap_or(usize::MAX);
    let most = MAX_PROJECTED_BYTES / item_bytes.max(1);
    let spared = projected.saturating_add(projected / 8).min(most);
    needed.max(spared).max(capacity.saturating_mul(2))
}

#[cfg(test)]
mod tests {
    use super::{MAX_PROJECTED_BYTES, Share, grown_capacity};

    #[test]
    fn a_list_is_sized_for_the_whole_load_from_the_first_batch() {
        // 256 files of 10,000 read, ten claims each: room for the projected 100,000 and an
        // eighth more.
        let share = Share {
            done: 256,
            total: 10_000,
        };
        assert_eq!(grown_capacity(0, 2_560, share, 448), 112_500);
    }

    #[test]
    fn a_projection_that_creeps_up_still_doubles_the_list() {
        let share = Share { done: 100, total: 101 };
        assert_eq!(grown_capacity(1_000, 1_001, share, 8), 2_000);
    }

    #[test]
    fn a_wild_projection_is_capped_but_never_below_what_is_needed() {
        let share = Share {
            done: 1,
            total: usize::MAX,
        };
        assert_eq!(grown_capacity(0, 1_000, share, 1_024), MAX_PROJECTED_BYTES / 1_024);
        assert_eq!(grown_capacity(0, 1 << 21, share, 1_024), 1 << 21);
        // Nothing read yet, or items of no size: no division by zero.
        assert_eq!(grown_capacity(0, 5, Share { done: 0, total: 10 }, 0), 56);
    }
}
