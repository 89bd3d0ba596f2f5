//! All the quotes of one source anchored together, in one scan of its normalized text.
//!
//! Looking each quote up on its own builds a substring searcher per quote and reads the text
//! once per quote. Here the distinct quotes are looked for together: a packed multi-pattern
//! searcher (Teddy, from the aho-corasick crate) finds where any of their first bytes occur, in
//! one pass, and each quote starting with those bytes is compared there in full. What is made
//! of the occurrences is shared with [`Source::find`].
//!
//! Building that searcher costs more than ten substring searchers, so an article with few
//! distinct quotes is searched quote by quote; see [`MIN_NEEDLES_FOR_ONE_SCAN`]. An
//! Aho-Corasick automaton over the whole quotes was measured too: building it costs eight
//! times the searches it replaces on a 2-5 KB article, and twice on 50 KB.

use std::borrow::Cow;

use aho_corasick::Span;
use aho_corasick::packed::{Config, MatchKind, Searcher};
use foldhash::HashMapExt;

use super::disambiguate::anchoring;
use super::exact::{self, Occurrence, occurrence_at};
use super::normalize::{Normalized, normalize_cow};
use super::{Anchoring, Quote, Source};

/// How many distinct quotes make one scan for all of them cheaper than a search per quote.
/// Measured on the generated corpus (`cargo bench --bench anchor`): the ten quotes of a 2-5 KB
/// article take 1.37 times as long in one scan (though 13% fewer instructions), a hundred in
/// 50 KB a third of the time.
const MIN_NEEDLES_FOR_ONE_SCAN: usize = 16;

/// Up to how many quotes duplicates are found by comparing each with those before it.
const SMALL_SET: usize = 16;

/// How many leading bytes of each quote the scan looks for; the rest is compared where they
/// occur. Shorter prefixes give more false candidates, longer ones more work to Teddy, which
/// verifies what it fingerprints; of 4, 8 and 16, eight measured fastest on 50 KB.
const PREFIX_LEN: usize = 8;

/// The most patterns one packed searcher takes well; more distinct prefixes take more scans.
const PATTERNS_PER_SCAN: usize = 64;

/// How many bytes of quotes may be compared per byte of text and quote before the one scan is
/// given up for a linear search per quote: text such as `aaaa…` makes every position a
/// candidate for a quote such as `aaaa…b`.
const COMPARISONS_PER_BYTE: usize = 4;

/// How the distinct quotes are looked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Search {
    OneByOne,
    OneScan,
}

impl Source {
    /// The anchoring of each quote, in order, as [`Source::find`] gives it for each one.
    ///
    /// A quote given twice is looked for once, and from sixteen distinct
    /// quotes on the text is read once for all of them.
    pub fn find_many(&self, quotes: &[Quote<'_>]) -> Vec<Anchoring> {
        self.find_many_with(quotes, None)
    }

    /// [`Source::find_many`], searching as `search` says instead of by the number of quotes.
    fn find_many_with(&self, quotes: &[Quote<'_>], search: Option<Search>) -> Vec<Anchoring> {
        let needles: Vec<Cow<'_, str>> = quotes.iter().map(|q| normalize_cow(q.exact)).collect();
        let (distinct, slot_of_quote) = distinct(&needles);
        let search = search.unwrap_or(if distinct.len() >= MIN_NEEDLES_FOR_ONE_SCAN {
            Search::OneScan
        } else {
            Search::OneByOne
        });
        let one_by_one = || {
            distinct
                .iter()
                .map(|needle| exact::occurrences(&self.norm, needle))
                .collect()
        };
        let found: Vec<Vec<Occurrence>> = match search {
            Search::OneByOne => one_by_one(),
            Search::OneScan => one_scan(&self.norm, &distinct).unwrap_or_else(one_by_one),
        };
        let text = self.norm.as_str();
        quotes
            .iter()
            .zip(slot_of_quote)
            .map(|(quote, slot)| match slot.and_then(|k| found.get(k)) {
                Some(found) => anchoring(text, quote, found),
                None => Anchoring::EmptyQuote,
            })
            .collect()
    }
}

/// The distinct needles that are not empty, and which of them each needle is.
fn distinct<'n>(needles: &'n [Cow<'_, str>]) -> (Vec<&'n str>, Vec<Option<usize>>) {
    let mut distinct: Vec<&str> = Vec::with_capacity(needles.len());
    // An article's few quotes are compared directly, cheaper than hashing them.
    let mut slots: Option<foldhash::HashMap<&str, usize>> =
        (needles.len() > SMALL_SET).then(|| foldhash::HashMap::with_capacity(needles.len()));
    let slot_of_needle = needles
        .iter()
        .map(|needle| {
            let needle = needle.as_ref();
            if needle.is_empty() {
                return None;
            }
            let seen = match &slots {
                Some(slots) => slots.get(needle).copied(),
                None => distinct.iter().position(|&d| d == needle),
            };
            Some(seen.unwrap_or_else(|| {
                if let Some(slots) = &mut slots {
                    slots.insert(needle, distinct.len());
                }
                distinct.push(needle);
                distinct.len() - 1
            }))
        })
        .collect();
    (distinct, slot_of_needle)
}

/// Every occurrence of each of `needles` (normalized, distinct and not empty), as
/// [`exact::occurrences`] gives them for each one, found in one scan per
/// [`PATTERNS_PER_SCAN`] distinct prefixes. `None` where no packed searcher can be built (a
/// processor without the vector instructions it needs) or the comparisons run over budget.
fn one_scan(norm: &Normalized, needles: &[&str]) -> Option<Vec<Vec<Occurrence>>> {
    let haystack = norm.as_str().as_bytes();
    // One prefix length for all, so that at most one prefix occurs at any position.
    let len = needles.iter().map(|n| n.len()).min()?.min(PREFIX_LEN);
    let mut prefixes: Vec<&[u8]> = Vec::new();
    let mut starting_with: Vec<Vec<usize>> = Vec::new();
    let mut group_of: foldhash::HashMap<&[u8], usize> = foldhash::HashMap::default();
    for (k, needle) in needles.iter().enumerate() {
        let prefix = needle.as_bytes().get(..len)?;
        let group = *group_of.entry(prefix).or_insert_with(|| {
            prefixes.push(prefix);
            starting_with.push(Vec::new());
            starting_with.len() - 1
        });
        starting_with.get_mut(group)?.push(k);
    }
    let total: usize = needles.iter().map(|n| n.len()).sum();
    let mut budget = COMPARISONS_PER_BYTE * (haystack.len() + total);
    let mut found = vec![Vec::new(); needles.len()];
    for (chunk, patterns) in prefixes.chunks(PATTERNS_PER_SCAN).enumerate() {
        let searcher: Searcher = Config::new()
            .match_kind(MatchKind::LeftmostFirst)
            .builder()
            .extend(patterns)
            .build()?;
        let mut from = 0;
        // Restarting one byte after each candidate finds overlapping occurrences too; a needle
        // belongs to one group, so its occurrences come in order.
        while let Some(m) = searcher.find_in(haystack, Span::from(from..haystack.len())) {
            let group = starting_with.get(chunk * PATTERNS_PER_SCAN + m.pattern().as_usize())?;
            for &k in group {
                let needle = needles.get(k)?.as_bytes();
                budget = budget.checked_sub(needle.len())?;
                if haystack.get(m.start()..)?.starts_with(needle) {
                    found.get_mut(k)?.extend(occurrence_at(norm, m.start(), needle.len()));
                }
            }
            from = m.start() + 1;
        }
    }
    Some(found)
}

#[cfg(test)]
mod tests;
