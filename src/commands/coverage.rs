use crate::check::Index;
use crate::cli::CoverageArgs;
use crate::compare::{Selection, coverage};
use crate::render::layout;
use crate::render::{coverage_csv, coverage_json};

use super::views::{filter, finish, load_project, nothing_matches, render};

/// `crossclaim coverage`: claims per topic and outlet.
pub fn run(args: &CoverageArgs) -> u8 {
    finish(output(args), None)
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &CoverageArgs) -> Result<String, u8> {
    let project = load_project(&args.view.paths, &args.view.project)?;
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = Selection::new(corpus, &index, &filter);
    let view = coverage(&selection, &filter);
    let empty = selection.claims.is_empty();
    if empty {
        nothing_matches(&filter);
    }
    Ok(render(
        &args.view.output,
        empty,
        || layout::coverage(&view),
        || coverage_json(&view, &filter),
        || coverage_csv(&view),
    ))
}
