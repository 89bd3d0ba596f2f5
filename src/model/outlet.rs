use serde::{Deserialize, Serialize};

/// A news organisation whose articles are curated.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    pub id: String,
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the country the outlet is based in.
    pub country: String,
    pub ownership: Ownership,
    /// Free text: broadcaster, news agency, newspaper, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
}

/// Who owns or funds the outlet: the first thing a reader weighs a report by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ownership {
    StateOwned,
    StateFunded,
    PublicService,
    Private,
    Nonprofit,
    Unknown,
}
