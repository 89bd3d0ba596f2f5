//! `crossclaim import csv`: a stance dataset (Emergent, FNC-1 and the like: one row per
//! outlet's article and its stance on a claim) becomes a complete project: outlets, topics and
//! propositions, one stored source and article per article, and a claim quoting each, with ids
//! derived and made unique. Every row is accounted for. Importing the same file again adds
//! nothing; a grown file adds only its new rows.

mod mapping;
mod outcome;
mod plan;
mod rows;
mod write;

use std::path::{Path, PathBuf};

use crate::curate::{Curated, Refusal, init, load};
use crate::edit::Written;
use crate::error::Error;
use crate::project::{Project, Request};

pub use mapping::{FIELDS, Mapping, MappingError, MappingFlags};
pub use outcome::Outcome;
pub use plan::source_text;
pub use rows::{Place, read_rows};

/// The largest CSV file read: it is read whole, and a row becomes a file of its own.
pub const MAX_CSV_BYTES: u64 = 1024 * 1024 * 1024;

/// What to import, and where.
#[derive(Debug, Clone)]
pub struct ImportRequest {
    pub csv: PathBuf,
    pub mapping_file: Option<PathBuf>,
    pub flags: MappingFlags,
    /// The project to import into; the current one when absent.
    pub into: Option<PathBuf>,
}

/// What an import did.
#[derive(Debug)]
pub struct ImportReport {
    pub csv: PathBuf,
    pub root: PathBuf,
    /// The project was created for the import.
    pub created: bool,
    pub outcomes: Vec<Outcome>,
    pub added: Added,
    pub files: Vec<Written>,
    pub article_files: usize,
    pub sources: usize,
    /// Where article files and sources are created.
    pub articles_dir: PathBuf,
    pub seeds_dir: PathBuf,
}

/// How many definitions the import added, by kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    pub outlets: usize,
    pub topics: usize,
    pub propositions: usize,
    pub articles: usize,
    pub claims: usize,
}

/// Why nothing was imported.
#[derive(Debug)]
pub enum ImportError {
    /// The mapping or the file cannot be used: exit 2, nothing written.
    Usage(MappingError),
    /// The project could not be read or written.
    Refused(Refusal),
    /// The project it goes into cannot be used (its configuration, say).
    Project(Error),
}

impl From<Refusal> for ImportError {
    fn from(refusal: Refusal) -> ImportError {
        ImportError::Refused(refusal)
    }
}

pub fn import(request: &ImportRequest) -> Result<ImportReport, ImportError> {
    let mapping_text = match &request.mapping_file {
        Some(path) => Some((path.as_path(), read(path, "mapping file")?)),
        None => None,
    };
    let mapping = Mapping::build(
        mapping_text.as_ref().map(|(path, text)| (*path, text.as_str())),
        &request.flags,
    )
    .map_err(ImportError::Usage)?;
    let input = crate::load::read_bytes(&request.csv, MAX_CSV_BYTES).map_err(|error| {
        ImportError::Usage(MappingError {
            message: format!("cannot read `{}`: {}", request.csv.display(), error.describe()),
            help: "give a CSV file of at most 1 GiB; split a larger dataset and import the parts one after the other"
                .to_string(),
        })
    })?;
    let rows = read_rows(&input, &mapping).map_err(|error| {
        ImportError::Usage(MappingError {
            message: format!("{}: {}", request.csv.display(), error.message),
            help: error.help,
        })
    })?;
    let root = request.into.clone().unwrap_or_else(|| PathBuf::from("."));
    let created = !is_project(&root);
    if created {
        init(&root)?;
    }
    let project = Project::resolve(&Request {
        root: request.into.clone(),
        ..Request::default()
    })
    .map_err(ImportError::Project)?;
    let curated = load(project)?;
    let file = request.csv.file_name().map_or_else(
        || request.csv.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let plan = plan_for(&curated, rows, &file);
    let wrote = write::write(&curated, &plan)?;
    let added = Added {
        outlets: plan.outlets.len(),
        topics: plan.topics.len(),
        propositions: plan.topics.iter().map(|t| t.propositions.len()).sum(),
        articles: plan.articles.len(),
        claims: plan.articles.iter().map(|a| a.claims.len()).sum::<usize>()
            + plan.appended.iter().map(|(_, c)| c.len()).sum::<usize>(),
    };
    Ok(ImportReport {
        csv: request.csv.clone(),
        root: curated.layout.root.clone(),
        created,
        outcomes: plan.outcomes,
        added,
        files: wrote.files,
        article_files: wrote.article_files,
        sources: wrote.sources,
        articles_dir: curated.layout.claims.join("articles"),
        seeds_dir: curated.layout.seeds.clone(),
    })
}

fn plan_for(curated: &Curated, rows: Vec<rows::RowRead>, file: &str) -> plan::Plan {
    let layout = &curated.layout;
    let read_source = |article: &crate::model::Article| std::fs::read_to_string(layout.root.join(&article.source)).ok();
    let mut named = std::collections::HashSet::new();
    let mut source_path = |id: &str, text: &str| {
        // `seeds/ID.txt`, unless a file with other text has that name.
        let mut n = 1;
        loop {
            let name = if n == 1 {
                format!("{id}.txt")
            } else {
                format!("{id}-{n}.txt")
            };
            let path = layout.seeds.join(&name);
            let free = match std::fs::read(&path) {
                Ok(bytes) => bytes == text.as_bytes(),
                Err(_) => true,
            };
            if free && named.insert(name) {
                return layout.relative(&path).unwrap_or_else(|| path.display().to_string());
            }
            n += 1;
        }
    };
    plan::plan(rows, &curated.loaded.corpus, file, &read_source, &mut source_path)
}

/// Whether `root` holds a project: a `crossclaim.toml` or a `claims/` directory.
fn is_project(root: &Path) -> bool {
    root.join("crossclaim.toml").is_file() || root.join(crate::project::CLAIMS_DIR).is_dir()
}

fn read(path: &Path, what: &str) -> Result<String, ImportError> {
    std::fs::read_to_string(path).map_err(|error| cannot_read(path, what, &error))
}

fn cannot_read(path: &Path, what: &str, error: &std::io::Error) -> ImportError {
    ImportError::Usage(MappingError {
        message: format!(
            "cannot read {what} `{}`: {}",
            path.display(),
            error.to_string().to_lowercase()
        ),
        help: "check the path and that the file is readable".to_string(),
    })
}
