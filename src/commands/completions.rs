use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Error;

use super::artifact;

/// `crossclaim completions SHELL`: prints a completion script generated from the clap
/// definitions, so it always offers exactly the commands and flags the binary accepts.
pub fn run(args: &CompletionsArgs) -> Result<u8, Error> {
    let mut script = Vec::new();
    // Into memory first: clap_complete panics if its writer fails, e.g. on a closed pipe.
    clap_complete::generate(args.shell, &mut Cli::command(), "crossclaim", &mut script);
    artifact::print(&script)
}
