//! One claim file: read it, parse it into the YAML tree, decode its definitions.

use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{Corpus, FailedFile, LoadedFile};
use crate::yaml::{self, Resolved, YamlErrorKind};

use super::read::{MAX_CLAIM_FILE_BYTES, ReadError, decode, read_text};
use super::sections;

// One per file, collected and consumed at once: boxing the corpus would only add an allocation
// per file.
#[allow(clippy::large_enum_variant)]
pub enum FileResult {
    /// The file parsed; the definitions without errors loaded, the diagnostics say what did not.
    Loaded(LoadedFile, Corpus, Vec<Diagnostic>),
    /// The file could not be parsed; its text is kept when it was read.
    Failed(Option<FailedFile>, Vec<Diagnostic>),
}

/// Reads and loads the claim file at `path`.
pub fn load_file(path: &Path) -> FileResult {
    match read_text(path, MAX_CLAIM_FILE_BYTES) {
        Ok(text) => load_text(path, text),
        Err(error) => read_failure(path, &error),
    }
}

/// Loads a claim file's bytes, given rather than read (standard input), as if read from `path`.
pub fn load_bytes(path: &Path, bytes: Vec<u8>) -> FileResult {
    if bytes.len() as u64 > MAX_CLAIM_FILE_BYTES {
        let error = ReadError::TooLarge {
            size: bytes.len() as u64,
            limit: MAX_CLAIM_FILE_BYTES,
        };
        return read_failure(path, &error);
    }
    match decode(bytes) {
        Ok(text) => load_text(path, text),
        Err(error) => read_failure(path, &error),
    }
}

/// Loads a claim file's text, as if read from `path` (which only names it in findings), for
/// files, standard input, editors' buffers and fuzzing alike.
pub fn load_text(path: &Path, text: String) -> FileResult {
    let mut file = LoadedFile {
        path: path.to_path_buf(),
        text,
        released: false,
        omitted: 0,
    };
    let doc = match yaml::parse(&file.text) {
        Ok(doc) => doc,
        Err(error) => {
            let code = match error.kind {
                YamlErrorKind::Syntax => Code::YamlSyntax,
                YamlErrorKind::Limit => Code::YamlLimit,
            };
            let diagnostic =
                Diagnostic::new(code, error.message, Location::bytes(path, error.span.clone())).with_help(error.help);
            let failed = FailedFile {
                file,
                cause: error.span,
            };
            return FileResult::Failed(Some(failed), vec![diagnostic]);
        }
    };
    let root = doc.root().filter(|&root| {
        let value = doc.node(root).as_scalar();
        !value.is_some_and(|scalar| scalar.resolve() == Resolved::Null && doc.node(root).tag().is_none())
    });
    let Some(root) = root else {
        let warning = Diagnostic::new(Code::EmptyFile, "claim file holds no definitions", Location::file(path))
            .with_help("add outlets, speakers, topics, articles or claims, or delete the file");
        return FileResult::Loaded(file, Corpus::default(), vec![warning]);
    };
    let (definitions, diagnostics, omitted) = sections::decode(path, &doc, root);
    file.omitted = omitted;
    FileResult::Loaded(file, definitions, diagnostics)
}

fn read_failure(path: &Path, error: &ReadError) -> FileResult {
    let message = format!("cannot read claim file: {}", error.describe());
    let (code, location, help) = match error {
        ReadError::Io(_) => (
            Code::FileUnreadable,
            Location::file(path),
            "check the file's permissions and that it is not a broken symlink",
        ),
        ReadError::NotAFile { .. } => (
            Code::FileUnreadable,
            Location::file(path),
            "claim files must be regular files; remove or rename this entry",
        ),
        ReadError::TooLarge { .. } => (
            Code::FileTooLarge,
            Location::file(path),
            "split the claims into several files under `claims/`",
        ),
        ReadError::Binary { .. } => (
            Code::InvalidEncoding,
            Location::file(path),
            "claim files are YAML text; move binary files out of `claims/`",
        ),
        ReadError::Utf16 => (
            Code::InvalidEncoding,
            Location::file(path),
            "save the file as UTF-8 (in most editors: Save with Encoding, or File > Save As with encoding UTF-8)",
        ),
        ReadError::NotUtf8 { offset, .. } => (
            Code::InvalidEncoding,
            Location::bytes(path, *offset..*offset),
            "save the file as UTF-8",
        ),
    };
    let diagnostic = Diagnostic::new(code, message, location).with_help(help);
    // Keep the valid prefix so the position of the bad byte can be shown as line:col.
    let kept = match error {
        ReadError::NotUtf8 { valid, offset } => Some(FailedFile {
            file: LoadedFile {
                path: path.to_path_buf(),
                text: valid.clone(),
                released: false,
                omitted: 0,
            },
            cause: *offset..*offset,
        }),
        _ => None,
    };
    FileResult::Failed(kept, vec![diagnostic])
}
