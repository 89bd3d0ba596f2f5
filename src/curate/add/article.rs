//! `crossclaim add article SOURCE --outlet ID`: a stored source becomes an article pinned by its
//! sha256, in a file of its own with an empty list for its claims.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::check::Index;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::edit::{EditError, Written, create, sequence_item};
use crate::load::{MAX_SOURCE_FILE_BYTES, ReadError, decode, read_bytes};
use crate::model::{Article, ClaimFile, PartialDate, Published};

use super::super::loaded::located;
use super::super::{Curated, Refusal, slug, unique};
use super::findings::{duplicate, invalid_id, unknown};

/// What the curator asked for; everything but the source and outlet has a default.
#[derive(Debug, Clone)]
pub struct ArticleRequest {
    pub source: PathBuf,
    pub outlet: String,
    pub id: Option<String>,
    pub title: Option<String>,
    pub published: Option<PartialDate>,
    pub url: Option<String>,
    pub dateline: Option<String>,
    /// Copy a source from outside the seeds directory into it.
    pub copy: bool,
}

/// The new article and the files written for it.
#[derive(Debug)]
pub struct ArticleAdded {
    pub article: Article,
    /// The source copied into the seeds directory, with `--copy`.
    pub copied: Option<Written>,
    pub file: Written,
}

/// Words of the title in a generated id.
const TITLE_WORDS: usize = 6;

/// Words that end no id: `...-stationed-in` reads as cut off.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

pub fn add_article(curated: &Curated, request: &ArticleRequest) -> Result<ArticleAdded, Refusal> {
    let layout = &curated.layout;
    let corpus = &curated.loaded.corpus;
    let index = Index::new(corpus);
    let mut found = Vec::new();
    if !index.outlets.contains_key(request.outlet.as_str()) {
        found.push(unknown(
            "outlet",
            &request.outlet,
            index.outlets.keys(),
            &layout.definitions_file("outlets"),
        ));
    }
    if let Some(id) = &request.id {
        found.extend(invalid_id("article", id, &layout.article_file(id)));
        found.extend(duplicate(corpus, "article", id));
    }
    let placed = place_source(curated, request);
    let source = match placed {
        Ok(source) => Some(source),
        Err(diagnostic) => {
            found.push(diagnostic);
            None
        }
    };
    let (Some(source), true) = (source, found.is_empty()) else {
        let texts = corpus.files.iter().map(|f| (f.path.clone(), f.text.clone())).collect();
        return Err(located(found, texts));
    };
    let title = match request.title.clone().or_else(|| first_line(&source.text)) {
        Some(title) => title,
        None => {
            return Err(located(
                vec![
                    Diagnostic::new(
                        Code::InvalidValue,
                        "the source has no text to take a title from",
                        Location::file(&request.source),
                    )
                    .with_help("give the headline with `--title`"),
                ],
                Default::default(),
            ));
        }
    };
    let published = request.published.unwrap_or(PartialDate::Unknown);
    let id = request.id.clone().unwrap_or_else(|| {
        let date = match published {
            PartialDate::Unknown => String::new(),
            date => format!("-{date}"),
        };
        let mut words: Vec<String> = slug(&title, TITLE_WORDS).split('-').map(str::to_string).collect();
        while words.last().is_some_and(|w| STOPWORDS.contains(&w.as_str())) {
            words.pop();
        }
        let base = format!("{}{date}-{}", request.outlet, words.join("-"));
        let base = base.trim_end_matches('-');
        unique(base, |id| {
            index.articles.contains_key(id) || layout.article_file(id).symlink_metadata().is_ok()
        })
    });
    let article = Article {
        id: id.clone(),
        outlet: request.outlet.clone(),
        title,
        source: source.recorded.clone(),
        sha256: source.sha256.clone(),
        published: Published {
            date: published,
            note: None,
        },
        dateline: request.dateline.clone(),
        url: request.url.clone(),
    };
    let path = layout.article_file(&id);
    let text = article_file(curated, &path, &article)?;
    let copied = match &source.copy_to {
        Some(target) => Some(create(target, &layout.root, &source.bytes)?),
        None => None,
    };
    let file = match create(&path, &layout.root, text.as_bytes()) {
        Ok(file) => file,
        Err(error) => {
            // The copy was made for this article only; without it, it would be a stray file.
            if let Some(copied) = &copied {
                let _ = std::fs::remove_file(&copied.path);
            }
            return Err(error.into());
        }
    };
    Ok(ArticleAdded { article, copied, file })
}

/// The article's own claim file, read back to make sure it holds exactly the article.
fn article_file(curated: &Curated, path: &Path, article: &Article) -> Result<String, Refusal> {
    let unplaceable = |reason: String| Refusal::Unplaceable {
        path: path.to_path_buf(),
        reason,
    };
    let lines = sequence_item(article).map_err(|e| unplaceable(e.to_string()))?;
    // Dates are quoted, as in every bundled file: YAML 1.1 readers take `2021-06-22` for a
    // timestamp, not the string the schema asks for.
    let date = format!("date: {}", article.published.date);
    let item: Vec<String> = lines
        .iter()
        .map(|line| match line.strip_suffix(&date) {
            Some(indent) if indent.trim().is_empty() => format!("  {indent}date: \"{}\"", article.published.date),
            _ => format!("  {line}"),
        })
        .collect();
    let text = format!(
        "{}\narticles:\n{}\n\n# The article's claims go here, in place of `[]`. These list the quotations in its source\n# and print claim stubs to paste here:\n#   crossclaim quotes {id}\n#   crossclaim quotes {id} --format yaml\nclaims: []\n",
        curated.layout.schema_line(path),
        item.join("\n"),
        id = article.id,
    );
    let parsed: ClaimFile = serde_yaml::from_str(&text).map_err(|e| unplaceable(e.to_string()))?;
    match parsed.articles.as_slice() {
        [one] if one.id == article.id && one.sha256 == article.sha256 && one.title == article.title => Ok(text),
        _ => Err(unplaceable(
            "the new file does not read back as the article".to_string(),
        )),
    }
}

/// A source ready to be recorded: where it is (or will be copied to) and what it holds.
struct Placed {
    /// The path relative to the project root, as the article records it.
    recorded: String,
    copy_to: Option<PathBuf>,
    bytes: Vec<u8>,
    text: String,
    sha256: String,
}

/// Checks the source is a readable text file in the seeds directory, or can be copied there.
// The finding is the result: it is reported as it is, never passed along.
#[allow(clippy::result_large_err)]
fn place_source(curated: &Curated, request: &ArticleRequest) -> Result<Placed, Diagnostic> {
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
    let metadata = std::fs::metadata(&request.source).map_err(|error| {
        Diagnostic::new(
            Code::SourceMissing,
            format!("source `{shown}` cannot be found: {}", error.to_string().to_lowercase()),
            here(),
        )
        .with_help("give the path of the article's text file, relative to the current directory")
    })?;
    if !metadata.is_file() {
        return Err(unreadable(ReadError::Io(std::io::Error::other(
            "it is not a regular file",
        ))));
    }
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

/// The first line with text, whitespace collapsed: the headline of most captured articles.
fn first_line(text: &str) -> Option<String> {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|line| !line.is_empty())
}
