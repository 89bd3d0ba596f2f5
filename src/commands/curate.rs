//! What the curator's commands share: the project they work on, writing their report, and why
//! nothing was written.

use std::io::Write;

use crate::cli::ProjectArgs;
use crate::curate::Refusal;
use crate::error::Error;
use crate::project::Project;

/// The project the flags name, found as `check` finds it.
pub fn project(args: &ProjectArgs) -> Result<Project, Error> {
    Project::resolve(&args.request(&[]))
}

/// Prints `text` to stdout; `Ok(code)` unless stdout cannot be written.
pub fn report(text: &str, code: u8) -> Result<u8, Error> {
    let mut out = anstream::stdout();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(code),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(code),
        Err(error) => Err(Error::output(None, &error)),
    }
}

/// Nothing was written, and why.
pub fn refused(refusal: Refusal) -> Error {
    Error::Refused { refusal, writes: true }
}

/// Nothing was listed, and why.
pub fn refused_listing(refusal: Refusal) -> Error {
    Error::Refused { refusal, writes: false }
}
