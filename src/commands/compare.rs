use crate::check::Index;
use crate::cli::{CompareArgs, CompareBy};
use crate::compare::{by_speaker, by_topic};
use crate::error::Error;
use crate::project::Request;
use crate::render::layout::{self, ClaimText};
use crate::render::{by_speaker_csv, by_speaker_json, by_topic_csv, by_topic_json};

use super::views::{Checked, arrangement, filter, load_view, nothing_matches, render, run_view};

/// `crossclaim compare`: by topic (the default) or by speaker.
pub fn run(args: &CompareArgs) -> Result<u8, Error> {
    run_view(&request(args), args.view.strict, |project| view(args, project))
}

/// The command's output, or why there is none.
pub fn output(args: &CompareArgs) -> Result<String, Error> {
    view(args, &load_view(&request(args), args.view.strict)?)
}

fn request(args: &CompareArgs) -> Request {
    args.view.project.request(&args.view.paths)
}

fn view(args: &CompareArgs, project: &Checked) -> Result<String, Error> {
    let corpus = project.corpus();
    let filter = filter(&args.view.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = project.select(&index, &filter);
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
