//! A claim's framing markers must stand in the paragraph of its quote (or inside it), so a
//! marker is evidence of how the outlet framed that statement and no other.

use std::collections::HashMap;
use std::ops::Range;

use crate::anchor::paragraphs::Paragraphs;
use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::Corpus;

use super::index::at;
use super::sources::LoadedSource;

/// The markers of one article's claims, given where their quotes were anchored (`anchors`, by
/// claim index in the corpus, in claim order).
pub fn check_article(
    corpus: &Corpus,
    source: &LoadedSource,
    anchors: &[(usize, Range<usize>)],
    out: &mut Vec<Diagnostic>,
) {
    // The source is split into paragraphs once, and each marker text is searched for once,
    // however many claims give it.
    let mut paragraphs: Option<Paragraphs> = None;
    let mut occurrences: HashMap<&str, Vec<Range<usize>>> = HashMap::new();
    for (i, passage) in anchors {
        let claim = &corpus.claims[*i];
        let c = &claim.value;
        if c.markers.iter().all(|m| m.trim().is_empty()) {
            continue;
        }
        let text = source.anchor.text();
        let paragraph = paragraphs.get_or_insert_with(|| Paragraphs::new(text)).around(passage);
        for (m, marker) in c.markers.iter().enumerate().filter(|(_, m)| !m.trim().is_empty()) {
            let found = occurrences
                .entry(marker.as_str())
                .or_insert_with(|| source.anchor.find_all(marker));
            if found
                .iter()
                .any(|o| paragraph.start <= o.start && o.end <= paragraph.end)
            {
                continue;
            }
            let (line, column) = source.anchor.line_col(passage.start);
            let elsewhere = match found.first() {
                Some(o) => {
                    let (line, column) = source.anchor.line_col(o.start);
                    format!(
                        "it occurs elsewhere, first at {}:{line}:{column}",
                        source.path.display()
                    )
                }
                None => format!("it does not occur in `{}` at all", source.path.display()),
            };
            out.push(
                Diagnostic::new(
                    Code::MarkerNotFound,
                    format!(
                        "framing marker `{}` of claim `{}` is not in the paragraph of its quote",
                        excerpt(marker),
                        excerpt(&c.id)
                    ),
                    at(corpus, claim, &format!("markers[{m}]")),
                )
                .with_help(format!(
                    "the quote is at {}:{line}:{column} and {elsewhere}; copy the marker as printed next to the quote, or remove it",
                    source.path.display()
                )),
            );
        }
    }
}
