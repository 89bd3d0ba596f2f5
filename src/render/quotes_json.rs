//! `quotes --format json`: the listing for scripts, described in docs/curating.md.

use serde_json::{Value, json};

use crate::curate::quotes::{ArticleQuotes, Kind, QuotesReport};

pub fn quotes_json(report: &QuotesReport, uncovered_only: bool) -> String {
    let articles: Vec<Value> = report.articles.iter().map(|a| article(a, uncovered_only)).collect();
    json!({ "articles": articles }).to_string()
}

fn article(article: &ArticleQuotes, uncovered_only: bool) -> Value {
    let (covered, total) = article.coverage();
    let items: Vec<Value> = article
        .items
        .iter()
        .filter(|i| !uncovered_only || i.claims.is_empty())
        .map(|item| {
            json!({
                "kind": match item.kind { Kind::Quotation => "quotation", Kind::Reported => "reported" },
                "line": item.line,
                "column": item.column,
                "start": item.range.start,
                "end": item.range.end,
                "text": item.text,
                "verb": item.verb,
                "speaker": item.speaker,
                "continues": item.continues.map(|(line, column)| json!({ "line": line, "column": column })),
                "claims": item.claims,
            })
        })
        .collect();
    json!({
        "article": article.article,
        "source": article.source.to_string_lossy(),
        "coverage": { "covered": covered, "quotations": total },
        "items": items,
    })
}
