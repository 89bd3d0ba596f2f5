use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Article, Claim, Outlet, Speaker, Topic};

/// One YAML file under `claims/`. Any file may hold any section, so a project can keep shared
/// definitions apart from per-article claims.
#[derive(Debug, Clone, Default, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "crossclaim claim file")]
pub struct ClaimFile {
    /// News organisations whose articles are curated.
    #[serde(default)]
    pub outlets: Vec<Outlet>,
    /// People and institutions whose words articles report.
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    /// Subjects several outlets report on, with their propositions.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Stored source articles under `seeds/`.
    #[serde(default)]
    pub articles: Vec<Article>,
    /// Statements in the articles, each anchored to its exact passage.
    #[serde(default)]
    pub claims: Vec<Claim>,
}
