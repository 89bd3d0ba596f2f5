//! Writes a generated project, for timing whole commands (`bench/views.sh`) or trying views
//! on a large corpus by hand.
//!
//!   cargo run --release --example corpus -- headlines DIR [TIMES]   # 300 topics, 724 outlets, 2,600 claims, x TIMES
//!   cargo run --release --example corpus -- newsroom DIR CLAIMS     # the compare benchmark's shape
//!   cargo run --release --example corpus -- check DIR CLAIMS        # the check benchmark's shape

#![allow(clippy::print_stderr)]

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/headlines.rs"]
mod headlines;

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: usize| args.get(i).and_then(|n| n.parse().ok()).unwrap_or(default);
    let written = match (args.first().map(String::as_str), args.get(1)) {
        (Some("headlines"), Some(dir)) => {
            headlines::write_headlines(Path::new(dir), &headlines::HeadlineSpec::DATASET.times(number(2, 1)))
        }
        (Some("newsroom"), Some(dir)) => {
            let claims = number(2, 10_000);
            let spec = corpus::CorpusSpec {
                outlets: 50,
                speakers: claims / 50,
                topics: 10,
                propositions_per_topic: 4,
                articles: claims / 10,
                claims,
            };
            corpus::write_corpus(Path::new(dir), &spec).map(|_| ())
        }
        (Some("check"), Some(dir)) => {
            corpus::write_corpus(Path::new(dir), &corpus::CorpusSpec::newsroom(number(2, 100_000))).map(|_| ())
        }
        _ => {
            eprintln!("usage: corpus headlines DIR [TIMES] | corpus newsroom DIR [CLAIMS] | corpus check DIR [CLAIMS]");
            return ExitCode::from(2);
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("corpus: {error}");
            ExitCode::FAILURE
        }
    }
}
