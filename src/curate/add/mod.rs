//! `crossclaim add article|outlet|speaker|topic`: a new definition, checked against the
//! project's like `check` would, written without touching any other byte.

mod article;
mod definition;
mod findings;
mod source;

pub use article::{ArticleAdded, ArticleRequest, add_article, article_item};
pub use definition::{add_outlet, add_speaker, add_topic};

/// An article id that is not defined, with the nearest one.
pub fn unknown_article(
    id: &str,
    known: impl Iterator<Item = impl AsRef<str>>,
    claims: &std::path::Path,
) -> crate::diagnostic::Diagnostic {
    let diagnostic = findings::unknown("article", id, known, claims);
    match diagnostic.help.as_deref() {
        Some(help) if help.starts_with("did you mean") => diagnostic,
        _ => diagnostic.with_help("no article has this id; `crossclaim quotes` lists every article"),
    }
}
