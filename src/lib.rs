//! crossclaim: checks curated claim files against their source articles and compares what news
//! outlets report about the same events.

pub mod analysis;
pub mod anchor;
pub mod check;
pub mod checking;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod config;
pub mod curate;
pub mod diagnostic;
pub mod edit;
pub mod exit;
pub mod interchange;
pub mod lines;
pub mod load;
pub mod model;
pub mod project;
pub mod render;
pub mod rules;
pub mod suggest;
pub mod yaml;

use std::ffi::OsString;

use clap::Parser;

use cli::{Cli, Command};

/// Runs the command line and returns the process exit code.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout and usage errors to stderr.
            let _ = error.print();
            return if error.use_stderr() { exit::FAILURE } else { exit::CLEAN };
        }
    };
    match &cli.command {
        Command::Check(args) => commands::check::run(args),
        Command::Compare(args) => commands::compare::run(args),
        Command::Coverage(args) => commands::coverage::run(args),
        Command::Conflicts(args) => commands::conflicts::run(args),
        Command::Framing(args) => commands::framing::run(args),
        Command::Versions(args) => commands::versions::run(args),
        Command::Show(args) => commands::show::run(args),
        Command::Export(args) => commands::export::run(args),
        Command::Import(args) => commands::import::run(args),
        Command::Report(args) => commands::report::run(args),
        Command::Rules(args) => commands::rules::run(args),
        Command::Schema => commands::schema::run(),
        Command::Completions(args) => commands::completions::run(args),
        Command::Man(args) => commands::man::run(args),
        Command::Init(args) => commands::init::run(args),
        Command::Add(args) => commands::add::run(args),
        Command::Rehash(args) => commands::rehash::run(args),
        Command::Quotes(args) => commands::quotes::run(args),
    }
}
