use crate::checking::check_project;
use crate::cli::RehashArgs;
use crate::curate::rehash;
use crate::error::Error;
use crate::exit;
use crate::load::Keep;
use crate::render::rehash_report;

use super::curate::{project, refused, report};

/// `crossclaim rehash [ARTICLE-ID...]`: exit 1 when an edit broke a claim's quote.
pub fn run(args: &RehashArgs) -> Result<u8, Error> {
    let project = project(&args.project)?;
    let checked = check_project(&project, Keep::Everything)?;
    let done = rehash(&project, &checked, &args.articles, args.dry_run).map_err(refused)?;
    let code = if done.broken_claims.is_empty() {
        exit::CLEAN
    } else {
        exit::FINDINGS
    };
    report(&rehash_report(&done, args.dry_run), code)
}
