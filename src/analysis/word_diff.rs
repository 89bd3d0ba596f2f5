//! A word-level diff of one rendering of a statement against another, over normalized text:
//! both sides composed to Unicode NFC and normalized as quotes are matched (whitespace, quote
//! marks, `…` = `...`; docs/format.md), then split into words. Words compare without case and
//! without the punctuation around them, so `Syria,` and `Syria` are the same word; an ellipsis
//! is a word of its own, and words of the base that stand where a rendering has one were elided.
//!
//! The diff is Myers' (the `similar` crate), bounded by a deadline: two renderings of one
//! statement are a sentence or a paragraph each, and a pathological pair still ends.

use std::time::{Duration, Instant};

use similar::{Algorithm, DiffOp, capture_diff_slices_deadline};
use unicode_normalization::UnicodeNormalization;

use crate::anchor::normalize;

/// One run of the diff, in reading order of the rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Words both have, as the rendering prints them.
    Same(String),
    /// Words of the base the rendering leaves out.
    Dropped(String),
    /// Words of the rendering the base does not have.
    Added(String),
    /// Words of the base the rendering replaces by others.
    Substituted { base: String, rendering: String },
    /// Words of the base the rendering replaces by an ellipsis.
    Elided(String),
}

/// What a diff counts: words dropped, added, substituted (on the base's side) and elided.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub dropped: usize,
    pub added: usize,
    pub substituted: usize,
    pub elided: usize,
}

/// Words of a text as printed, normalized.
pub fn words(text: &str) -> Vec<String> {
    let composed: String = text.nfc().collect();
    normalize(&composed)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The word as compared: lower case, without the punctuation around it; an ellipsis is `...`.
fn key(word: &str) -> String {
    if is_ellipsis(word) {
        return "...".to_string();
    }
    let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
    if bare.is_empty() {
        word.to_string()
    } else {
        bare.to_lowercase()
    }
}

fn is_ellipsis(word: &str) -> bool {
    let inner = word.trim_matches(|c: char| c == '[' || c == ']' || c == '(' || c == ')');
    inner == "..."
}

/// The edits that turn `base` into `rendering`.
pub fn diff(base: &str, rendering: &str) -> Vec<Edit> {
    let (old, new) = (words(base), words(rendering));
    let old_keys: Vec<String> = old.iter().map(|w| key(w)).collect();
    let new_keys: Vec<String> = new.iter().map(|w| key(w)).collect();
    let deadline = Instant::now() + Duration::from_millis(200);
    let ops = capture_diff_slices_deadline(Algorithm::Myers, &old_keys, &new_keys, Some(deadline));
    let join = |words: &[String]| words.join(" ");
    let mut edits = Vec::new();
    for op in ops {
        let (_, old_range, new_range) = op.as_tag_tuple();
        let (was, now) = (&old[old_range], &new[new_range]);
        let edit = match op {
            DiffOp::Equal { .. } => Edit::Same(join(now)),
            DiffOp::Delete { .. } => Edit::Dropped(join(was)),
            DiffOp::Insert { .. } if now.iter().all(|w| is_ellipsis(w)) => continue,
            DiffOp::Insert { .. } => Edit::Added(join(now)),
            DiffOp::Replace { .. } if now.iter().all(|w| is_ellipsis(w)) => Edit::Elided(join(was)),
            DiffOp::Replace { .. } => Edit::Substituted {
                base: join(was),
                rendering: join(now),
            },
        };
        edits.push(edit);
    }
    edits
}

/// Counts the words each kind of edit touches.
pub fn tally(edits: &[Edit]) -> Tally {
    let count = |text: &str| text.split(' ').filter(|w| !w.is_empty()).count();
    let mut tally = Tally::default();
    for edit in edits {
        match edit {
            Edit::Same(_) => {}
            Edit::Dropped(w) => tally.dropped += count(w),
            Edit::Added(w) => tally.added += count(w),
            Edit::Substituted { base, .. } => tally.substituted += count(base),
            Edit::Elided(w) => tally.elided += count(w),
        }
    }
    tally
}

/// The diff in the notation of `git diff --word-diff`: `[-dropped-]`, `{+added+}`, a
/// substitution as both, and `[…-elided-]` for words an ellipsis stands for.
pub fn notation(edits: &[Edit]) -> String {
    let parts: Vec<String> = edits
        .iter()
        .map(|edit| match edit {
            Edit::Same(w) => w.clone(),
            Edit::Dropped(w) => format!("[-{w}-]"),
            Edit::Added(w) => format!("{{+{w}+}}"),
            Edit::Substituted { base, rendering } => format!("[-{base}-]{{+{rendering}+}}"),
            Edit::Elided(w) => format!("[…-{w}-]"),
        })
        .collect();
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_with_other_case_spacing_and_punctuation_are_the_same() {
        let edits = diff(
            "They  should belong to the Syrian nation,",
            "they should belong to the Syrian nation",
        );
        assert_eq!(
            edits,
            vec![Edit::Same("they should belong to the Syrian nation".to_string())]
        );
    }

    #[test]
    fn dropped_added_and_substituted_words_are_told_apart() {
        let edits = diff(
            "Natural resources should belong to the Syrian nation, and they should be fairly distributed",
            "resources belong to the Syrian nation and should be justly distributed here",
        );
        assert_eq!(
            notation(&edits),
            "[-Natural-] resources [-should-] belong to the Syrian nation and [-they-] should be [-fairly-]{+justly+} distributed {+here+}"
        );
        assert_eq!(
            tally(&edits),
            Tally {
                dropped: 3,
                added: 1,
                substituted: 1,
                elided: 0
            }
        );
    }

    #[test]
    fn words_an_ellipsis_stands_for_are_elided_not_substituted() {
        let edits = diff(
            "belong to the nation and they should be shared",
            "belong to the nation and … should be shared",
        );
        assert_eq!(notation(&edits), "belong to the nation and […-they-] should be shared");
        assert_eq!(tally(&edits).elided, 1);
    }

    #[test]
    fn decomposed_and_composed_letters_are_one_word() {
        // Cyrillic й as и + combining breve, against the composed letter.
        let edits = diff("Сирийский народ", "Сири\u{0438}\u{0306}ский народ");
        assert_eq!(edits.len(), 1);
        assert!(matches!(&edits[0], Edit::Same(_)));
    }
}
