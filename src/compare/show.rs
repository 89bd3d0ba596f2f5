use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::anchor::{self, Anchoring};
use crate::check::Index;
use crate::lines::LineIndex;
use crate::model::{Claim, Corpus, Proposition, Stance, Topic};
use crate::suggest::did_you_mean;

use super::{ClaimRef, FilterError};

/// `show`: one claim with its passage in the source and the lines around it.
pub struct Show<'a> {
    pub claim: ClaimRef<'a>,
    pub topics: Vec<&'a Topic>,
    pub stances: Vec<(&'a Proposition, Stance)>,
    /// The source file as the user would open it (relative to the current directory).
    pub source: PathBuf,
    /// `None` when the quote could not be placed in the source.
    pub passage: Option<Passage<'a>>,
    /// Where else the quote occurs, as (line, column), when its disambiguators do not pick
    /// one place (`check` warns; the first place is shown).
    pub also_at: Vec<(usize, usize)>,
}

pub struct Passage<'a> {
    /// 1-based line and column (in characters) of the quote's first character.
    pub start: (usize, usize),
    /// 1-based line and column of the quote's last character.
    pub end: (usize, usize),
    /// The quote's lines with `context` lines either side, in order.
    pub lines: Vec<PassageLine<'a>>,
}

pub struct PassageLine<'a> {
    pub number: usize,
    /// Without its line ending.
    pub text: &'a str,
    /// The part of `text` inside the quote, as a byte range into `text`.
    pub highlight: Option<Range<usize>>,
}

/// Inputs `show` needs from a checked corpus.
pub struct Sources<'a> {
    pub root: &'a Path,
    /// Source texts by displayed path, as `check::Checked::sources`.
    pub texts: &'a HashMap<PathBuf, String>,
    /// Quote positions by claim index, as `check::Checked::anchors`.
    pub anchors: &'a crate::check::Anchors,
}

pub fn show<'a>(
    corpus: &'a Corpus,
    index: &Index<'a>,
    sources: &Sources<'a>,
    id: &str,
    context: usize,
) -> Result<Show<'a>, FilterError> {
    let Some((i, item)) = corpus.claims.iter().enumerate().find(|(_, c)| *c.value.id == *id) else {
        let ids = corpus.claims.iter().map(|c| c.value.id.as_ref());
        return Err(FilterError {
            message: format!("unknown claim `{id}`"),
            help: Some(unknown_claim_help(id, ids)),
        });
    };
    let Some(claim) = ClaimRef::resolve(index, i, &item.value) else {
        return Err(FilterError {
            message: format!("claim `{id}` refers to an article, outlet or speaker that is not defined"),
            help: Some("`crossclaim check` names the reference to correct".to_string()),
        });
    };
    let topics = claim
        .claim
        .topics
        .iter()
        .filter_map(|t| index.topics.get(t.as_str()).map(|item| &item.value))
        .collect();
    let stances = claim
        .claim
        .stances
        .iter()
        .filter_map(|s| {
            let p = index.propositions.get(s.proposition.as_str())?;
            Some((&p.value.proposition, s.stance))
        })
        .collect();
    let source = display_join(sources.root, Path::new(&claim.article.source));
    let (passage, also_at) = match (sources.texts.get(&source), sources.anchors.get(claim.index)) {
        (Some(text), Some(range)) => (
            Some(passage(text, range.clone(), context)),
            other_places(text, claim.claim, &range),
        ),
        _ => (None, Vec::new()),
    };
    Ok(Show {
        claim,
        topics,
        stances,
        source,
        passage,
        also_at,
    })
}

/// The nearest id; else the ids that start with the same word (claim ids usually start with
/// the speaker or outlet); else where to find them.
fn unknown_claim_help<'a>(id: &str, ids: impl Iterator<Item = &'a str> + Clone) -> String {
    if let Some(close) = did_you_mean(id, ids.clone()) {
        return format!("did you mean `{close}`?");
    }
    let first_word = id.split('-').next().unwrap_or(id);
    let prefix = format!("{first_word}-");
    let alike: Vec<String> = ids
        .filter(|i| i.starts_with(&prefix))
        .map(|i| format!("`{i}`"))
        .collect();
    match alike.len() {
        0 => "list claim ids with `crossclaim compare --ids`".to_string(),
        n if n <= 6 => format!("claims starting with `{prefix}`: {}", alike.join(", ")),
        n => format!(
            "claims starting with `{prefix}` include {}, … ({n} in all)",
            alike[..6].join(", ")
        ),
    }
}

