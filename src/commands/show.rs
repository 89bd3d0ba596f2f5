use crate::check::Index;
use crate::cli::{ShowArgs, ShowFormat};
use crate::compare::{ClaimRef, show};
use crate::error::Error;
use crate::render::{render_show, render_show_markdown, show_json};

use crate::load::Keep;

use super::views::{load_project, sources, width, write_out};

/// `crossclaim show CLAIM-ID`: the claim and its passage in the source.
pub fn run(args: &ShowArgs) -> Result<u8, Error> {
    write_out(&output(args)?, Some(args.color))
}

/// The command's output, or why there is none.
pub fn output(args: &ShowArgs) -> Result<String, Error> {
    let project = load_project(&args.project.request(&args.paths), args.strict, Keep::Everything)?;
    let corpus = project.corpus();
    let index = Index::new(corpus);
    let found = corpus.claims.iter().position(|c| *c.value.id == *args.claim);
    if let Some(at) = found.filter(|&at| ClaimRef::resolve(&index, at, &corpus.claims[at].value).is_none()) {
        // The claim is there, but what it refers to is not: its errors say what to correct.
        return Err(project.stopped_at(at));
    }
    let mut view = show(corpus, &index, &sources(&project), &args.claim, args.context)?;
    view.claim.has_errors = project.has_errors(view.claim.index);
    Ok(match args.format {
        ShowFormat::Human => render_show(&view, width(args.width)),
        ShowFormat::Markdown => render_show_markdown(&view),
        ShowFormat::Json => show_json(&view) + "\n",
    })
}
