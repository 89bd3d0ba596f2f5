use crate::check::Index;
use crate::cli::FramingArgs;
use crate::compare::{Selection, framing};
use crate::render::layout;
use crate::render::views::{framing_csv, framing_json};

use super::views::{Checked, filter, load_project, note, nothing_matches, render, run_view};

/// `crossclaim framing`: how each outlet frames each speaker and affiliation.
pub fn run(args: &FramingArgs) -> u8 {
    run_view(&args.view.paths, &args.view.project, |project| view(args, project))
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &FramingArgs) -> Result<String, u8> {
    view(args, &load_project(&args.view.paths, &args.view.project)?)
}

fn view(args: &FramingArgs, project: &Checked) -> Result<String, u8> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = Selection::new(corpus, &index, &filter);
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
