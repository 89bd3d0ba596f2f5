use crate::check::Index;
use crate::cli::{CompareArgs, CompareBy};
use crate::compare::{Selection, by_speaker, by_topic};
use crate::render::layout::{self, ClaimText};
use crate::render::{by_speaker_csv, by_speaker_json, by_topic_csv, by_topic_json};

use super::views::{Checked, arrangement, filter, load_project, nothing_matches, render, run_view};

/// `crossclaim compare`: by topic (the default) or by speaker.
pub fn run(args: &CompareArgs) -> u8 {
    run_view(&args.view.paths, &args.view.project, |project| view(args, project))
}

/// The command's output, or the exit code it fails with (after reporting why on stderr).
pub fn output(args: &CompareArgs) -> Result<String, u8> {
    view(args, &load_project(&args.view.paths, &args.view.project)?)
}

fn view(args: &CompareArgs, project: &Checked) -> Result<String, u8> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = Selection::new(corpus, &index, &filter);
    let text = ClaimText {
        summary: args.text.summary,
        ids: args.text.ids,
        ..ClaimText::default()
    };
    let arrangement = arrangement(args.layout.layout, &args.view.output);
    match args.by {
        CompareBy::Topic => {
            let view = by_topic(&selection, &filter);
            let empty = view.topics.is_empty();
            if empty {
                nothing_matches(&filter);
            }
            Ok(render(
                &args.view.output,
                empty,
                || layout::by_topic(&view, text, arrangement),
                || by_topic_json(&view, &filter),
                || by_topic_csv(&view),
            ))
        }
        CompareBy::Speaker => {
            let view = by_speaker(&selection, &filter);
            let empty = view.rows.is_empty();
            if empty {
                nothing_matches(&filter);
            }
            Ok(render(
                &args.view.output,
                empty,
                || layout::by_speaker(&view, text, arrangement),
                || by_speaker_json(&view, &filter),
                || by_speaker_csv(&view),
            ))
        }
    }
}
