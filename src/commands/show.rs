use crate::check::Index;
use crate::cli::{ShowArgs, ShowFormat};
use crate::compare::show;
use crate::render::{render_show, render_show_markdown, show_json};

use super::views::{load_project, sources, usage, width, write_out};

/// `crossclaim show CLAIM-ID`: the claim and its passage in the source.
pub fn run(args: &ShowArgs) -> u8 {
    let project = match load_project(&args.paths, &args.project) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let corpus = project.corpus();
    let index = Index::new(corpus);
    let view = match show(corpus, &index, &sources(&project), &args.claim, args.context) {
        Ok(view) => view,
        Err(error) => return usage(&error),
    };
    let text = match args.format {
        ShowFormat::Human => render_show(&view, width(args.width)),
        ShowFormat::Markdown => render_show_markdown(&view),
        ShowFormat::Json => show_json(&view) + "\n",
    };
    write_out(&text, args.color)
}
