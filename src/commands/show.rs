use crate::check::Index;
use crate::cli::{ShowArgs, ShowFormat};
use crate::compare::show;
use crate::render::{render_show, render_show_markdown, show_json};

use super::views::{finish, load_project, sources, usage, width};

/// `crossclaim show CLAIM-ID`: the claim and its passage in the source.
pub fn run(args: &ShowArgs) -> u8 {
    finish(output(args), Some(args.color))
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &ShowArgs) -> Result<String, u8> {
    let project = load_project(&args.paths, &args.project)?;
    let corpus = project.corpus();
    let index = Index::new(corpus);
    let view = match show(corpus, &index, &sources(&project), &args.claim, args.context) {
        Ok(view) => view,
        Err(error) => return Err(usage(&error)),
    };
    Ok(match args.format {
        ShowFormat::Human => render_show(&view, width(args.width)),
        ShowFormat::Markdown => render_show_markdown(&view),
        ShowFormat::Json => show_json(&view) + "\n",
    })
}
