use std::ops::Range;

use crate::anchor::{Anchoring, Quote};
use crate::diagnostic::{Code, Diagnostic, Location, PASSAGE_EXCERPT_CHARS, excerpt, excerpt_to};
use crate::model::{Claim, Corpus, Item};

use super::closest::Budget;
use super::index::at;
use super::sources::LoadedSource;

/// Every quote of one article's claims (`claims`, indices into the corpus, in order) must occur
/// in its source; a miss shows the closest passage. The quotes must not overlap. Returns where
/// each anchored quote sits, in the order of `claims`.
pub fn check_article(
    corpus: &Corpus,
    claims: &[usize],
    source: &LoadedSource,
    out: &mut Vec<Diagnostic>,
) -> Vec<(usize, Range<usize>)> {
    let quoted: Vec<usize> = claims
        .iter()
        .copied()
        .filter(|&i| !corpus.claims[i].value.quote.trim().is_empty())
        .collect();
    let quotes: Vec<Quote<'_>> = quoted
        .iter()
        .map(|&i| {
            let c = &corpus.claims[i].value;
            Quote {
                exact: &c.quote,
                prefix: c.prefix.as_deref(),
                suffix: c.suffix.as_deref(),
                occurrence: c.occurrence.filter(|&n| n > 0),
            }
        })
        .collect();
    // All of the article's quotes at once: an article quoted many times is read once for all.
    let found = source.anchor.find_many(&quotes);
    let mut budget = Budget::for_source(&source.anchor);
    let anchors: Vec<(usize, Range<usize>)> = quoted
        .iter()
        .zip(found)
        .filter_map(|(&i, found)| {
            anchor_one(corpus, &corpus.claims[i], found, source, &mut budget, out).map(|r| (i, r))
        })
        .collect();
    overlaps(corpus, &anchors, out);
    anchors
}

/// What `found`, the anchoring of one claim's quote, means for the claim: its passage, or a
/// finding.
fn anchor_one(
    corpus: &Corpus,
    claim: &Item<Claim>,
    found: Anchoring,
    source: &LoadedSource,
    budget: &mut Budget,
    out: &mut Vec<Diagnostic>,
) -> Option<Range<usize>> {
    let c = &claim.value;
    let shown = source.path.display();
    let position = |range: &Range<usize>| {
        let (line, column) = source.anchor.line_col(range.start);
        format!("{shown}:{line}:{column}")
    };
    match found {
        Anchoring::Found(range) => return Some(range),
        Anchoring::EmptyQuote => {}
        Anchoring::Ambiguous(ranges) => {
            let places: Vec<String> = ranges.iter().take(5).map(position).collect();
            let first = ranges.first().cloned();
            out.push(
                Diagnostic::new(
                    Code::QuoteAmbiguous,
                    format!("quote of claim `{}` occurs {} times in `{shown}`", excerpt(&c.id), ranges.len()),
                    at(corpus, claim, "quote"),
                )
                .with_help(format!(
                    "add `prefix:` or `suffix:` (the words just before or after it) or `occurrence:` (1 to {}); it occurs at {}",
                    ranges.len(),
                    places.join(", ")
                )),
            );
            return first;
        }
        Anchoring::DisambiguatorMismatch { candidates } => {
            let places: Vec<String> = candidates.iter().take(5).map(position).collect();
            let field = if c.occurrence.is_some() && c.prefix.is_none() && c.suffix.is_none() {
                "occurrence"
            } else if c.prefix.is_some() {
                "prefix"
            } else {
                "suffix"
            };
            out.push(
                Diagnostic::new(
                    Code::DisambiguatorMismatch,
                    format!(
                        "`prefix`, `suffix` and `occurrence` of claim `{}` select none of the places its quote occurs",
                        excerpt(&c.id)
                    ),
                    at(corpus, claim, field),
                )
                .with_help(format!(
                    "the quote occurs at {}; copy the text just before or after the one you mean",
                    places.join(", ")
                )),
            );
        }
        Anchoring::NotFound => {
            let mut diagnostic = Diagnostic::new(
                Code::QuoteNotFound,
                format!("quote of claim `{}` does not appear in `{shown}`", excerpt(&c.id)),
                at(corpus, claim, "quote"),
            );
            diagnostic = match budget.closest(&source.anchor, &c.quote) {
                Ok(Some(near)) => {
                    let passage = source.anchor.text().get(near.span.clone()).unwrap_or("");
                    diagnostic
                        .with_related(
                            Location::bytes(&source.path, near.span.clone()),
                            format!("closest passage (edit distance {})", near.distance),
                        )
                        .with_help(format!(
                            "the closest passage is at {} (edit distance {}): \"{}\"",
                            position(&near.span),
                            near.distance,
                            excerpt_to(&one_line(passage), PASSAGE_EXCERPT_CHARS)
                        ))
                }
                Ok(None) => diagnostic.with_help("copy the exact passage from the source"),
                Err(unsearched) => diagnostic.with_help(format!(
                    "copy the exact passage from the source; {}",
                    unsearched.reason()
                )),
            };
            out.push(diagnostic);
        }
    }
    None
}

/// Reports each claim whose passage starts inside an earlier claim's passage, by a sweep over
/// the passages sorted by start; claims of one `statement` may overlap.
fn overlaps(corpus: &Corpus, anchors: &[(usize, Range<usize>)], out: &mut Vec<Diagnostic>) {
    let mut sorted: Vec<&(usize, Range<usize>)> = anchors.iter().collect();
    sorted.sort_by_key(|(i, r)| (r.start, r.end, *i));
    let mut reach: Option<&(usize, Range<usize>)> = None;
    for current in sorted {
        // A statement's quoted words inside the paraphrase that carries them: the curator has
        // tied the two as one utterance.
        let one_statement =
            |earlier: &Claim, later: &Claim| later.statement.is_some() && later.statement == earlier.statement;
        if let Some(widest) = reach
            && current.1.start < widest.1.end
            && !one_statement(&corpus.claims[widest.0].value, &corpus.claims[current.0].value)
        {
            let (earlier, later) = (&corpus.claims[widest.0], &corpus.claims[current.0]);
            out.push(
                Diagnostic::new(
                    Code::OverlappingQuotes,
                    format!(
                        "claims `{}` and `{}` quote overlapping passages",
                        excerpt(&later.value.id),
                        excerpt(&earlier.value.id)
                    ),
                    at(corpus, later, "quote"),
                )
                .with_related(at(corpus, earlier, "quote"), "overlaps this quote")
                .with_help(
                    "claim each passage once: merge the claims, or split the passage so the quotes do not overlap",
                ),
            );
        }
        if reach.is_none_or(|widest| current.1.end > widest.1.end) {
            reach = Some(current);
        }
    }
}

/// The passage on one line, whitespace collapsed, so a help message stays one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
