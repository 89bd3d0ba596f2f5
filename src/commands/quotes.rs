use crate::checking::check_project;
use crate::cli::{QuotesArgs, QuotesFormat};
use crate::curate::quotes::list;
use crate::error::Error;
use crate::exit;
use crate::load::Keep;
use crate::render::{coverage_lines, quotes_json, quotes_listing, stubs_yaml};

use super::curate::{project, refused_listing, report};

/// `crossclaim quotes [ARTICLE-ID]`.
pub fn run(args: &QuotesArgs) -> Result<u8, Error> {
    let project = project(&args.project)?;
    let checked = check_project(&project, Keep::Everything)?;
    let found = list(&project, &checked, args.article.as_deref()).map_err(refused_listing)?;
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
