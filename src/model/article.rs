use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PartialDate;
use super::schema::{Id, Sha256};

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
    pub published: Published,
    /// The dateline exactly as printed (e.g. "SOCHI, October 23").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    /// Where the article was published, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A publication date no more precise than the source gives, with the reasoning behind it.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub date: PartialDate,
    /// How the date was established, where it is inferred or disputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
