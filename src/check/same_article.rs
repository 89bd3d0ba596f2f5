//! The same article entered twice: two articles at one address (after normalising it), or two
//! articles pinned to the same source bytes. Either way its claims are split over two ids and
//! every count a view makes of it is doubled.

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
            match by_url.get(&normal) {
                Some(first) if first.value.id != a.id => out.push(
                    Diagnostic::new(
                        Code::DuplicateUrl,
                        format!(
                            "articles `{}` and `{}` have the same url",
                            excerpt(&first.value.id),
                            excerpt(&a.id)
                        ),
                        at(corpus, article, "url"),
                    )
                    .with_related(at(corpus, first, "url"), "first article with this url")
                    .with_help(format!(
                        "both read `{}` once normalised; keep one article, move the other's claims to it and remove it",
                        excerpt(&normal)
                    )),
                ),
                Some(_) => {}
                None => {
                    by_url.insert(normal, article);
                }
            }
        }
        match by_hash.get(a.sha256.as_str()) {
            Some(first) if first.value.id != a.id => out.push(
                Diagnostic::new(
                    Code::DuplicateSource,
                    format!(
                        "articles `{}` and `{}` are pinned to the same source text",
                        excerpt(&first.value.id),
                        excerpt(&a.id)
                    ),
                    at(corpus, article, "sha256"),
                )
                .with_related(at(corpus, first, "sha256"), "first article with this sha256")
                .with_help("the same text stored twice is the same article: keep one, move the other's claims to it and remove it"),
            ),
            Some(_) => {}
            None => {
                by_hash.insert(&a.sha256, article);
            }
        }
    }
}
