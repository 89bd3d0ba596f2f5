use crate::check::Index;
use crate::cli::ConflictsArgs;
use crate::compare::{Selection, conflicts};
use crate::render::layout::{self, ClaimText};
use crate::render::{conflicts_csv, conflicts_json};

use super::views::{Checked, filter, load_project, note, nothing_matches, render, run_view};

/// `crossclaim conflicts`: propositions some claims support and others oppose.
pub fn run(args: &ConflictsArgs) -> u8 {
    run_view(&args.view.paths, &args.view.project, |project| view(args, project))
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &ConflictsArgs) -> Result<String, u8> {
    view(args, &load_project(&args.view.paths, &args.view.project)?)
}

fn view(args: &ConflictsArgs, project: &Checked) -> Result<String, u8> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = Selection::new(corpus, &index, &filter);
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
