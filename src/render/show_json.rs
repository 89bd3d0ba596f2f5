//! `show --format json`: one claim, its article, and its passage in the source. Documented in
//! docs/compare.md with the other views.

use serde::Serialize;

use crate::compare::Show;

use super::views::json::{JSON_VERSION, JsonClaim, JsonTopicRef, claim, to_json};

pub fn show_json(view: &Show<'_>) -> String {
    let article = view.claim.article;
    to_json(&JsonShow {
        view: "show",
        version: JSON_VERSION,
        claim: claim(&view.claim),
        article: JsonArticle {
            id: &article.id,
            title: &article.title,
            published: article.published.date.to_string(),
            dateline: article.dateline.as_deref(),
            url: article.url.as_deref(),
        },
        topics: view
            .topics
            .iter()
            .map(|t| JsonTopicRef {
                id: &t.id,
                title: &t.title,
            })
            .collect(),
        stances: view
            .stances
            .iter()
            .map(|(p, s)| JsonStanceText {
                proposition: &p.id,
                text: &p.text,
                stance: s.as_str(),
            })
            .collect(),
        notes: view.claim.claim.notes.as_deref(),
        source: JsonSource {
            path: view.source.to_string_lossy().into_owned(),
            also_at: view
                .also_at
                .iter()
                .map(|&(line, column)| JsonPosition { line, column })
                .collect(),
            passage: view.passage.as_ref().map(|p| JsonPassage {
                start: JsonPosition {
                    line: p.start.0,
                    column: p.start.1,
                },
                end: JsonPosition {
                    line: p.end.0,
                    column: p.end.1,
                },
                lines: p
                    .lines
                    .iter()
                    .map(|l| JsonLine {
                        number: l.number,
                        text: l.text,
                        highlight: l.highlight.as_ref().map(|h| JsonColumns {
                            from: l.text.get(..h.start).map_or(0, |s| s.chars().count()) + 1,
                            to: l.text.get(..h.end).map_or(0, |s| s.chars().count()),
                        }),
                    })
                    .collect(),
            }),
        },
    })
}

#[derive(Serialize)]
struct JsonShow<'a> {
    view: &'static str,
    version: u32,
    claim: JsonClaim<'a>,
    article: JsonArticle<'a>,
    topics: Vec<JsonTopicRef<'a>>,
    stances: Vec<JsonStanceText<'a>>,
    notes: Option<&'a str>,
    source: JsonSource<'a>,
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    id: &'a str,
    title: &'a str,
    published: String,
    dateline: Option<&'a str>,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonStanceText<'a> {
    proposition: &'a str,
    text: &'a str,
    stance: &'static str,
}

#[derive(Serialize)]
struct JsonSource<'a> {
    path: String,
    /// Other places an ambiguous quote occurs.
    also_at: Vec<JsonPosition>,
    passage: Option<JsonPassage<'a>>,
}

#[derive(Serialize)]
struct JsonPassage<'a> {
    start: JsonPosition,
    end: JsonPosition,
    lines: Vec<JsonLine<'a>>,
}

#[derive(Serialize)]
struct JsonPosition {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    number: usize,
    text: &'a str,
    highlight: Option<JsonColumns>,
}

#[derive(Serialize)]
struct JsonColumns {
    from: usize,
    to: usize,
}
