use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PartialDate;

/// A date no more precise than the source gives, with what it rests on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dated {
    pub date: PartialDate,
    /// What shows the date: the article's address, a page's date stamp, the text, another
    /// outlet's report, or an inference from these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// How the date was established, where it is inferred or disputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Dated {
    /// A date with nothing recorded about where it comes from.
    pub fn bare(date: PartialDate) -> Dated {
        Dated {
            date,
            evidence: Vec::new(),
            note: None,
        }
    }
}

/// One thing a date rests on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    /// What it shows, in the curator's words: "the address carries /2021/07/10/".
    pub shows: String,
    /// Where it can be seen, if it is on the web.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// Where a date's evidence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum EvidenceKind {
    /// The article's own address carries the date.
    Url,
    /// The published page shows or declares a date.
    Page,
    /// The article's text: a dateline, a weekday, "on Thursday".
    Text,
    /// Another outlet's report of the same article or statement.
    Outlet,
    /// Reasoning from other evidence; `shows` says what it rests on.
    Inference,
}

impl EvidenceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::Url => "url",
            EvidenceKind::Page => "page",
            EvidenceKind::Text => "text",
            EvidenceKind::Outlet => "outlet",
            EvidenceKind::Inference => "inference",
        }
    }
}

/// Reads `said_on` written either as a date or as a date with its evidence.
pub(super) fn date_or_dated<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Box<Dated>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Written {
        Date(PartialDate),
        Dated(Dated),
    }
    Ok(match Option::<Written>::deserialize(deserializer)? {
        None => None,
        Some(Written::Date(date)) => Some(Box::new(Dated::bare(date))),
        Some(Written::Dated(dated)) => Some(Box::new(dated)),
    })
}
