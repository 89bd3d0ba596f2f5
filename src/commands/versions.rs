use std::path::PathBuf;

use crate::check::Index;
use crate::cli::VersionsArgs;
use crate::compare::{FilterError, versions};
use crate::error::Error;
use crate::model::is_valid_id;
use crate::project::Request;
use crate::render::layout;
use crate::render::views::{versions_csv, versions_json};
use crate::suggest::{did_you_mean, listing};

use super::views::{Checked, filter, load_view, note, nothing_matches, render, run_view};

/// `crossclaim versions`: each statement's renderings side by side, diffed word by word.
pub fn run(args: &VersionsArgs) -> Result<u8, Error> {
    run_view(&request(args), args.view.strict, |project| view(args, project))
}

/// The command's output, or why there is none.
pub fn output(args: &VersionsArgs) -> Result<String, Error> {
    view(args, &load_view(&request(args), args.view.strict)?)
}

fn request(args: &VersionsArgs) -> Request {
    let (_, paths) = statement_and_paths(args);
    args.view.project.request(&paths)
}

/// The statement asked for, and the claim paths. `crossclaim versions ID` names a statement:
/// without `--statement`, a first argument that is an id and names nothing on disk is taken as
/// the statement's id, not as a missing file.
fn statement_and_paths(args: &VersionsArgs) -> (Option<String>, Vec<PathBuf>) {
    let paths = &args.view.paths;
    let id = paths
        .first()
        .filter(|first| args.statement.is_none() && first.symlink_metadata().is_err())
        .and_then(|first| first.to_str())
        .filter(|id| is_valid_id(id));
    match id {
        Some(id) => (Some(id.to_string()), paths[1..].to_vec()),
        None => (args.statement.clone(), paths.clone()),
    }
}

fn view(args: &VersionsArgs, project: &Checked) -> Result<String, Error> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = project.select(&index, &filter);
    let (statement, _) = statement_and_paths(args);
    let only = statement.as_deref();
    let view = match versions(corpus, &index, &selection, &project.lexicon, only) {
        Ok(view) => view,
        Err(unknown) => {
            let wanted = only.unwrap_or_default();
            let known: Vec<&str> = unknown.known.iter().map(String::as_str).collect();
            let help = match did_you_mean(wanted, known.iter().copied()) {
                Some(close) => format!("did you mean `{close}`?"),
                None if known.is_empty() => "no claim has a `statement` id yet; see docs/framing.md".to_string(),
                None => format!("known statements: {}", listing(&known)),
            };
            return Err(FilterError {
                message: format!("no claim has the statement id `{wanted}`"),
                help: Some(help),
            }
            .into());
        }
    };
    let empty = view.statements.is_empty();
    if selection.claims.is_empty() {
        nothing_matches(&filter);
    } else if empty {
        note("no statements: no two selected claims share a `statement` id");
    }
    Ok(render(
        &args.view.output,
        empty,
        || layout::versions(&view),
        || versions_json(&view, &filter),
        || versions_csv(&view),
    ))
}
