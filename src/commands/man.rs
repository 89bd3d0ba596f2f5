use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};
use crate::error::Error;

use super::artifact;

/// `crossclaim man [COMMAND]`: prints the roff man page `crossclaim(1)`, or `crossclaim-COMMAND(1)`
/// for one command (`crossclaim-add-article(1)` for `add-article`), generated from the clap
/// definitions.
pub fn run(args: &ManArgs) -> Result<u8, Error> {
    let mut cli = Cli::command().disable_help_subcommand(true);
    // Building names the subcommands `crossclaim-check` and their usage `crossclaim check`.
    cli.build();
    let page = match &args.command {
        None => cli,
        Some(name) => match cli.find_subcommand(name).or_else(|| {
            let (parent, child) = name.split_once('-')?;
            cli.find_subcommand(parent)?.find_subcommand(child)
        }) {
            Some(command) => command.clone(),
            // The parser only accepts existing command names.
            None => {
                return Err(Error::usage(
                    format!("no command `{name}`"),
                    "`crossclaim --help` lists them",
                ));
            }
        },
    };
    let source = format!("crossclaim {}", env!("CARGO_PKG_VERSION"));
    let mut roff = Vec::new();
    match clap_mangen::Man::new(page).source(source).render(&mut roff) {
        Ok(()) => artifact::print(&roff),
        Err(error) => Err(Error::output(None, &error)),
    }
}
