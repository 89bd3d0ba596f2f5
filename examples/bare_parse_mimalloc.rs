//! The bare parse of `bare_parse`, with the allocator the `crossclaim` binary uses: how much of
//! `check` against the bare parse is the allocator's doing.
//!
//!   cargo run --release --example bare_parse_mimalloc -- DIR

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/support/bare_parse.rs"]
mod bare_parse;
#[path = "../benches/support/claim_files.rs"]
mod claim_files;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    bare_parse::run()
}
