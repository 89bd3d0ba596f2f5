//! Where an article's source is: a readable text file in the seeds directory, or one to copy
//! there; and what it holds, hashed as stored.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::edit::EditError;
use crate::load::{MAX_SOURCE_FILE_BYTES, ReadError, decode, read_bytes};

use super::super::Curated;
use super::ArticleRequest;

/// A source ready to be recorded: where it is (or will be copied to) and what it holds.
pub struct Placed {
    /// The path relative to the project root, as the article records it.
    pub recorded: String,
    pub copy_to: Option<PathBuf>,
    pub bytes: Vec<u8>,
    pub text: String,
    pub sha256: String,
}

/// Checks the source is a readable text file in the seeds directory, or can be copied there.
// The finding is the result: it is reported as it is, never passed along.
#[allow(clippy::result_large_err)]
pub fn place_source(curated: &Curated, request: &ArticleRequest) -> Result<Placed, Diagnostic> {
    let layout = &curated.layout;
    let shown = request.source.display().to_string();
    let here = || Location::file(&request.source);
    let unreadable = |error: ReadError| {
        Diagnostic::new(
            Code::SourceUnreadable,
            format!("cannot read source `{shown}`: {}", error.describe()),
            here(),
        )
        .with_help("store the article's text as a UTF-8 text file")
    };
    // Whether it is a regular file is decided by the reader, on the opened file itself.
    std::fs::metadata(&request.source).map_err(|error| {
        Diagnostic::new(
            Code::SourceMissing,
            format!("source `{shown}` cannot be found: {}", error.to_string().to_lowercase()),
            here(),
        )
        .with_help("give the path of the article's text file, relative to the current directory")
    })?;
    let bytes = read_bytes(&request.source, MAX_SOURCE_FILE_BYTES).map_err(unreadable)?;
    let text = decode(bytes.clone()).map_err(unreadable)?;
    let sha256 = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
    let seeds_shown = layout.seeds.display().to_string();
    let canonical = |path: &Path| path.canonicalize().ok();
    let root = canonical(&layout.root);
    let seeds = canonical(&layout.seeds);
    let target = canonical(&request.source);
    // The name as given, in its directory as resolved: a symlinked file is recorded by its name.
    let named = request
        .source
        .parent()
        .map(|p| if p.as_os_str().is_empty() { Path::new(".") } else { p })
        .and_then(canonical)
        .zip(request.source.file_name())
        .map(|(dir, name)| dir.join(name));
    let in_seeds =
        matches!((&seeds, &target, &named), (Some(s), Some(t), Some(n)) if t.starts_with(s) && n.starts_with(s));
    if in_seeds {
        let recorded = named
            .zip(root)
            .and_then(|(named, root)| named.strip_prefix(&root).ok().map(slashed));
        return match recorded {
            Some(recorded) => Ok(Placed {
                recorded,
                copy_to: None,
                bytes,
                text,
                sha256,
            }),
            None => Err(outside(
                &shown,
                &seeds_shown,
                here(),
                "the seeds directory is outside the project root",
            )),
        };
    }
    if !request.copy {
        return Err(outside(
            &shown,
            &seeds_shown,
            here(),
            &format!("move it into `{seeds_shown}/`, or pass `--copy` to copy it there"),
        ));
    }
    let name = request.source.file_name().unwrap_or_default();
    let copy_to = layout.seeds.join(name);
    let recorded = layout.relative(&copy_to).unwrap_or_default();
    if let Ok(existing) = std::fs::read(&copy_to) {
        if existing == bytes {
            // Already copied, byte for byte: record the copy that is there.
            return Ok(Placed {
                recorded,
                copy_to: None,
                bytes,
                text,
                sha256,
            });
        }
        let exists = EditError::Exists { path: copy_to.clone() };
        return Err(Diagnostic::new(
            Code::SourceOutsideRoot,
            format!("cannot copy `{shown}`: {exists}, with other text"),
            here(),
        )
        .with_help("rename the file you are adding, or store it in the seeds directory yourself"));
    }
    Ok(Placed {
        recorded,
        copy_to: Some(copy_to),
        bytes,
        text,
        sha256,
    })
}

fn outside(shown: &str, seeds: &str, here: Location, help: &str) -> Diagnostic {
    Diagnostic::new(
        Code::SourceOutsideRoot,
        format!("source `{shown}` is outside the seeds directory `{seeds}`"),
        here,
    )
    .with_help(help.to_string())
}

fn slashed(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
