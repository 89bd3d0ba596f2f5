//! One row per claim and stance, every attribute spelled out: the shape of the `csv` and
//! `jsonl` exports. A claim without stances is one row with no proposition.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::compare::{ClaimRef, Voice};
use crate::model::Day;

use super::Input;
use super::input::ownership_name;

/// The columns, in order. A new field is added to [`Row`], here and in [`Row::cells`]; a test
/// keeps the three in step.
pub const COLUMNS: [&str; 49] = [
    "claim",
    "article",
    "outlet",
    "outlet_name",
    "country",
    "ownership",
    "speaker",
    "speaker_name",
    "role",
    "affiliation",
    "mode",
    "verb",
    "quote",
    "summary",
    "topics",
    "topic",
    "topic_title",
    "proposition",
    "proposition_text",
    "stance",
    "said_on",
    "published",
    "date",
    "title",
    "url",
    "dateline",
    "source",
    "notes",
    "placement",
    "verb_class",
    "attribution",
    "markers",
    "certainty",
    "statement",
    "language",
    "translation_of",
    "outlet_domains",
    "captured",
    "ids",
    "verdict",
    "verdict_by",
    "verdict_url",
    "verdict_date",
    "published_earliest",
    "published_latest",
    "said_on_earliest",
    "said_on_latest",
    "date_earliest",
    "date_latest",
];

#[derive(Debug, Serialize)]
pub struct Row<'a> {
    pub claim: &'a str,
    pub article: &'a str,
    pub outlet: &'a str,
    pub outlet_name: &'a str,
    pub country: &'a str,
    pub ownership: &'static str,
    /// `None` for narration, where the outlet speaks.
    pub speaker: Option<&'a str>,
    pub speaker_name: Option<&'a str>,
    /// The role this article gives the speaker, else the speaker's own.
    pub role: Option<&'a str>,
    pub affiliation: Option<&'a str>,
    pub mode: &'static str,
    pub verb: Option<&'a str>,
    pub quote: &'a str,
    pub summary: Option<&'a str>,
    /// Every topic the claim lists, each once.
    pub topics: Vec<&'a str>,
    /// The topic of this row's proposition.
    pub topic: Option<&'a str>,
    pub topic_title: Option<&'a str>,
    pub proposition: Option<&'a str>,
    pub proposition_text: Option<&'a str>,
    pub stance: Option<&'static str>,
    /// When the statement was made, if the article says.
    pub said_on: Option<String>,
    /// The article's publication date.
    pub published: String,
    /// The statement's date if known, else the article's.
    pub date: String,
    pub title: &'a str,
    pub url: Option<&'a str>,
    pub dateline: Option<&'a str>,
    pub source: &'a str,
    pub notes: Option<&'a str>,
    /// Where the statement sits: body, headline, subheading or caption.
    pub placement: &'static str,
    /// The verb's class in the lexicon; `None` with no verb or one the lexicon does not know.
    pub verb_class: Option<&'static str>,
    /// How a statement without a verb is attributed: context or label.
    pub attribution: Option<&'static str>,
    /// The outlet's framing markers, as printed.
    pub markers: Vec<&'a str>,
    /// How firmly the stance commits: certain, probable or possible.
    pub certainty: Option<&'static str>,
    /// The statement the claim renders (its own, else its original's).
    pub statement: Option<&'a str>,
    /// The claim's language, else its article's.
    pub language: Option<&'a str>,
    pub translation_of: Option<&'a str>,
    /// The outlet's web domains.
    pub outlet_domains: Vec<&'a str>,
    /// When the article's stored source was taken.
    pub captured: Option<&'a str>,
    /// The article's ids in other datasets, by dataset.
    pub ids: BTreeMap<&'a str, &'a str>,
    /// The verdict on this row's proposition: its rating, who gave it, where and when.
    pub verdict: Option<&'a str>,
    pub verdict_by: Option<&'a str>,
    pub verdict_url: Option<&'a str>,
    pub verdict_date: Option<String>,
    /// The first and last day each date may stand for (YYYY-MM-DD), absent when unknown or
    /// open at that end.
    pub published_earliest: Option<String>,
    pub published_latest: Option<String>,
    pub said_on_earliest: Option<String>,
    pub said_on_latest: Option<String>,
    pub date_earliest: Option<String>,
    pub date_latest: Option<String>,
}

