//! The same article entered twice: two articles at one address (after normalising it), or two
//! articles pinned to the same source bytes. Either way its claims are split over two ids and
//! every count a view makes of it is doubled.

use std::hash::Hash;

use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Article, Corpus, Item, normalize_url};

use super::index::at;

pub fn check(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    let mut by_url: HashMap<String, &Item<Article>> = HashMap::with_capacity(corpus.articles.len());
    let mut by_hash: HashMap<&str, &Item<Article>> = HashMap::with_capacity(corpus.articles.len());
    for article in &corpus.articles {
        let a = &article.value;
        if let Some(normal) = a.url.as_deref().and_then(normalize_url) {
            let help = format!(
                "both read `{}` once normalised; keep one article, move the other's claims to it and remove it",
                excerpt(&normal)
            );
            if let Some(first) = earlier(&mut by_url, normal, article) {
                out.push(twice(corpus, Code::DuplicateUrl, "have the same url", "url", first, article).with_help(help));
            }
        }
        if let Some(first) = earlier(&mut by_hash, a.sha256.as_str(), article) {
            out.push(
                twice(corpus, Code::DuplicateSource, "are pinned to the same source text", "sha256", first, article)
                    .with_help("the same text stored twice is the same article: keep one, move the other's claims to it and remove it"),
            );
        }
    }
}

/// The first other article under `key`, after recording `article` there if it is the first.
/// An article defined twice (a `duplicate-id`) is not reported again here.
fn earlier<'a, K: Eq + Hash>(
    seen: &mut HashMap<K, &'a Item<Article>>,
    key: K,
    article: &'a Item<Article>,
) -> Option<&'a Item<Article>> {
    let first = *seen.entry(key).or_insert(article);
    (first.value.id != article.value.id).then_some(first)
}

fn twice(
    corpus: &Corpus,
    code: Code,
    what: &str,
    field: &str,
    first: &Item<Article>,
    second: &Item<Article>,
) -> Diagnostic {
    Diagnostic::new(
        code,
        format!(
            "articles `{}` and `{}` {what}",
            excerpt(&first.value.id),
            excerpt(&second.value.id)
        ),
        at(corpus, second, field),
    )
    .with_related(at(corpus, first, field), format!("first article with this {field}"))
}
