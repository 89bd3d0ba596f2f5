use crate::check::Index;
use crate::cli::{CoverageArgs, OutletSort};
use crate::compare::{OutletChoice, OutletOrder, Selection, coverage};
use crate::render::layout;
use crate::render::{coverage_csv, coverage_json};

use super::views::{Checked, arrangement, filter, load_project, nothing_matches, render, run_view};

/// `crossclaim coverage`: claims per topic and outlet.
pub fn run(args: &CoverageArgs) -> u8 {
    run_view(&args.view.paths, &args.view.project, |project| view(args, project))
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &CoverageArgs) -> Result<String, u8> {
    view(args, &load_project(&args.view.paths, &args.view.project)?)
}

fn view(args: &CoverageArgs, project: &Checked) -> Result<String, u8> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = Selection::new(corpus, &index, &filter);
    let choice = OutletChoice {
        min_claims: args.outlets.min_claims,
        top: args.outlets.top,
        order: match args.outlets.sort {
            None => OutletOrder::Definition,
            Some(OutletSort::Claims) => OutletOrder::Claims,
            Some(OutletSort::Name) => OutletOrder::Name,
        },
    };
    let view = coverage(&selection, &filter, choice);
    let arrangement = arrangement(args.layout.layout, &args.view.output);
    let empty = selection.claims.is_empty();
    if empty {
        nothing_matches(&filter);
    }
    Ok(render(
        &args.view.output,
        empty,
        || layout::coverage(&view, arrangement),
        || coverage_json(&view, &filter),
        || coverage_csv(&view, args.zeros),
    ))
}
