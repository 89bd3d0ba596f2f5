use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PartialDate;
use super::schema::Id;

/// One statement in one article, anchored to its exact passage in the source.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    #[schemars(with = "Id")]
    pub id: String,
    /// Id of the article the statement appears in.
    #[schemars(with = "Id")]
    pub article: String,
    /// Who speaks; absent for narration, where the outlet itself speaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Id>")]
    pub speaker: Option<String>,
    pub mode: Mode,
    /// The outlet's attribution verb as printed (said, stressed, claimed, alleged...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<String>,
    /// The exact passage in the source.
    #[schemars(length(min = 1))]
    pub quote: String,
    /// Text immediately before the passage, to pick one of several occurrences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Text immediately after the passage, to pick one of several occurrences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    /// 1-based occurrence of the passage, counted after `prefix` and `suffix` filtering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1))]
    pub occurrence: Option<usize>,
    /// Ids of the topics the statement is about.
    #[schemars(with = "Vec<Id>", length(min = 1))]
    pub topics: Vec<String>,
    /// The statement's positions on the topics' propositions.
    #[serde(default)]
    pub stances: Vec<StanceOn>,
    /// The speaker's role as this article gives it, when it differs from the speaker record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_role: Option<String>,
    /// When the statement was made, if the article says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub said_on: Option<PartialDate>,
    /// The statement in brief, for comparison tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The curator's remarks: context, doubts, decisions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

/// How the outlet carries the statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// The speaker's own words, in quotation marks.
    Quote,
    /// The speaker's statement in the outlet's words.
    Paraphrase,
    /// The outlet asserting something in its own voice.
    Narration,
}

/// A claim's position on one proposition.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StanceOn {
    /// Id of a proposition defined under any topic.
    #[schemars(with = "Id")]
    pub proposition: String,
    pub stance: Stance,
}

/// Whether a claim asserts, denies or merely reports a proposition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// The claim asserts the proposition.
    Supports,
    /// The claim denies the proposition.
    Opposes,
    /// The claim bears on the proposition without taking a side.
    Neutral,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Quote => "quote",
            Mode::Paraphrase => "paraphrase",
            Mode::Narration => "narration",
        }
    }
}

impl Stance {
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Opposes => "opposes",
            Stance::Neutral => "neutral",
        }
    }
}
