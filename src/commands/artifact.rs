//! Commands that print a generated file (schema, completion script, man page) build it whole in
//! memory and write it in one go, so a failed write is an error, never a panic or half a file
//! passed off as whole.

use std::io::Write;

use crate::error::Error;
use crate::exit;

/// Writes `bytes` to standard output.
pub fn print(bytes: &[u8]) -> Result<u8, Error> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(exit::CLEAN),
        Err(error) => Err(Error::output(None, &error)),
    }
}
