use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::schema::{CountryCode, Domain, Id};

/// A news organisation whose articles are curated.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outlet {
    #[schemars(with = "Id")]
    pub id: String,
    /// The outlet's name as it presents itself.
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the country the outlet is based in, or `unknown`.
    #[schemars(with = "CountryCode")]
    pub country: String,
    pub ownership: Ownership,
    /// Free text: broadcaster, news agency, newspaper, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The outlet's home page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub homepage: Option<String>,
    /// The web domains the outlet publishes under (`tass.com`), to recognise its articles by URL.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(with = "Vec<Domain>")]
    pub domains: Vec<String>,
}

/// What `country` says when the outlet's country is not established.
pub const UNKNOWN_COUNTRY: &str = "unknown";

/// Who owns or funds the outlet: the first thing a reader weighs a report by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Ownership {
    /// Owned by a state or its agencies.
    StateOwned,
    /// Privately or independently owned but funded mainly by a state.
    StateFunded,
    /// A public broadcaster with legal editorial independence.
    PublicService,
    /// Owned by private persons or companies.
    Private,
    /// Run by a nonprofit organisation.
    Nonprofit,
    /// Ownership not established.
    Unknown,
}
