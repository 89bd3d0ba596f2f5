use crate::cli::{QuotesArgs, QuotesFormat};
use crate::curate::quotes::list;
use crate::exit;
use crate::render::{coverage_lines, quotes_json, quotes_listing, stubs_yaml};

use super::curate::{refuse_listing, report};

/// `crossclaim quotes [ARTICLE-ID]`.
pub fn run(args: &QuotesArgs) -> u8 {
    let found = match list(&args.project, args.article.as_deref()) {
        Ok(found) => found,
        Err(why) => return refuse_listing(&why),
    };
    let text = match (args.format, &args.article) {
        (QuotesFormat::Json, _) => quotes_json(&found, args.uncovered) + "\n",
        (QuotesFormat::Yaml, _) => stubs_yaml(&found.articles),
        (QuotesFormat::Human, Some(_)) => found
            .articles
            .iter()
            .map(|a| quotes_listing(a, args.uncovered))
            .collect(),
        (QuotesFormat::Human, None) => coverage_lines(&found),
    };
    report(&text, exit::CLEAN)
}
