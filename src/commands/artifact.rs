//! Commands that print a generated file (schema, completion script, man page) build it whole in
//! memory and write it in one go, so a failed write is an exit code, never a panic or half a file
//! passed off as whole.

use std::io::Write;

use crate::exit;

/// Writes `bytes` to standard output; returns the exit code.
pub fn print(bytes: &[u8]) -> u8 {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => exit::CLEAN,
        Err(_) => exit::FAILURE,
    }
}
