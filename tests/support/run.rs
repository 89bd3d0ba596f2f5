//! Running the real binary in a project, as a curator would.

use std::path::Path;
use std::process::Command;

/// The exit code, and stdout followed by stderr, of `crossclaim ARGS` run in `project` without
/// colour.
pub fn crossclaim(project: &Path, args: &[&str]) -> (Option<i32>, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .current_dir(project)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap() + &stderr,
    )
}
