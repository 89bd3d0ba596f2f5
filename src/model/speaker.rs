use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::schema::Id;

/// A person or institution whose words an article reports.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    #[schemars(with = "Id")]
    pub id: String,
    /// The person's or institution's name.
    pub name: String,
    /// Office or function, e.g. "Kremlin spokesman".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The government, party or organisation the speaker belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}
