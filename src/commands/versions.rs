use crate::check::Index;
use crate::cli::VersionsArgs;
use crate::compare::{FilterError, Selection, versions};
use crate::render::layout;
use crate::render::views::{versions_csv, versions_json};
use crate::suggest::{did_you_mean, listing};

use super::views::{Checked, filter, load_project, note, nothing_matches, render, run_view, usage};

/// `crossclaim versions`: each statement's renderings side by side, diffed word by word.
pub fn run(args: &VersionsArgs) -> u8 {
    run_view(&args.view.paths, &args.view.project, |project| view(args, project))
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &VersionsArgs) -> Result<String, u8> {
    view(args, &load_project(&args.view.paths, &args.view.project)?)
}

fn view(args: &VersionsArgs, project: &Checked) -> Result<String, u8> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = Selection::new(corpus, &index, &filter);
    let only = args.statement.as_deref();
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
            return Err(usage(&FilterError {
                message: format!("no claim has the statement id `{wanted}` (given to `--statement`)"),
                help: Some(help),
            }));
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