/// Every claim's rows, in file order.
pub fn rows<'a>(input: &Input<'a>) -> impl Iterator<Item = Row<'a>> {
    input.claims.iter().flat_map(move |claim| claim_rows(input, claim))
}

fn claim_rows<'a>(input: &Input<'a>, claim: &ClaimRef<'a>) -> Vec<Row<'a>> {
    let c = claim.claim;
    let (speaker, speaker_name, role, affiliation) = match claim.voice {
        Voice::Speaker { speaker, role } => (
            Some(speaker.id.as_str()),
            Some(speaker.name.as_str()),
            role,
            speaker.affiliation.as_deref(),
        ),
        Voice::Narration(_) => (None, None, None, None),
    };
    let base = || Row {
        claim: &c.id,
        article: &claim.article.id,
        outlet: &claim.outlet.id,
        outlet_name: &claim.outlet.name,
        country: &claim.outlet.country,
        ownership: ownership_name(claim.outlet.ownership),
        speaker,
        speaker_name,
        role,
        affiliation,
        mode: c.mode.as_str(),
        placement: c.placement.map_or("body", |p| p.as_str()),
        verb: c.verb.as_deref(),
        verb_class: c
            .verb
            .as_deref()
            .and_then(|v| input.lexicon.verb(v))
            .map(|v| v.class.name()),
        attribution: c.attribution.map(|a| a.as_str()),
        markers: c.markers.iter().map(String::as_str).collect(),
        quote: &c.quote,
        summary: c.summary.as_deref(),
        topics: claim.topics().collect(),
        topic: None,
        topic_title: None,
        proposition: None,
        proposition_text: None,
        stance: None,
        certainty: None,
        said_on: c.said_on_date().map(|d| d.to_string()),
        published: claim.article.published.date.to_string(),
        date: claim.date.to_string(),
        title: &claim.article.title,
        url: claim.article.url.as_deref(),
        dateline: claim.article.dateline.as_deref(),
        source: &claim.article.source,
        statement: input.statements.get(claim.index).copied().flatten(),
        language: c.language.as_deref().or(claim.article.language.as_deref()),
        translation_of: c.translation_of.as_deref(),
        notes: c.notes.as_deref(),
        outlet_domains: claim.outlet.domains.iter().map(String::as_str).collect(),
        captured: claim.article.captured.as_deref(),
        ids: claim
            .article
            .ids
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect(),
        verdict: None,
        verdict_by: None,
        verdict_url: None,
        verdict_date: None,
        published_earliest: day(claim.article.published.date.earliest()),
        published_latest: day(claim.article.published.date.latest()),
        said_on_earliest: day(c.said_on.as_ref().and_then(|d| d.date.earliest())),
        said_on_latest: day(c.said_on.as_ref().and_then(|d| d.date.latest())),
        date_earliest: day(claim.date.earliest()),
        date_latest: day(claim.date.latest()),
    };
    if c.stances.is_empty() {
        return vec![base()];
    }
    c.stances
        .iter()
        .map(|s| {
            let found = input.proposition(&s.proposition);
            let topic = found.map(|(_, topic)| topic);
            let verdict = found.and_then(|(p, _)| p.verdict.as_ref());
            Row {
                verdict: verdict.map(|v| v.rating.as_str()),
                verdict_by: verdict.map(|v| v.by.as_str()),
                verdict_url: verdict.and_then(|v| v.url.as_deref()),
                verdict_date: verdict.and_then(|v| v.date).map(|d| d.to_string()),
                topic,
                topic_title: topic.and_then(|t| input.topic(t)).map(|t| t.title.as_str()),
                proposition: Some(&s.proposition),
                proposition_text: found.map(|(p, _)| p.text.as_str()),
                stance: Some(s.stance.as_str()),
                certainty: Some(s.certainty().as_str()),
                ..base()
            }
        })
        .collect()
}

