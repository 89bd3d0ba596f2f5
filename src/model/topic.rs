use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::PartialDate;
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
    /// A fact-checker's or dataset's verdict on whether the statement is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
}

impl Proposition {
    /// The verdict as a reader sees it: `rated false by Snopes (2014-09)`. Called "rated", not
    /// "verdict", which in the views says whether the outlets agree.
    pub fn rating_label(&self) -> Option<String> {
        let verdict = self.verdict.as_ref()?;
        let collapse = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
        let (rating, by) = (collapse(verdict.rating.as_str()), collapse(&verdict.by));
        Some(match verdict.date {
            Some(date) => format!("rated {rating} by {by} ({date})"),
            None => format!("rated {rating} by {by}"),
        })
    }
}

/// A veracity verdict on a proposition, with who gave it: exported as a schema.org
/// `ClaimReview`.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Verdict {
    /// The rating as its author words it: `false`, `mostly true`, `unverified`...
    pub rating: Rating,
    /// Who gave the verdict, by name: a fact-checker, or the dataset that labels it.
    pub by: String,
    /// Where the verdict is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url)]
    pub url: Option<String>,
    /// When the verdict was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

/// A verdict's rating as written; a plain `true` or `false` is the rating `true` or `false`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct Rating(pub String);

impl Rating {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
