use crate::check::Index;
use crate::cli::ConflictsArgs;
use crate::compare::{Selection, conflicts};
use crate::render::layout::{self, ClaimText};
use crate::render::{conflicts_csv, conflicts_json};

use super::views::{emit, filter, load_project, note, nothing_matches};

/// `crossclaim conflicts`: propositions some claims support and others oppose.
pub fn run(args: &ConflictsArgs) -> u8 {
    let project = match load_project(&args.view.paths, &args.view.project) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let corpus = project.corpus();
    let filter = match filter(&args.view.filter, corpus) {
        Ok(filter) => filter,
        Err(code) => return code,
    };
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
    };
    emit(
        &args.view.output,
        empty,
        || layout::conflicts(&view, text),
        || conflicts_json(&view, &filter),
        || conflicts_csv(&view),
    )
}
