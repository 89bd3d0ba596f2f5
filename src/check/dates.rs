use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::Corpus;

use super::index::{Index, at};

/// A statement cannot be reported before it was made. Partial dates only conflict when every
/// day the statement date may stand for is after every day the article date may.
pub fn check(corpus: &Corpus, index: &Index<'_>, out: &mut Vec<Diagnostic>) {
    for claim in &corpus.claims {
        let c = &claim.value;
        let (Some(said), Some(article)) = (c.said_on_date(), index.articles.get(c.article.as_str())) else {
            continue;
        };
        let published = article.value.published.date;
        if said.is_certainly_after(published) {
            out.push(
                Diagnostic::new(
                    Code::StatementAfterArticle,
                    format!(
                        "claim `{}` is dated {said}, after its article was published ({published})",
                        excerpt(&c.id)
                    ),
                    at(corpus, claim, "said_on.date"),
                )
                .with_related(at(corpus, article, "published.date"), "article date")
                .with_help(
                    "correct `said_on` or the article's `published.date`; give only the precision the source supports",
                ),
            );
        }
    }
}
