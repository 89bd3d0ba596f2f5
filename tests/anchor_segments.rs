//! Quotes match whole segments: a character and the combining marks it carries are never split,
//! so a match starts and ends at either end of the text or before a starter. These inputs are
//! the ones the `anchor` fuzz target found when its oracle did not yet know it; they pin the rule.

use crossclaim::anchor::Source;

#[test]
fn a_quote_does_not_match_a_letter_without_the_mark_it_carries() {
    // `#` followed by an Arabic kasra (U+0650) is one segment; the bare `#` after it is another.
    assert_eq!(Source::new("[#\u{650}#").find_all("#"), vec![4..5]);
}

#[test]
fn the_closest_passage_does_not_start_at_a_mark_carried_by_a_space() {
    let near = Source::new("[ \u{650}\u{7f}#").closest("\u{650}##");
    assert_eq!(near.map(|n| n.distance), Some(2));
}

#[test]
fn a_text_may_begin_with_a_mark_and_a_passage_with_it() {
    let near = Source::new("\u{6ea}").closest("\u{6ea}'");
    assert_eq!(near.map(|n| (n.span, n.distance)), Some((0..2, 1)));
}
