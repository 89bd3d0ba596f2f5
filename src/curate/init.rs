//! `crossclaim init [DIR]`: a new project that checks clean, with a commented example in each
//! file and the schema editors validate against.

use std::path::{Path, PathBuf};

use crate::edit::{EditError, Written, create};
use crate::model::claim_file_schema;

use super::Refusal;
use super::layout::{Layout, SCHEMA_FILE, join};

/// What `init` wrote, and what it found already there and left as it was.
#[derive(Debug)]
pub struct InitReport {
    pub root: PathBuf,
    pub written: Vec<Written>,
    pub kept: Vec<PathBuf>,
}

const DEFINITIONS: [(&str, &str); 3] = [
    ("outlets", include_str!("templates/outlets.yaml")),
    ("speakers", include_str!("templates/speakers.yaml")),
    ("topics", include_str!("templates/topics.yaml")),
];

/// Creates the project's files in `root` (made if missing). Never overwrites: a file already
/// there is kept as it is and reported.
pub fn init(root: &Path) -> Result<InitReport, Refusal> {
    if root.exists() && !root.is_dir() {
        return Err(EditError::NotADirectory {
            path: root.to_path_buf(),
        }
        .into());
    }
    std::fs::create_dir_all(root).map_err(|error| EditError::Io {
        path: root.to_path_buf(),
        error,
    })?;
    let layout = Layout {
        root: root.to_path_buf(),
        claims: join(root, Path::new("claims")),
        seeds: join(root, Path::new("seeds")),
    };
    let mut files: Vec<(PathBuf, String)> = vec![(
        join(root, Path::new("crossclaim.toml")),
        include_str!("templates/crossclaim.toml").to_string(),
    )];
    for (section, template) in DEFINITIONS {
        let path = layout.definitions_file(section);
        files.push((path.clone(), format!("{}\n{template}", layout.schema_line(&path))));
    }
    files.push((
        layout.seeds.join("README.md"),
        include_str!("templates/seeds.md").to_string(),
    ));
    files.push((join(root, Path::new(SCHEMA_FILE)), claim_file_schema()));
    let mut report = InitReport {
        root: root.to_path_buf(),
        written: Vec::new(),
        kept: Vec::new(),
    };
    for (path, text) in files {
        match create(&path, root, text.as_bytes()) {
            Ok(written) => report.written.push(written),
            Err(EditError::Exists { path }) => report.kept.push(path),
            Err(error) => return Err(error.into()),
        }
    }
    Ok(report)
}
