use std::path::{Path, PathBuf};

use crate::cli::InitArgs;
use crate::curate::init;
use crate::error::Error;
use crate::exit;
use crate::project::{find, start_of};
use crate::render::init_report;

use super::curate::{refused, report};

/// `crossclaim init [DIR]`.
pub fn run(args: &InitArgs) -> Result<u8, Error> {
    let root = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    refuse_to_nest(&root)?;
    let done = init(&root).map_err(refused)?;
    report(&init_report(&done), exit::CLEAN)
}

/// A project inside another would take its claim files away from it: every command run in
/// the inner one would find it first. The project is found as every command finds it; `init`
/// in a project's own root only adds the files it lacks.
fn refuse_to_nest(root: &Path) -> Result<(), Error> {
    let Some(found) = find(&start_of(root), true) else {
        return Ok(());
    };
    let same = |a: &Path, b: &Path| matches!((a.canonicalize(), b.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if same(&found.root, root) {
        return Ok(());
    }
    Err(Error::usage(
        format!(
            "`{}` is inside the project at `{}`",
            root.display(),
            found.root.display()
        ),
        format!(
            "start the new project outside it, or run `crossclaim init` in `{}` to add the files it lacks",
            found.root.display()
        ),
    ))
}
