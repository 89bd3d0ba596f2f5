//! The work on each article's source, one article at a time: read it, hash it, normalize it,
//! anchor its claims' quotes, check their framing markers, then let it go. Only a few sources
//! are in memory at once, however large the project; the texts kept are those the caller asks
//! for (see [`Keep`]).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::load::Keep;
use crate::model::{Article, Corpus, Item};

use super::anchors::Anchors;
use super::index::{Index, position};
use super::resolved::Resolved;
use super::sources::{Places, load_source};
use super::{markers, quotes};

/// What the work on the sources found and kept.
pub struct SourceWork {
    pub diagnostics: Vec<Diagnostic>,
    /// The texts kept, by displayed path: every source read, or only those findings name.
    pub texts: HashMap<PathBuf, String>,
    /// Every source that was read, by displayed path.
    pub read: HashSet<PathBuf>,
    pub anchors: Anchors,
}

/// One article's part of [`SourceWork`]; its claims' passages go straight into the shared table.
struct Done {
    diagnostics: Vec<Diagnostic>,
    path: Option<PathBuf>,
    text: Option<String>,
}

/// Checks every article's source and the quotes and markers of the claims that point into it.
/// Sources are resolved relative to `root` and, when `seeds` is given, must live under it.
pub fn check<'a>(
    corpus: &'a Corpus,
    index: &Index<'a>,
    resolved: &Resolved<'a>,
    root: &Path,
    seeds: Option<&Path>,
    keep: Keep,
) -> SourceWork {
    let places = Places::new(root, seeds);
    // Only the first definition of an article id is checked; duplicates are reported elsewhere.
    let mut articles: Vec<_> = index.articles.values().copied().collect();
    // Cached: the key is formatted once per article, not once per comparison.
    articles.sort_by_cached_key(|a| (a.file, a.path.to_string()));
    let claims = claims_by_article(corpus, resolved);
    let no_claims = Vec::new();
    let table = Anchors::for_claims(corpus.claims.len());
    let check_one = |article: &&Item<Article>| {
        let mut diagnostics = Vec::new();
        let Some(source) = load_source(corpus, article, &places, &mut diagnostics) else {
            return Done {
                diagnostics,
                path: None,
                text: None,
            };
        };
        let claims = position(&corpus.articles, article)
            .and_then(|at| claims.get(at))
            .unwrap_or(&no_claims);
        let anchors = quotes::check_article(corpus, claims, &source, &mut diagnostics);
        markers::check_article(corpus, &source, &anchors, &mut diagnostics);
        for (claim, range) in anchors {
            table.insert(claim, range);
        }
        let named = |path: &Path| {
            diagnostics
                .iter()
                .any(|d| d.primary.file == path || d.related.iter().any(|r| r.location.file == path))
        };
        let kept = keep == Keep::Everything || named(&source.path);
        let path = source.path.clone();
        // The normalized form is let go here, and the text too unless it is kept.
        let text = kept.then(|| source.anchor.into_text());
        Done {
            diagnostics,
            path: Some(path),
            text,
        }
    };
    // A few sources are checked on this thread (see `crate::threads`).
    let done: Vec<Done> = if crate::threads::worth_the_pool(articles.len()) {
        articles.par_iter().map(check_one).collect()
    } else {
        articles.iter().map(check_one).collect()
    };
    let mut work = SourceWork {
        diagnostics: Vec::new(),
        texts: HashMap::new(),
        read: HashSet::with_capacity(done.len()),
        anchors: table,
    };
    for one in done {
        work.diagnostics.extend(one.diagnostics);
        if let Some(path) = one.path {
            if let Some(text) = one.text {
                work.texts.insert(path.clone(), text);
            }
            work.read.insert(path);
        }
    }
    work
}

/// Each article's claims, by the article's position in `corpus.articles`, in corpus order:
/// the references resolved once for every rule, so no id is hashed again here.
fn claims_by_article(corpus: &Corpus, resolved: &Resolved<'_>) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); corpus.articles.len()];
    for claim in 0..corpus.claims.len() {
        if let Some(group) = resolved.article(claim).and_then(|at| groups.get_mut(at)) {
            group.push(claim);
        }
    }
    groups
}
