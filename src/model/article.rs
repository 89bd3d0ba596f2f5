use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Dated;
use super::schema::{Id, LanguageTag, Sha256};

/// One stored source article, pinned to the exact bytes it was curated from.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Article {
    #[schemars(with = "Id")]
    pub id: String,
    /// Id of the outlet that published the article.
    #[schemars(with = "Id")]
    pub outlet: String,
    /// The headline as printed.
    pub title: String,
    /// Path of the stored text, relative to the project root.
    pub source: String,
    /// Lower-case hex SHA-256 of the source file at curation time.
    #[schemars(with = "Sha256")]
    pub sha256: String,
    /// When the article was published, with what shows it.
    pub published: Dated,
    /// The dateline exactly as printed (e.g. "SOCHI, October 23"), which may disagree with
    /// the publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// Where the article was published, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The language the article is written in (a BCP 47 tag: `en`, `ar`, `ru`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<LanguageTag>")]
    pub language: Option<String>,
}
