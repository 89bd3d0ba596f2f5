//! The baseline `check` is measured against: a bare serde_yaml parse of a project's claim
//! files, with the system allocator (see `benches/support/bare_parse.rs`).
//!
//!   cargo run --release --example bare_parse -- DIR

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/support/bare_parse.rs"]
mod bare_parse;
#[path = "../benches/support/claim_files.rs"]
mod claim_files;

fn main() -> std::process::ExitCode {
    bare_parse::run()
}
