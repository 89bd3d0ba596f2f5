//! `crossclaim add article SOURCE --outlet ID`: a stored source becomes an article pinned by its
//! sha256, in a file of its own with an empty list for its claims.

use std::path::{Path, PathBuf};

use crate::check::Index;
use crate::diagnostic::{Code, Diagnostic, Location};
use crate::edit::{Written, create, sequence_item};
use crate::model::{Article, Dated, PartialDate, is_capture_time, url_problem};

use super::super::loaded::located;
use super::super::read_back::read_back;
use super::super::{Curated, Refusal, article_id, unique};
use super::findings::{duplicate, invalid_id, unknown};
use super::source::place_source;

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
    /// When the stored source was taken.
    pub captured: Option<String>,
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
    if let Some(why) = request.url.as_deref().and_then(url_problem) {
        found.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("url `{}` {why}", request.url.as_deref().unwrap_or_default()),
                Location::file(&request.source),
            )
            .with_help("give the address the article was published at, e.g. `https://tass.com/politics/1086291`"),
        );
    }
    if let Some(captured) = request.captured.as_deref().filter(|c| !is_capture_time(c)) {
        found.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("`--captured` time `{captured}` is not a day or an RFC 3339 time"),
                Location::file(&request.source),
            )
            .with_help("write `YYYY-MM-DD`, or the time with seconds and offset, e.g. `2014-09-05T10:22:00Z`"),
        );
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
        unique(&article_id(&request.outlet, published, &title), |id| {
            index.articles.contains_key(id) || layout.article_file(id).symlink_metadata().is_ok()
        })
    });
    let article = Article {
        id: id.clone(),
        outlet: request.outlet.clone(),
        title,
        source: source.recorded.clone(),
        sha256: source.sha256.clone(),
        published: Dated::bare(published),
        dateline: request.dateline.clone(),
        url: request.url.clone(),
        captured: request.captured.clone(),
        ids: Default::default(),
        language: None,
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

/// The article as an item of a block list, as [`sequence_item`] gives it, with its publication
/// date quoted, as in every bundled file: YAML 1.1 readers take `2021-06-22` for a timestamp,
/// not the string the schema asks for.
pub fn article_item(article: &Article) -> Result<Vec<String>, serde_yaml::Error> {
    let date = format!("date: {}", article.published.date);
    Ok(sequence_item(article)?
        .into_iter()
        .map(|line| match line.strip_suffix(&date) {
            Some(indent) if indent.trim().is_empty() => format!("{indent}date: \"{}\"", article.published.date),
            _ => line,
        })
        .collect())
}

/// The article's own claim file, read back to make sure it holds exactly the article.
fn article_file(curated: &Curated, path: &Path, article: &Article) -> Result<String, Refusal> {
    let unplaceable = |reason: String| Refusal::Unplaceable {
        path: path.to_path_buf(),
        reason,
    };
    let lines = article_item(article).map_err(|e| unplaceable(e.to_string()))?;
    let item: Vec<String> = lines.iter().map(|line| format!("  {line}")).collect();
    let text = format!(
        "{}\narticles:\n{}\n\n# The article's claims go here, in place of `[]`. These list the quotations in its source\n# and print claim stubs to paste here:\n#   crossclaim quotes {id}\n#   crossclaim quotes {id} --format yaml\nclaims: []\n",
        curated.layout.schema_line(path),
        item.join("\n"),
        id = article.id,
    );
    let parsed = read_back(path, &text).map_err(unplaceable)?;
    match parsed.articles.as_slice() {
        [one]
            if one.value.id == article.id && one.value.sha256 == article.sha256 && one.value.title == article.title =>
        {
            Ok(text)
        }
        _ => Err(unplaceable(
            "the new file does not read back as the article".to_string(),
        )),
    }
}

/// The first line with text, whitespace collapsed: the headline of most captured articles.
fn first_line(text: &str) -> Option<String> {
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .find(|line| !line.is_empty())
}
