use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::Dated;
use super::schema::{CapturedTime, ExternalIds, Id, LanguageTag, Sha256};

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
    /// Where the article was published, if known. Two articles with the same URL, compared
    /// after normalisation (docs/format.md), are the same article entered twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url)]
    pub url: Option<String>,
    /// The language the article is written in (a BCP 47 tag: `en`, `ar`, `ru`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<LanguageTag>")]
    pub language: Option<String>,
    /// When the stored source was taken: `YYYY-MM-DD`, or an RFC 3339 time such as
    /// `2014-09-05T10:22:00Z`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<CapturedTime>")]
    pub captured: Option<String>,
    /// The article's ids in other datasets, by dataset: `emergent: 123`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(with = "ExternalIds")]
    pub ids: BTreeMap<String, ExternalId>,
}

/// An id in another dataset: text, or a whole number written plainly (`emergent: 123`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(transparent)]
pub struct ExternalId(pub String);

impl ExternalId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
