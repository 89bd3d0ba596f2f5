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
    /// Makes room for the definitions of `files`, so that adding them moves each item once
    /// instead of again on every growth of the lists.
    pub fn reserve_for<'a>(&mut self, files: impl IntoIterator<Item = &'a Corpus>) {
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
        self.files.reserve(files);
        self.outlets.reserve(outlets);
        self.speakers.reserve(speakers);
        self.topics.reserve(topics);
        self.propositions.reserve(propositions);
        self.articles.reserve(articles);
        self.claims.reserve(claims);
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
