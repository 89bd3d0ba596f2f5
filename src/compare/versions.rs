//! `versions`: the renderings of one statement side by side. Claims that report one utterance
//! share a `statement` id (a translation joins its original's); each rendering is diffed word
//! by word against the statement's longest rendering in the same language. Renderings in
//! another language are linked to what they translate, never diffed.
//!
//! One pass groups the selected claims; each rendering is diffed once, against one base, so
//! the work grows with the renderings and their words, never with renderings squared.

use std::collections::HashMap;

use crate::analysis::word_diff::{self, Edit};
use crate::analysis::{CueClass, Lexicon};
use crate::check::Index;
use crate::model::Corpus;

use super::{ClaimRef, Selection};

pub struct Versions<'a> {
    /// Statements in the order of their first rendering.
    pub statements: Vec<Statement<'a>>,
}

pub struct Statement<'a> {
    pub id: &'a str,
    /// Renderings in reading order.
    pub renderings: Vec<Rendering<'a>>,
    /// The rendering the others are diffed against.
    pub base: usize,
}

pub struct Rendering<'a> {
    pub claim: ClaimRef<'a>,
    /// The class of the rendering's verb, if it has a verb the lexicon knows.
    pub class: Option<CueClass>,
    /// The claim's language, else its article's.
    pub language: Option<&'a str>,
    pub compared: Compared<'a>,
}

pub enum Compared<'a> {
    /// The longest rendering: what the others are diffed against.
    Base,
    /// The edits that turn the base into this rendering.
    Diff(Vec<Edit>),
    /// In another language than the base: linked, not diffed. `of` is the claim it
    /// translates, if it says.
    Translation { of: Option<&'a str> },
}

/// The statement an id names is not among the corpus' statements.
pub struct UnknownStatement {
    pub known: Vec<String>,
}

pub fn versions<'a>(
    corpus: &'a Corpus,
    index: &Index<'a>,
    selection: &Selection<'a>,
    lexicon: &Lexicon,
    only: Option<&str>,
) -> Result<Versions<'a>, UnknownStatement> {
    let statement_of = crate::check::statement_of(corpus, index);
    if let Some(wanted) = only
        && !statement_of.iter().flatten().any(|s| *s == wanted)
    {
        let mut known: Vec<String> = statement_of.iter().flatten().map(|s| s.to_string()).collect();
        known.sort();
        known.dedup();
        return Err(UnknownStatement { known });
    }
    let mut groups: Vec<(&'a str, Vec<ClaimRef<'a>>)> = Vec::new();
    let mut at: HashMap<&'a str, usize> = HashMap::new();
    for claim in &selection.claims {
        let Some(Some(statement)) = statement_of.get(claim.index) else {
            continue;
        };
        if only.is_some_and(|wanted| wanted != *statement) {
            continue;
        }
        let g = *at.entry(statement).or_insert_with(|| {
            groups.push((statement, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(*claim);
    }
    let statements = groups
        .into_iter()
        .filter(|(_, claims)| only.is_some() || claims.len() > 1)
        .map(|(id, claims)| statement(id, claims, lexicon))
        .collect();
    Ok(Versions { statements })
}

fn statement<'a>(id: &'a str, claims: Vec<ClaimRef<'a>>, lexicon: &Lexicon) -> Statement<'a> {
    let language = |c: &ClaimRef<'a>| c.claim.language.as_deref().or(c.article.language.as_deref());
    let lengths: Vec<usize> = claims.iter().map(|c| word_diff::words(&c.claim.quote).len()).collect();
    // The longest original (not a translation), the first of equals; else the longest of all.
    let originals = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.claim.translation_of.is_none());
    let pick = |best: Option<usize>, (i, _): (usize, &ClaimRef<'a>)| match best {
        Some(b) if lengths[b] >= lengths[i] => Some(b),
        _ => Some(i),
    };
    let base = originals
        .fold(None, pick)
        .or_else(|| claims.iter().enumerate().fold(None, pick))
        .unwrap_or(0);
    let base_text = claims[base].claim.quote.clone();
    let base_language = claims.get(base).and_then(language);
    let renderings = claims
        .into_iter()
        .enumerate()
        .map(|(i, claim)| {
            let own_language = language(&claim);
            let compared = if i == base {
                Compared::Base
            } else if own_language != base_language {
                Compared::Translation {
                    of: claim.claim.translation_of.as_deref(),
                }
            } else {
                Compared::Diff(word_diff::diff(&base_text, &claim.claim.quote))
            };
            let class = claim
                .claim
                .verb
                .as_deref()
                .and_then(|v| lexicon.verb(v))
                .map(|c| c.class);
            Rendering {
                claim,
                class,
                language: own_language,
                compared,
            }
        })
        .collect();
    Statement { id, renderings, base }
}
