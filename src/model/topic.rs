use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::schema::Id;

/// A subject several outlets report on, with the neutral propositions claims take stances on.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    #[schemars(with = "Id")]
    pub id: String,
    /// A short neutral heading.
    pub title: String,
    /// What the topic covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Neutral statements claims on this topic take stances on.
    #[serde(default)]
    pub propositions: Vec<Proposition>,
}

/// A neutral statement (e.g. "US forces will leave Syria.") that claims support or oppose.
/// Proposition ids are unique across all topics so a claim can name one without its topic.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Proposition {
    /// Unique across all topics.
    #[schemars(with = "Id")]
    pub id: String,
    /// The statement, worded neutrally.
    pub text: String,
}
