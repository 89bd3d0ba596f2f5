use crate::check::Index;
use crate::cli::FramingArgs;
use crate::compare::framing;
use crate::error::Error;
use crate::project::Request;
use crate::render::layout;
use crate::render::views::{framing_csv, framing_json};

use super::views::{Checked, filter, load_view, note, nothing_matches, render, run_view};

/// `crossclaim framing`: how each outlet frames each speaker and affiliation.
pub fn run(args: &FramingArgs) -> Result<u8, Error> {
    run_view(&request(args), args.view.strict, |project| view(args, project))
}

/// The command's output, or why there is none.
pub fn output(args: &FramingArgs) -> Result<String, Error> {
    view(args, &load_view(&request(args), args.view.strict)?)
}

fn request(args: &FramingArgs) -> Request {
    args.view.project.request(&args.view.paths)
}

fn view(args: &FramingArgs, project: &Checked) -> Result<String, Error> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = project.select(&index, &filter);
    let view = framing(&selection, &project.lexicon);
    let empty = view.outlets.is_empty();
    if selection.claims.is_empty() {
        nothing_matches(&filter);
    } else if empty {
        note("no claims to frame: the selected claims are all the outlets' own narration");
    }
    Ok(render(
        &args.view.output,
        empty,
        || layout::framing(&view),
        || framing_json(&view, &filter),
        || framing_csv(&view),
    ))
}
