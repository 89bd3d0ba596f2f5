use serde::{Deserialize, Serialize};

use super::PartialDate;

/// One stored source article, pinned to the exact bytes it was curated from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub outlet: String,
    pub title: String,
    /// Path of the stored text, relative to the project root.
    pub source: String,
    /// Lower-case hex SHA-256 of the source file at curation time.
    pub sha256: String,
    pub published: Published,
    /// The dateline exactly as printed (e.g. "SOCHI, October 23").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A publication date no more precise than the source gives, with the reasoning behind it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    pub date: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
