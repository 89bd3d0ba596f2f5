//! Shell completion that knows the project. The scripts `crossclaim completions SHELL` prints
//! call crossclaim back as the user types (with `COMPLETE` naming the shell), so flags,
//! commands and the ids of the project in the current directory are completed by the binary
//! itself: always the ones it accepts, and the ones the claim files define.

use std::ffi::OsString;

use clap::CommandFactory;
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use clap_complete::{CompleteEnv, Shell};

use crate::cli::{Cli, CompletionsArgs};
use crate::error::Error;
use crate::exit;

use super::artifact;

/// The variable that makes a run a completion request.
const VARIABLE: &str = "COMPLETE";
const NAME: &str = "crossclaim";

/// `crossclaim completions SHELL`: the script that registers crossclaim's completion. It
/// calls `crossclaim` on the `PATH`, so it keeps working when crossclaim is reinstalled.
pub fn run(args: &CompletionsArgs) -> Result<u8, Error> {
    let shell: &dyn EnvCompleter = match args.shell {
        Shell::Bash => &Bash,
        Shell::Zsh => &Zsh,
        Shell::Fish => &Fish,
        Shell::Elvish => &Elvish,
        Shell::PowerShell => &Powershell,
        other => {
            return Err(Error::usage(
                format!("no completion for `{other}`"),
                "use bash, zsh, fish, elvish or powershell",
            ));
        }
    };
    let mut script = Vec::new();
    shell
        .write_registration(VARIABLE, NAME, NAME, NAME, &mut script)
        .map_err(|error| Error::output(None, &error))?;
    artifact::print(&script)
}

/// Answers a completion request, if this run is one: the candidates for the command line
/// after `--`, in the form the shell named by `COMPLETE` reads. `None` for an ordinary run.
pub fn respond(args: &[OsString]) -> Option<u8> {
    let cwd = std::env::current_dir().ok();
    let request = CompleteEnv::with_factory(Cli::command).var(VARIABLE).bin(NAME);
    match request.try_complete(args.iter().cloned(), cwd.as_deref()) {
        Ok(true) => Some(exit::CLEAN),
        Ok(false) => None,
        Err(error) => {
            let _ = error.print();
            Some(exit::FAILURE)
        }
    }
}
