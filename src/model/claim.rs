use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Dated;
use super::schema::{Id, LanguageTag, SaidOn};

/// One statement in one article, anchored to its exact passage in the source.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    #[schemars(with = "Id")]
    pub id: Box<str>,
    /// Id of the article the statement appears in.
    #[schemars(with = "Id")]
    pub article: Box<str>,
    /// Who speaks; absent for narration, where the outlet itself speaks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Id>")]
    pub speaker: Option<Box<str>>,
    pub mode: Mode,
    /// Where in the article the statement sits: the body (the default), the headline, a
    /// subheading or a photo caption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    /// The outlet's attribution verb as printed, from the verb on (said, stressed, claimed,
    /// went on to say...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verb: Option<Box<str>>,
    /// How the text attributes a quote or paraphrase that has no verb of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
    /// The outlet's own framing words around the statement, as printed: `so-called`,
    /// `purportedly`, or a word in scare quotes written with its quotation marks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub markers: Vec<String>,
    /// The exact passage in the source.
    #[schemars(length(min = 1))]
    pub quote: Box<str>,
    /// Text immediately before the passage, to pick one of several occurrences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<Box<str>>,
    /// Text immediately after the passage, to pick one of several occurrences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<Box<str>>,
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
    pub speaker_role: Option<Box<str>>,
    /// When the statement was made: a date, or a date with its evidence and a note.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::evidence::date_or_dated"
    )]
    #[schemars(with = "Option<SaidOn>")]
    // Boxed: most claims have none, and inline it would be an eighth of every claim's size.
    pub said_on: Option<Box<Dated>>,
    /// Id shared by the claims that report one utterance, across articles and outlets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Id>")]
    pub statement: Option<Box<str>>,
    /// The language of the quote, when it differs from the article's (a BCP 47 tag: `en`, `ar`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<LanguageTag>")]
    pub language: Option<Box<str>>,
    /// Id of the claim whose words this quote translates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<Id>")]
    pub translation_of: Option<Box<str>>,
    /// The statement in brief, for comparison tables.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Box<str>>,
    /// The curator's remarks: context, doubts, decisions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Box<str>>,
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
    /// How firmly the statement commits to its side, after FactBank: `certain` (the default),
    /// `probable` or `possible` ("may", "I think", "likely").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certainty: Option<Certainty>,
}

impl StanceOn {
    /// The certainty given, else `certain`.
    pub fn certainty(&self) -> Certainty {
        self.certainty.unwrap_or(Certainty::Certain)
    }
}

/// How firmly a statement commits to the side it takes, after FactBank's factuality scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// Said as a fact: "will", "is", "did".
    Certain,
    /// Said as likely: "I believe", "probably", "unlikely to".
    Probable,
    /// Said as one possibility: "may", "could", "I think ... may".
    Possible,
}

impl Certainty {
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Certain => "certain",
            Certainty::Probable => "probable",
            Certainty::Possible => "possible",
        }
    }

    /// Probable or possible: what views keep apart from firm statements.
    pub fn is_hedged(self) -> bool {
        self != Certainty::Certain
    }
}

/// Where in an article a statement sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Placement {
    /// The running text.
    Body,
    /// The article's headline.
    Headline,
    /// A subheading or standfirst inside or under the headline.
    Subheading,
    /// A photo caption.
    Caption,
}

impl Placement {
    pub fn as_str(self) -> &'static str {
        match self {
            Placement::Body => "body",
            Placement::Headline => "headline",
            Placement::Subheading => "subheading",
            Placement::Caption => "caption",
        }
    }
}

/// How a statement without a reporting verb of its own is attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Attribution {
    /// Only by where it stands: a quotation that follows the speaker's earlier words with no
    /// verb of its own.
    Context,
    /// By a name and a colon before it, as headlines and subheadings do: "Mekdad: ...".
    Label,
}

impl Attribution {
    pub fn as_str(self) -> &'static str {
        match self {
            Attribution::Context => "context",
            Attribution::Label => "label",
        }
    }
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

impl Claim {
    /// The date of the statement, if the claim gives one.
    pub fn said_on_date(&self) -> Option<super::PartialDate> {
        self.said_on.as_ref().map(|dated| dated.date)
    }
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
