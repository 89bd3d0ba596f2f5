use serde::{Deserialize, Serialize};

/// A subject several outlets report on, with the neutral propositions claims take stances on.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub propositions: Vec<Proposition>,
}

/// A neutral statement (e.g. "US forces will leave Syria.") that claims support or oppose.
/// Proposition ids are unique across all topics so a claim can name one without its topic.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Proposition {
    pub id: String,
    pub text: String,
}
