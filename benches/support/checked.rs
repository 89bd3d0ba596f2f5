//! What the views benchmarks compare against: loading and checking a project, nothing drawn.

use std::path::Path;

use crossclaim::analysis::Lexicon;
use crossclaim::load::Keep;
use crossclaim::{check, load};

/// Loads the claim files under `claims` and checks them with the built-in lexicon, as `check`
/// does; the number of findings, so the work cannot be optimized away.
pub fn load_and_check(root: &Path, claims: &Path) -> usize {
    let loaded = load::load(std::slice::from_ref(&claims.to_path_buf()));
    check::check(&loaded.corpus, &Lexicon::builtin(), root, None, true, Keep::Everything)
        .diagnostics
        .len()
}
