use std::path::PathBuf;

use crate::cli::InitArgs;
use crate::curate::init;
use crate::error::Error;
use crate::exit;
use crate::render::init_report;

use super::curate::{refused, report};

/// `crossclaim init [DIR]`.
pub fn run(args: &InitArgs) -> Result<u8, Error> {
    let root = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let done = init(&root).map_err(refused)?;
    report(&init_report(&done), exit::CLEAN)
}
