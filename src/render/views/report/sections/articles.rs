use maud::{Markup, html};
use rayon::prelude::*;

use crate::compare::{ArticleText, Piece};
use crate::render::views::html::{line_html, symbol_class};
use crate::render::views::layout::{certainty_symbol, collapse_whitespace};

use super::super::{Ids, ReportInput, Section};

/// Each article's stored text with every claimed passage marked, its claims listed above it:
/// a claim links to its passage in context, a passage back to its claims.
pub fn articles(input: &ReportInput<'_>, ids: &Ids) -> Option<Section> {
    if input.articles.is_empty() {
        return None;
    }
    // Articles are independent of each other, and a large corpus has thousands.
    let articles: Vec<Markup> = input
        .articles
        .par_iter()
        .map(|article| article_html(article, input, ids))
        .collect();
    Some(Section {
        id: "articles",
        title: "Articles",
        body: html! {
            p { "Each article's stored text, with the passages its claims quote marked. The number after a passage names its claim." }
            "\n"
            @for article in &articles { (article) }
        },
    })
}

fn article_html(a: &ArticleText<'_>, input: &ReportInput<'_>, ids: &Ids) -> Markup {
    let article = a.article;
    html! {
        article.source.item id=[ids.heading("article", &article.id)] data-filter {
            "\n"
            h3 { (article.title) " " code.id { (article.id) } }
            p.meta {
                (a.outlet.name) " · " (article.published.date)
                @if let Some(dateline) = &article.dateline { " · " (dateline) }
                " · " code { (a.path) }
                @if let Some(url) = &article.url {
                    " · "
                    @if is_web_address(url) { a href=(url) rel="noreferrer" { (url) } } @else { (url) }
                }
            }
            "\n"
            ol.claims {
                @for n in 0..a.claims.len() {
                    li id=[first_claim_element(a, n, ids)] {
                        (claim_summary(a, n, input, ids))
                    }
                    "\n"
                }
            }
            @match &a.pieces {
                Some(pieces) => { div.text { (text_html(a, pieces, ids)) } }
                None => { p { "The stored text could not be read." } }
            }
            "\n"
        }
        "\n"
    }
}

/// The id of a claim's entry, unless an earlier claim with the same id (which `check`
/// reports) has it.
fn first_claim_element(a: &ArticleText<'_>, n: usize, ids: &Ids) -> Option<String> {
    let id = a.claims[n].id();
    let earlier = a.claims[..n].iter().any(|c| c.id() == id);
    (!earlier).then(|| ids.claim(id)).flatten()
}

/// The claim as a link to its passage: who, what, the stances it takes, its id.
fn claim_summary(a: &ArticleText<'_>, n: usize, input: &ReportInput<'_>, ids: &Ids) -> Markup {
    let claim = &a.claims[n];
    let words = input.text.words_line(claim);
    let speaker = input.text.speaker_line(claim);
    let stances: Vec<(&'static str, String)> = claim
        .claim
        .stances
        .iter()
        .map(|s| {
            let text = input
                .propositions
                .get(s.proposition.as_str())
                .map_or_else(|| s.proposition.clone(), |p| collapse_whitespace(&p.text));
            (certainty_symbol(s.stance, s.certainty()), text)
        })
        .collect();
    let passage = ids.passage(claim.id()).filter(|_| a.placed[n]);
    let lines = html! {
        @if let Some(speaker) = &speaker { (line_html(speaker)) br; }
        (line_html(&words))
    };
    html! {
        @match passage {
            Some(target) => { a.entry.claim href={ "#" (target) } { (lines) } }
            None => { span.entry { (lines) " (passage not found in the text)" } }
        }
        span.entry {
            @for (i, (symbol, text)) in stances.iter().enumerate() {
                @if i > 0 { " · " }
                span class={ "sym " (symbol_class(symbol)) } { (symbol) } " " (text)
            }
            @if !stances.is_empty() { " · " }
            code { (claim.id()) }
        }
    }
}

/// The text piece by piece: a piece inside passages is marked, the first piece of a passage
/// carries its id, and after a passage's last piece its claim's number links back to it.
fn text_html(a: &ArticleText<'_>, pieces: &[Piece<'_>], ids: &Ids) -> Markup {
    let mut anchored: Vec<&str> = Vec::new();
    let mut anchor = |claim: usize| {
        let id = a.claims[claim].id();
        if anchored.contains(&id) {
            return None;
        }
        anchored.push(id);
        ids.passage(id)
    };
    html! {
        @for piece in pieces {
            @if piece.claims.is_empty() {
                (piece.text)
            } @else {
                @let mut targets: Vec<String> = piece.starts.iter().filter_map(|&c| anchor(c)).collect();
                @let first = if targets.is_empty() { None } else { Some(targets.remove(0)) };
                @for extra in &targets { span id=(extra) {} }
                mark id=[first] { (piece.text) }
            }
            @if !piece.ends.is_empty() {
                sup.refs {
                    @for &c in &piece.ends {
                        @let claim = a.claims[c].id();
                        a href={ "#" (ids.claim(claim).unwrap_or_default()) } title={ "claim " (claim) } { (c + 1) }
                    }
                }
            }
        }
    }
}

/// Only web addresses become links: a `javascript:` or `data:` address in a claim file is
/// shown as text.
fn is_web_address(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}
