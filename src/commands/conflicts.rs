use crate::check::Index;
use crate::cli::ConflictsArgs;
use crate::compare::conflicts;
use crate::error::Error;
use crate::project::Request;
use crate::render::layout::{self, ClaimText};
use crate::render::{conflicts_csv, conflicts_json};

use super::views::{Checked, filter, load_view, note, nothing_matches, render, run_view};

/// `crossclaim conflicts`: propositions some claims support and others oppose.
pub fn run(args: &ConflictsArgs) -> Result<u8, Error> {
    run_view(&request(args), args.view.strict, |project| view(args, project))
}

/// The command's output, or why there is none.
pub fn output(args: &ConflictsArgs) -> Result<String, Error> {
    view(args, &load_view(&request(args), args.view.strict)?)
}

fn request(args: &ConflictsArgs) -> Request {
    args.view.project.request(&args.view.paths)
}

fn view(args: &ConflictsArgs, project: &Checked) -> Result<String, Error> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = project.select(&index, &filter);
    let view = conflicts(&selection, &filter);
    let empty = view.conflicts.is_empty();
    if selection.claims.is_empty() {
        nothing_matches(&filter);
    } else if empty {
        let n = selection.claims.len();
        let claims = if n == 1 { "claim" } else { "claims" };
        note(&format!(
            "no conflicts: among the {n} selected {claims}, no proposition is both supported and opposed"
        ));
    }
    let text = ClaimText {
        summary: args.text.summary,
        ids: args.text.ids,
        ..ClaimText::default()
    };
    Ok(render(
        &args.view.output,
        empty,
        || layout::conflicts(&view, text),
        || conflicts_json(&view, &filter),
        || conflicts_csv(&view),
    ))
}
