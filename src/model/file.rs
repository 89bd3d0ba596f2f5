use serde::{Deserialize, Serialize};

use super::{Article, Claim, Outlet, Speaker, Topic};

/// One YAML file under `claims/`. Any file may hold any section, so a project can keep shared
/// definitions apart from per-article claims.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimFile {
    #[serde(default)]
    pub outlets: Vec<Outlet>,
    #[serde(default)]
    pub speakers: Vec<Speaker>,
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub articles: Vec<Article>,
    #[serde(default)]
    pub claims: Vec<Claim>,
}
