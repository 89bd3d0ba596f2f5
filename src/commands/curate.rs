//! What the curator's commands share: writing their report, or why nothing was written.

use std::io::Write;

use crate::curate::Refusal;
use crate::exit;
use crate::render::refusal;

/// Prints `text` to stdout; returns `code`, or 2 if stdout cannot be written.
pub fn report(text: &str, code: u8) -> u8 {
    let mut out = anstream::stdout();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(_) => exit::FAILURE,
    }
}

/// Prints why nothing was written to stderr; returns 2.
pub fn refuse(why: &Refusal) -> u8 {
    print_refusal(why, true)
}

/// Prints why nothing was listed to stderr; returns 2.
pub fn refuse_listing(why: &Refusal) -> u8 {
    print_refusal(why, false)
}

fn print_refusal(why: &Refusal, writes: bool) -> u8 {
    let mut err = anstream::stderr();
    let _ = err.write_all(refusal(why, writes).as_bytes());
    let _ = err.flush();
    exit::FAILURE
}
