//! The baseline `check` is measured against, as a whole process: read every claim file of a
//! project and deserialize it with serde_yaml into the claim file model, in parallel, nothing
//! else. `bench/process.sh` runs it beside `crossclaim check` on the same files, built twice:
//! with the system allocator (`bare_parse`) and with the one `crossclaim` uses
//! (`bare_parse_mimalloc`).

use std::path::PathBuf;
use std::process::ExitCode;

use crossclaim::model::ClaimFile;
use rayon::prelude::*;

use super::claim_files::claim_files;

pub fn run() -> ExitCode {
    let Some(root) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: bare_parse DIR");
        return ExitCode::from(2);
    };
    let files = claim_files(&root);
    let parsed: Vec<ClaimFile> = files
        .par_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            serde_yaml::from_str::<ClaimFile>(&text).ok()
        })
        .collect();
    let claims: usize = parsed.iter().map(|file| file.claims.len()).sum();
    println!(
        "parsed {} of {} claim files, {claims} claims",
        parsed.len(),
        files.len()
    );
    // Like `crossclaim check`, exit without freeing what was parsed.
    std::mem::forget(parsed);
    ExitCode::SUCCESS
}
