//! One function per command: each does its work and writes its output, and returns the exit
//! code, or the [`Error`] that stopped it for `run` to print.

pub mod add;
pub mod artifact;
pub mod check;
pub mod compare;
pub mod completions;
pub mod conflicts;
pub mod coverage;
mod curate;
pub mod export;
pub mod framing;
pub mod import;
pub mod init;
pub mod man;
mod marks;
pub mod quotes;
pub mod rehash;
pub mod report;
pub mod rules;
pub mod schema;
pub mod show;
pub mod versions;
mod views;

use crate::cli::Command;
use crate::error::Error;

/// Runs one command; `Ok` holds its exit code.
pub fn run(command: &Command) -> Result<u8, Error> {
    match command {
        Command::Check(args) => check::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Coverage(args) => coverage::run(args),
        Command::Conflicts(args) => conflicts::run(args),
        Command::Framing(args) => framing::run(args),
        Command::Versions(args) => versions::run(args),
        Command::Show(args) => show::run(args),
        Command::Export(args) => export::run(args),
        Command::Import(args) => import::run(args),
        Command::Report(args) => report::run(args),
        Command::Rules(args) => rules::run(args),
        Command::Schema => schema::run(),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Init(args) => init::run(args),
        Command::Add(args) => add::run(args),
        Command::Rehash(args) => rehash::run(args),
        Command::Quotes(args) => quotes::run(args),
    }
}