impl Row<'_> {
    /// The row as text cells in [`COLUMNS`] order: absent values are empty, topics are joined
    /// with `;` (ids never contain one).
    pub fn cells(&self) -> [Cow<'_, str>; COLUMNS.len()] {
        [
            self.claim.into(),
            self.article.into(),
            self.outlet.into(),
            self.outlet_name.into(),
            self.country.into(),
            self.ownership.into(),
            text(self.speaker),
            text(self.speaker_name),
            text(self.role),
            text(self.affiliation),
            self.mode.into(),
            text(self.verb),
            self.quote.into(),
            text(self.summary),
            self.topics.join(";").into(),
            text(self.topic),
            text(self.topic_title),
            text(self.proposition),
            text(self.proposition_text),
            text(self.stance),
            text(self.said_on.as_deref()),
            self.published.as_str().into(),
            self.date.as_str().into(),
            self.title.into(),
            text(self.url),
            text(self.dateline),
            self.source.into(),
            text(self.notes),
            self.placement.into(),
            text(self.verb_class),
            text(self.attribution),
            self.markers.join(";").into(),
            text(self.certainty),
            text(self.statement),
            text(self.language),
            text(self.translation_of),
            self.outlet_domains.join(";").into(),
            text(self.captured),
            self.ids
                .iter()
                .map(|(dataset, id)| format!("{dataset}={id}"))
                .collect::<Vec<_>>()
                .join(";")
                .into(),
            text(self.verdict),
            text(self.verdict_by),
            text(self.verdict_url),
            text(self.verdict_date.as_deref()),
            text(self.published_earliest.as_deref()),
            text(self.published_latest.as_deref()),
            text(self.said_on_earliest.as_deref()),
            text(self.said_on_latest.as_deref()),
            text(self.date_earliest.as_deref()),
            text(self.date_latest.as_deref()),
        ]
    }
}

/// A day as YYYY-MM-DD.
pub fn day(day: Option<Day>) -> Option<String> {
    day.map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn text(value: Option<&str>) -> Cow<'_, str> {
    Cow::Borrowed(value.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Row<'static> {
        Row {
            claim: "c",
            article: "a",
            outlet: "o",
            outlet_name: "O",
            country: "GB",
            ownership: "private",
            speaker: Some("s"),
            speaker_name: Some("S"),
            role: Some("r"),
            affiliation: None,
            mode: "quote",
            placement: "body",
            verb: Some("said"),
            verb_class: Some("neutral"),
            attribution: None,
            markers: vec!["so-called"],
            quote: "q",
            summary: None,
            topics: vec!["t1", "t2"],
            topic: Some("t1"),
            topic_title: Some("T1"),
            proposition: Some("p"),
            proposition_text: Some("P."),
            stance: Some("supports"),
            certainty: Some("certain"),
            said_on: None,
            published: "2021".into(),
            date: "2021".into(),
            title: "Title",
            url: None,
            dateline: None,
            source: "seeds/a.txt",
            statement: Some("st"),
            language: Some("en"),
            translation_of: None,
            notes: None,
            outlet_domains: vec!["o.example", "o.example.org"],
            captured: Some("2021-06-01"),
            ids: BTreeMap::from([("emergent", "12"), ("fnc-1", "b7")]),
            verdict: Some("false"),
            verdict_by: Some("Snopes"),
            verdict_url: None,
            verdict_date: None,
            published_earliest: Some("2021-01-01".into()),
            published_latest: Some("2021-12-31".into()),
            said_on_earliest: None,
            said_on_latest: None,
            date_earliest: Some("2021-01-01".into()),
            date_latest: Some("2021-12-31".into()),
        }
    }

    #[test]
    fn json_fields_are_the_csv_columns_in_the_same_order() {
        let json = serde_json::to_string(&sample()).unwrap_or_default();
        let positions: Vec<Option<usize>> = COLUMNS.iter().map(|c| json.find(&format!("\"{c}\":"))).collect();
        assert!(positions.iter().all(Option::is_some), "{json}");
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{json}");
        let fields = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&json).map(|m| m.len());
        assert_eq!(fields.ok(), Some(COLUMNS.len()));
    }

    #[test]
    fn cells_follow_the_columns() {
        let row = sample();
        let cells = row.cells();
        let cell = |name: &str| COLUMNS.iter().position(|c| *c == name).map(|i| cells[i].to_string());
        assert_eq!(cell("topics").as_deref(), Some("t1;t2"));
        assert_eq!(cell("proposition_text").as_deref(), Some("P."));
        assert_eq!(cell("affiliation").as_deref(), Some(""));
        assert_eq!(cell("source").as_deref(), Some("seeds/a.txt"));
        assert_eq!(cell("country").as_deref(), Some("GB"));
        assert_eq!(cell("outlet_domains").as_deref(), Some("o.example;o.example.org"));
        assert_eq!(cell("ids").as_deref(), Some("emergent=12;fnc-1=b7"));
        assert_eq!(cell("verdict_by").as_deref(), Some("Snopes"));
        assert_eq!(cell("date_latest").as_deref(), Some("2021-12-31"));
    }
}
