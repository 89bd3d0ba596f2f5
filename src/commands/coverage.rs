use crate::check::Index;
use crate::cli::{CoverageArgs, OutletSort};
use crate::compare::{OutletChoice, OutletOrder, coverage};
use crate::error::Error;
use crate::project::Request;
use crate::render::layout;
use crate::render::{coverage_csv, coverage_json};

use super::views::{Checked, arrangement, filter, load_view, nothing_matches, render, run_view};

/// `crossclaim coverage`: claims per topic and outlet.
pub fn run(args: &CoverageArgs) -> Result<u8, Error> {
    run_view(&request(args), args.view.strict, |project| view(args, project))
}

/// The command's output, or why there is none.
pub fn output(args: &CoverageArgs) -> Result<String, Error> {
    view(args, &load_view(&request(args), args.view.strict)?)
}

fn request(args: &CoverageArgs) -> Request {
    args.view.project.request(&args.view.paths)
}

fn view(args: &CoverageArgs, project: &Checked) -> Result<String, Error> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = project.select(&index, &filter);
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
