use crate::cli::RehashArgs;
use crate::curate::rehash;
use crate::exit;
use crate::render::rehash_report;

use super::curate::{refuse, report};

/// `crossclaim rehash [ARTICLE-ID...]`: exit 1 when an edit broke a claim's quote.
pub fn run(args: &RehashArgs) -> u8 {
    match rehash(&args.project, &args.articles, args.dry_run) {
        Ok(done) => {
            let code = if done.broken_claims.is_empty() {
                exit::CLEAN
            } else {
                exit::FINDINGS
            };
            report(&rehash_report(&done, args.dry_run), code)
        }
        Err(why) => refuse(&why),
    }
}
