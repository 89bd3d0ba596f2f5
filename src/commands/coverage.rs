use crate::check::Index;
use crate::cli::CoverageArgs;
use crate::compare::{Selection, coverage};
use crate::render::layout;
use crate::render::{coverage_csv, coverage_json};

use super::views::{emit, filter, load_project, nothing_matches};

/// `crossclaim coverage`: claims per topic and outlet.
pub fn run(args: &CoverageArgs) -> u8 {
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
    let view = coverage(&selection, &filter);
    let empty = selection.claims.is_empty();
    if empty {
        nothing_matches(&filter);
    }
    emit(
        &args.view.output,
        empty,
        || layout::coverage(&view),
        || coverage_json(&view, &filter),
        || coverage_csv(&view),
    )
}
