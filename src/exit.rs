//! Documented exit codes (also in `crossclaim check --help` and the README).

use std::process::ExitCode;

/// No errors (and no warnings under `--deny warnings`).
pub const CLEAN: u8 = 0;
/// Findings that fail the check.
pub const FINDINGS: u8 = 1;
/// Usage error, a path that does not exist, a file that cannot be read, or output that cannot
/// be written.
pub const FAILURE: u8 = 2;

pub fn code(value: u8) -> ExitCode {
    ExitCode::from(value)
}
