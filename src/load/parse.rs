use std::path::Path;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::model::{ClaimFile, LoadedFile};

use super::read::{MAX_CLAIM_FILE_BYTES, ReadError, read_text};

pub enum FileResult {
    Parsed(LoadedFile, Box<ClaimFile>, Vec<Diagnostic>),
    /// The file could not become a model; its text is kept when it was read.
    Failed(Option<LoadedFile>, Vec<Diagnostic>),
}

pub fn load_file(path: &Path) -> FileResult {
    let text = match read_text(path, MAX_CLAIM_FILE_BYTES) {
        Ok(text) => text,
        Err(error) => return read_failure(path, &error),
    };
    let file = LoadedFile {
        path: path.to_path_buf(),
        text,
    };
    if is_blank(&file.text) {
        let warning = Diagnostic::new(Code::EmptyFile, "claim file holds no definitions", Location::file(path))
            .with_help("add outlets, speakers, topics, articles or claims, or delete the file");
        return FileResult::Parsed(file, Box::default(), vec![warning]);
    }
    if let Some(offset) = super::nesting::too_deep(&file.text, super::nesting::MAX_FLOW_DEPTH) {
        let limit = super::nesting::MAX_FLOW_DEPTH;
        let diagnostic = Diagnostic::new(
            Code::YamlLimit,
            format!("collections nested more than {limit} levels deep"),
            Location::bytes(path, offset..offset + 1),
        )
        .with_help("claim files need only a few levels of nesting; check for unbalanced brackets");
        return FileResult::Failed(Some(file), vec![diagnostic]);
    }
    match serde_yaml::from_str::<ClaimFile>(&file.text) {
        Ok(parsed) => FileResult::Parsed(file, Box::new(parsed), Vec::new()),
        Err(error) => {
            let diagnostic = yaml_error(path, &file.text, &error);
            FileResult::Failed(Some(file), vec![diagnostic])
        }
    }
}

/// True when the file has no YAML content: only whitespace and comments.
fn is_blank(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|line| line.is_empty() || line.starts_with('#') || line == "---")
}

fn read_failure(path: &Path, error: &ReadError) -> FileResult {
    let message = format!("cannot read claim file: {}", error.describe());
    let (code, location, help, text) = match error {
        ReadError::Io(_) => (
            Code::FileUnreadable,
            Location::file(path),
            "check the file's permissions and that it is not a broken symlink",
            None,
        ),
        ReadError::TooLarge { .. } => (
            Code::FileTooLarge,
            Location::file(path),
            "split the claims into several files under `claims/`",
            None,
        ),
        ReadError::Binary { offset } => (
            Code::InvalidEncoding,
            Location::file(path),
            "claim files are YAML text; move binary files out of `claims/`",
            Some(*offset),
        ),
        ReadError::NotUtf8 { offset, .. } => (
            Code::InvalidEncoding,
            Location::bytes(path, *offset..*offset),
            "save the file as UTF-8",
            Some(*offset),
        ),
    };
    let diagnostic = Diagnostic::new(code, message, location).with_help(help);
    // Keep the valid prefix so the position of the bad byte can be shown as line:col.
    let kept = match (error, text) {
        (ReadError::NotUtf8 { valid, .. }, Some(_)) => Some(LoadedFile {
            path: path.to_path_buf(),
            text: valid.clone(),
        }),
        _ => None,
    };
    FileResult::Failed(kept, vec![diagnostic])
}

/// Serde and libyaml report one error per file; it names the path and position of the fault.
fn yaml_error(path: &Path, text: &str, error: &serde_yaml::Error) -> Diagnostic {
    let full = error.to_string();
    let mut message = match error.location() {
        Some(at) => full
            .trim_end_matches(&format!(" at line {} column {}", at.line(), at.column()))
            .to_string(),
        None => full.clone(),
    };
    let code = classify(&message);
    let help = match code {
        Code::YamlLimit => "claim files need neither deep nesting nor aliases; write the values out",
        Code::SchemaViolation => schema_help(&message),
        _ => "fix the YAML syntax at this position (check indentation, quoting and `: ` inside values)",
    };
    if code == Code::YamlSyntax {
        message = format!("invalid YAML: {message}");
    }
    let location = match error.location() {
        Some(at) => Location::bytes(path, token_at(text, at.index())),
        None => Location::file(path),
    };
    Diagnostic::new(code, message, location).with_help(help)
}

fn classify(message: &str) -> Code {
    const SCHEMA: [&str; 8] = [
        "unknown field",
        "missing field",
        "duplicate field",
        "invalid type",
        "invalid value",
        "invalid length",
        "unknown variant",
        "invalid date",
    ];
    if message.contains("recursion limit exceeded") || message.contains("repetition limit exceeded") {
        Code::YamlLimit
    } else if SCHEMA.iter().any(|phrase| message.contains(phrase)) {
        Code::SchemaViolation
    } else {
        Code::YamlSyntax
    }
}

fn schema_help(message: &str) -> &'static str {
    if message.contains("unknown field") {
        "remove the field or correct its spelling; the claim-file format is in docs/format.md"
    } else if message.contains("missing field") {
        "add the required field"
    } else if message.contains("duplicate field") {
        "a key may appear once per mapping; remove one of them"
    } else if message.contains("unknown variant") {
        "use one of the values listed"
    } else {
        "give the field a value of the expected type"
    }
}

/// The range of the token starting at `start`: up to the end of the line, a `:` key separator
/// or the end of a flow item, so the caret underlines the offending word, not one character.
fn token_at(text: &str, start: usize) -> std::ops::Range<usize> {
    let start = start.min(text.len());
    let rest = text.get(start..).unwrap_or("");
    let len = rest
        .char_indices()
        .find(|&(i, c)| {
            c == '\n'
                || c == '\r'
                || c == ','
                || (c == ':' && rest[i + 1..].starts_with([' ', '\n', '\r']))
                || c == '}'
                || c == ']'
        })
        .map_or(rest.len(), |(i, _)| i);
    start..start + rest[..len].trim_end().len()
}
