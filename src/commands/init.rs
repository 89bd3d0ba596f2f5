use std::path::PathBuf;

use crate::cli::InitArgs;
use crate::curate::init;
use crate::exit;
use crate::render::init_report;

use super::curate::{refuse, report};

/// `crossclaim init [DIR]`.
pub fn run(args: &InitArgs) -> u8 {
    let root = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    match init(&root) {
        Ok(done) => report(&init_report(&done), exit::CLEAN),
        Err(why) => refuse(&why),
    }
}