/// The other places an ambiguous quote occurs.
fn other_places(text: &str, claim: &Claim, shown: &Range<usize>) -> Vec<(usize, usize)> {
    let source = anchor::Source::new(text);
    let quote = anchor::Quote {
        exact: &claim.quote,
        prefix: claim.prefix.as_deref(),
        suffix: claim.suffix.as_deref(),
        occurrence: claim.occurrence.filter(|&n| n > 0),
    };
    match source.find(&quote) {
        Anchoring::Ambiguous(ranges) => ranges
            .iter()
            .filter(|r| *r != shown)
            .map(|r| source.line_col(r.start))
            .collect(),
        _ => Vec::new(),
    }
}

/// The lines holding `quote` (a byte range of `text`) and `context` lines either side.
pub fn passage(text: &str, quote: Range<usize>, context: usize) -> Passage<'_> {
    let index = LineIndex::new(text);
    // The first byte of the quote's last character.
    let last_byte = text
        .get(..quote.end.min(text.len()))
        .and_then(|head| head.char_indices().next_back())
        .map_or(quote.start, |(i, _)| i.max(quote.start));
    let (start, end) = (index.line_col(text, quote.start), index.line_col(text, last_byte));
    // A text's last line break ends its last line; no empty line follows it.
    let ends_with_break = text.ends_with(['\n', '\r']);
    let lines = index.lines() - usize::from(ends_with_break);
    let shown = start.line.saturating_sub(context).max(1)..(end.line + context).min(lines) + 1;
    let lines_shown = shown
        .filter_map(|number| {
            let range = index.line(text, number)?;
            let from = quote.start.max(range.start);
            let to = quote.end.min(range.end);
            Some(PassageLine {
                number,
                text: &text[range.clone()],
                highlight: (from < to).then(|| from - range.start..to - range.start),
            })
        })
        .collect();
    Passage {
        start: (start.line, start.column),
        end: (end.line, end.column),
        lines: lines_shown,
    }
}

/// `root/relative` as `check` displays source paths: without a leading `./`.
pub(super) fn display_join(root: &Path, relative: &Path) -> PathBuf {
    if root.as_os_str().is_empty() || root == Path::new(".") {
        relative.to_path_buf()
    } else {
        root.join(relative)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(p: &Passage<'_>) -> Vec<usize> {
        p.lines.iter().map(|l| l.number).collect()
    }

    #[test]
    fn a_quote_on_one_line_gets_its_context_and_columns() {
        let text = "one\ntwo\nthree four\nfive\nsix\n";
        let start = text.find("four").unwrap_or(0);
        let p = passage(text, start..start + 4, 1);
        assert_eq!(numbers(&p), vec![2, 3, 4]);
        assert_eq!((p.start, p.end), ((3, 7), (3, 10)));
        assert_eq!(p.lines[1].highlight, Some(6..10));
        assert_eq!(p.lines[0].highlight, None);
    }

    #[test]
    fn a_quote_across_lines_highlights_each_part_and_context_stops_at_the_ends() {
        let text = "alpha beta\r\ngamma delta";
        let start = text.find("beta").unwrap_or(0);
        let end = text.find(" delta").unwrap_or(0);
        let p = passage(text, start..end, 5);
        assert_eq!(numbers(&p), vec![1, 2]);
        assert_eq!(p.lines[0].text, "alpha beta");
        assert_eq!(p.lines[0].highlight, Some(6..10));
        assert_eq!(p.lines[1].highlight, Some(0..5));
        assert_eq!(p.end, (2, 5));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "“Voilà” said he";
        let start = text.find("said").unwrap_or(0);
        let p = passage(text, start..start + 4, 0);
        assert_eq!(p.start, (1, 9));
    }
}
