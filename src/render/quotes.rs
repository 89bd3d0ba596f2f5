//! `quotes` for people: each quotation and reported sentence with its place, verb and speaker
//! and whether a claim covers it, then the coverage; or one coverage line per article.

use crate::curate::quotes::{ArticleQuotes, Item, Kind, QuotesReport};

/// The listing of one article.
pub fn quotes_listing(article: &ArticleQuotes, uncovered_only: bool) -> String {
    let mut out = format!("{} ({})\n", article.article, article.source.display());
    let width = article
        .items
        .iter()
        .map(|i| format!("{}:{}", i.line, i.column).len())
        .max()
        .unwrap_or(0);
    let mut listed = 0;
    for item in article.items.iter().filter(|i| !uncovered_only || i.claims.is_empty()) {
        listed += 1;
        out.push('\n');
        out.push_str(&entry(item, width));
    }
    if listed == 0 {
        out.push_str(if uncovered_only {
            "\nclaims cover every quotation and reported sentence\n"
        } else {
            "\nno quotations or reported speech found\n"
        });
    }
    out.push('\n');
    out.push_str(&format!("coverage: {}\n", coverage(article)));
    out
}

fn entry(item: &Item, width: usize) -> String {
    let place = format!("{}:{}", item.line, item.column);
    let kind = match item.kind {
        Kind::Quotation => "quotation",
        Kind::Reported => "reported ",
    };
    let attribution = match (&item.verb, &item.speaker) {
        (Some(verb), Some(speaker)) => format!("{verb} · {speaker}"),
        (Some(verb), None) => verb.clone(),
        _ => "no reporting verb".to_string(),
    };
    let continues = item
        .continues
        .map(|(line, column)| format!(" (continues {line}:{column})"))
        .unwrap_or_default();
    let text = &item.shown;
    let pad = " ".repeat(width + 2);
    let covered = if item.claims.is_empty() {
        "not covered".to_string()
    } else {
        let ids: Vec<String> = item.claims.iter().map(|id| format!("`{id}`")).collect();
        format!("covered by {}", ids.join(", "))
    };
    format!("{place:>width$}  {kind}  {attribution}{continues}\n{pad}{text}\n{pad}{covered}\n")
}

/// `8 of 11 quotations covered (72%)`; the percentage is rounded down, so 100% means all.
pub fn coverage(article: &ArticleQuotes) -> String {
    let (covered, total) = article.coverage();
    ratio(covered, total)
}

fn ratio(covered: usize, total: usize) -> String {
    if total == 0 {
        return "no quotations".to_string();
    }
    format!("{covered} of {total} quotations covered ({}%)", covered * 100 / total)
}

/// One coverage line per article, then the total.
pub fn coverage_lines(report: &QuotesReport) -> String {
    let width = report
        .articles
        .iter()
        .map(|a| a.article.len())
        .max()
        .unwrap_or(0)
        .max("all articles".len());
    let mut out = String::new();
    let (mut covered, mut total) = (0, 0);
    for article in &report.articles {
        let (c, t) = article.coverage();
        covered += c;
        total += t;
        out.push_str(&format!("{:<width$}  {}\n", article.article, ratio(c, t)));
    }
    out.push_str(&format!("{:<width$}  {}\n", "all articles", ratio(covered, total)));
    out
}
