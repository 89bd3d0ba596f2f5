use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::{Claim, Corpus, Item};

use super::index::at;
use super::resolved::Links;

/// A statement cannot be reported before it was made. Partial dates only conflict when every
/// day the statement date may stand for is after every day the article date may.
pub fn claim(corpus: &Corpus, claim: &Item<Claim>, links: &Links<'_>, out: &mut Vec<Diagnostic>) {
    let c = &claim.value;
    let (Some(said), Some(article)) = (c.said_on_date(), links.article.map(|a| &corpus.articles[a])) else {
        return;
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
