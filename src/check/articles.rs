//! The work on each article's source, one article at a time: read it, hash it, normalize it,
//! anchor its claims' quotes, check their framing markers, then let it go. Only a few sources
//! are in memory at once, however large the project; the texts kept are those the caller asks
//! for (see [`Keep`]).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use foldhash::HashMapExt;
use rayon::prelude::*;

use crate::diagnostic::Diagnostic;
use crate::load::Keep;
use crate::model::Corpus;

use super::anchors::Anchors;
use super::index::Index;
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

/// One article's part of [`SourceWork`].
struct Done {
    diagnostics: Vec<Diagnostic>,
    path: Option<PathBuf>,
    text: Option<String>,
    anchors: Vec<(usize, std::ops::Range<usize>)>,
}

/// Checks every article's source and the quotes and markers of the claims that point into it.
/// Sources are resolved relative to `root` and, when `seeds` is given, must live under it.
pub fn check<'a>(corpus: &'a Corpus, index: &Index<'a>, root: &Path, seeds: Option<&Path>, keep: Keep) -> SourceWork {
    let places = Places::new(root, seeds);
    // Only the first definition of an article id is checked; duplicates are reported elsewhere.
    let mut articles: Vec<_> = index.articles.values().copied().collect();
    // Cached: the key is formatted once per article, not once per comparison.
    articles.sort_by_cached_key(|a| (a.file, a.path.to_string()));
    let claims = claims_by_article(corpus);
    let no_claims = Vec::new();
    let done: Vec<Done> = articles
        .par_iter()
        .map(|article| {
            let mut diagnostics = Vec::new();
            let Some(source) = load_source(corpus, article, &places, &mut diagnostics) else {
                return Done {
                    diagnostics,
                    path: None,
                    text: None,
                    anchors: Vec::new(),
                };
            };
            let claims = claims.get(article.value.id.as_str()).unwrap_or(&no_claims);
            let anchors = quotes::check_article(corpus, claims, &source, &mut diagnostics);
            markers::check_article(corpus, &source, &anchors, &mut diagnostics);
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
                anchors,
            }
        })
        .collect();
    let mut work = SourceWork {
        diagnostics: Vec::new(),
        texts: HashMap::new(),
        read: HashSet::with_capacity(done.len()),
        anchors: Anchors::for_claims(corpus.claims.len()),
    };
    for one in done {
        work.diagnostics.extend(one.diagnostics);
        for (claim, range) in one.anchors {
            work.anchors.insert(claim, range);
        }
        if let Some(path) = one.path {
            if let Some(text) = one.text {
                work.texts.insert(path.clone(), text);
            }
            work.read.insert(path);
        }
    }
    work
}

/// Each article's claims, by article id, in corpus order.
fn claims_by_article(corpus: &Corpus) -> foldhash::HashMap<&str, Vec<usize>> {
    let mut groups: foldhash::HashMap<&str, Vec<usize>> = foldhash::HashMap::new();
    // A curator writes an article's claims together, so the group of the claim before is
    // tried first, without hashing.
    let mut last: Option<(&str, usize)> = None;
    let mut order: Vec<(&str, Vec<usize>)> = Vec::new();
    let mut position: foldhash::HashMap<&str, usize> = foldhash::HashMap::new();
    for (i, claim) in corpus.claims.iter().enumerate() {
        let article = claim.value.article.as_str();
        let group = match last {
            Some((previous, group)) if previous == article => group,
            _ => {
                let group = *position.entry(article).or_insert_with(|| {
                    order.push((article, Vec::new()));
                    order.len() - 1
                });
                last = Some((article, group));
                group
            }
        };
        order[group].1.push(i);
    }
    groups.extend(order);
    groups
}
