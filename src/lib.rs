//! crossclaim: checks curated claim files against their source articles and compares what news
//! outlets report about the same events.

pub mod allowances;
pub mod analysis;
pub mod anchor;
pub mod check;
pub mod checking;
pub mod cli;
pub mod commands;
pub mod compare;
pub mod complete;
pub mod config;
pub mod curate;
pub mod diagnostic;
pub mod edit;
pub mod error;
pub mod exclude;
pub mod exit;
pub mod interchange;
pub mod lines;
pub mod load;
pub mod model;
pub mod paths;
pub mod project;
pub mod render;
pub mod rules;
pub mod suggest;
pub mod threads;
pub mod yaml;

use std::ffi::OsString;
use std::io::Write;

/// Runs the command line and returns the process exit code. Every command's error is printed
/// here, on standard error.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> u8 {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    // A shell asking for completions runs the binary with `COMPLETE` set.
    if let Some(code) = commands::completions::respond(&args) {
        return code;
    }
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout and usage errors to stderr.
            let _ = error.print();
            return if error.use_stderr() { exit::FAILURE } else { exit::CLEAN };
        }
    };
    match commands::run(&cli.command) {
        Ok(code) => code,
        Err(error) => {
            let mut err = anstream::stderr();
            let _ = err.write_all(render::error_text(&error).as_bytes());
            let _ = err.flush();
            error.exit_code()
        }
    }
}
