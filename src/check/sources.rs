use std::path::{Component, Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::anchor;
use crate::diagnostic::{Code, Diagnostic, path_excerpt};
use crate::load::{MAX_SOURCE_FILE_BYTES, ReadError, decode, open_unless_link, read_bytes, read_opened};
use crate::model::Corpus;

use super::canonical::Canonicalizer;
use super::index::at;
use super::validate::is_sha256;

/// A source article's text, prepared once for all the quotes that point into it.
pub struct LoadedSource {
    /// The path as shown to the user.
    pub path: PathBuf,
    pub anchor: anchor::Source,
}

/// Where sources are looked for and may live, worked out once for every article.
pub struct Places<'a> {
    root: &'a Path,
    canonical_root: PathBuf,
    seeds: Option<Seeds<'a>>,
    canonicalizer: Canonicalizer,
}

impl<'a> Places<'a> {
    /// Sources are resolved relative to `root` and, when `seeds` is given, must live under it.
    pub fn new(root: &'a Path, seeds: Option<&'a Path>) -> Places<'a> {
        Places {
            root,
            canonical_root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
            seeds: seeds.map(|seeds| Seeds {
                shown: seeds,
                canonical: seeds.canonicalize().unwrap_or_else(|_| seeds.to_path_buf()),
            }),
            canonicalizer: Canonicalizer::default(),
        }
    }
}

/// The directory a project keeps its article sources in.
struct Seeds<'a> {
    shown: &'a Path,
    canonical: PathBuf,
}

/// Reads one article's source, checks it stays inside the project root (and the seeds
/// directory, when the project names one) and still has the sha256 it was curated with.
pub fn load_source(
    corpus: &Corpus,
    article: &crate::model::Item<crate::model::Article>,
    places: &Places<'_>,
    out: &mut Vec<Diagnostic>,
) -> Option<LoadedSource> {
    let Places {
        root,
        canonical_root,
        seeds,
        canonicalizer,
    } = places;
    let a = &article.value;
    let here = || at(corpus, article, "source");
    if a.source.trim().is_empty() {
        out.push(
            Diagnostic::new(Code::SourceMissing, "the article's `source` is empty", here()).with_help(
                "give the path of the article's stored text relative to the project root, e.g. `seeds/outlet/2024/article.txt`",
            ),
        );
        return None;
    }
    let relative = Path::new(&a.source);
    if relative.is_absolute()
        || relative
            .components()
            .any(|c| matches!(c, Component::ParentDir | Component::Prefix(_)))
    {
        out.push(
            Diagnostic::new(
                Code::SourceOutsideRoot,
                format!("source `{}` is outside the project root", path_excerpt(&a.source)),
                here(),
            )
            .with_help(
                "store the article under the project (e.g. in `seeds/`) and give its path relative to the project root",
            ),
        );
        return None;
    }
    let path = display_join(root, relative);
    // Opened first, not following a link: a regular file found this way needs no look before
    // the open to be resolved, and is read from the same handle.
    let opened = open_unless_link(&path);
    let known = opened.as_ref().and_then(|_| canonicalizer.of_opened(&path));
    let canonical = match known.map_or_else(|| canonicalizer.canonicalize(&path), Ok) {
        Ok(canonical) => canonical,
        Err(error) => {
            let reason = error.to_string().to_lowercase();
            out.push(
                Diagnostic::new(
                    Code::SourceMissing,
                    format!("source `{}` cannot be found: {reason}", path_excerpt(&a.source)),
                    here(),
                )
                .with_help(format!(
                    "paths are relative to the project root `{}`; check the file name",
                    root.display()
                )),
            );
            return None;
        }
    };
    if !canonical.starts_with(canonical_root.as_path()) {
        out.push(
            Diagnostic::new(
                Code::SourceOutsideRoot,
                format!(
                    "source `{}` leads outside the project root through a symlink",
                    path_excerpt(&a.source)
                ),
                here(),
            )
            .with_help("copy the article into the project instead of linking to it"),
        );
        return None;
    }
    if let Some(seeds) = seeds.as_ref().filter(|seeds| !canonical.starts_with(&seeds.canonical)) {
        out.push(
            Diagnostic::new(
                Code::SourceOutsideRoot,
                format!(
                    "source `{}` is outside the seeds directory `{}`",
                    path_excerpt(&a.source),
                    seeds.shown.display()
                ),
                here(),
            )
            .with_help(format!(
                "move the article into `{}`, or change the project's `seeds` setting",
                seeds.shown.display()
            )),
        );
        return None;
    }
    let unreadable = |error: ReadError| {
        let help = match error {
            ReadError::NotUtf8 { .. } | ReadError::Binary { .. } | ReadError::Utf16 => {
                "store the article as UTF-8 text"
            }
            ReadError::TooLarge { .. } => "store only the article's text",
            ReadError::Io(_) => "check the file's permissions",
            ReadError::NotAFile { .. } => "point `source` at the article's text file",
        };
        Diagnostic::new(
            Code::SourceUnreadable,
            format!("cannot read source `{}`: {}", path_excerpt(&a.source), error.describe()),
            here(),
        )
        .with_help(help)
    };
    let read = match opened {
        Some(file) => read_opened(file, MAX_SOURCE_FILE_BYTES),
        None => read_bytes(&path, MAX_SOURCE_FILE_BYTES),
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(error) => {
            out.push(unreadable(error));
            return None;
        }
    };
    // The pin is on the file as stored, byte-order mark and all.
    let actual = hex(&Sha256::digest(&bytes));
    if actual != a.sha256 && is_sha256(&a.sha256) {
        out.push(
            Diagnostic::new(Code::SourceChanged, format!("source `{}` changed since it was curated", path_excerpt(&a.source)), at(corpus, article, "sha256"))
                .with_help(format!(
                    "its sha256 is now `{actual}`; review the claims of article `{}` against the new text, then record the new sha256",
                    a.id
                )),
        );
    }
    let text = match decode(bytes) {
        Ok(text) => text,
        Err(error) => {
            out.push(unreadable(error));
            return None;
        }
    };
    Some(LoadedSource {
        path,
        anchor: anchor::Source::from(text),
    })
}

/// Lower-case hex digits of `bytes`.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * bytes.len());
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// `root/relative`, without a leading `./` when the root is the current directory.
fn display_join(root: &Path, relative: &Path) -> PathBuf {
    if root.as_os_str().is_empty() || root == Path::new(".") {
        relative.to_path_buf()
    } else {
        root.join(relative)
    }
}
