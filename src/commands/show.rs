use crate::check::Index;
use crate::cli::{ShowArgs, ShowFormat};
use crate::compare::show;
use crate::render::{render_show, render_show_markdown, show_json};

use crate::error::Error;

use super::views::{load_project, sources, width, write_out};

/// `crossclaim show CLAIM-ID`: the claim and its passage in the source.
pub fn run(args: &ShowArgs) -> Result<u8, Error> {
    write_out(&output(args)?, Some(args.color))
}

/// The command's output, or why there is none.
pub fn output(args: &ShowArgs) -> Result<String, Error> {
    let project = load_project(&args.project.request(&args.paths))?;
    let corpus = project.corpus();
    let index = Index::new(corpus);
    let view = match show(corpus, &index, &sources(&project), &args.claim, args.context) {
        Ok(view) => view,
        Err(error) => {
            return Err(Error::Usage {
                message: error.message,
                help: error.help,
            });
        }
    };
    Ok(match args.format {
        ShowFormat::Human => render_show(&view, width(args.width)),
        ShowFormat::Markdown => render_show_markdown(&view),
        ShowFormat::Json => show_json(&view) + "\n",
    })
}
