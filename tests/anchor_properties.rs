//! Properties of quote anchoring over random text full of the things normalization touches.

use crossclaim::anchor::{Source, normalize};
use proptest::prelude::*;
use proptest::sample::Index;

fn article() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            "a", "b", "ab", "\u{e9}", "\u{65e5}", " ", "  ", "\n", "\r\n", "\t", "\u{a0}", "'", "\u{2019}", "\"",
            "\u{201C}", "\u{201D}", ".", "...", "\u{2026}", "-",
        ]),
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// A passage of `text` between two char boundaries, narrowed to start and end on a
/// non-whitespace char (a quote is trimmed, so its match does too). `None` if nothing is left.
fn passage(text: &str, from: Index, to: Index) -> Option<std::ops::Range<usize>> {
    let mut bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    bounds.push(text.len());
    let a = bounds[from.index(bounds.len())];
    let b = bounds[to.index(bounds.len())];
    let (a, b) = (a.min(b), a.max(b));
    let slice = &text[a..b];
    let start = a + (slice.len() - slice.trim_start().len());
    let end = a + slice.trim_end().len();
    (start < end).then_some(start..end)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn finds_any_passage_where_it_is(text in article(), from: Index, to: Index) {
        let Some(range) = passage(&text, from, to) else { return Ok(()) };
        let quote = &text[range.clone()];
        let source = Source::new(&text);
        let found = source.find_all(quote);
        prop_assert!(found.contains(&range), "{:?} not in {:?}", range, found);
        // And everything reported really is the quote, read back from the original text.
        for r in &found {
            prop_assert_eq!(normalize(&text[r.clone()]), normalize(quote));
        }
        // Occurrences come in order and on char boundaries.
        prop_assert!(found.windows(2).all(|w| w[0].start < w[1].start));
        prop_assert!(found.iter().all(|r| text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)));
    }

    #[test]
    fn closest_finds_any_passage_at_distance_zero(text in article(), from: Index, to: Index) {
        let Some(range) = passage(&text, from, to) else { return Ok(()) };
        let quote = &text[range.clone()];
        let source = Source::new(&text);
        let near = source.closest(quote);
        prop_assert!(near.is_some());
        if let Some(near) = near {
            prop_assert_eq!(near.distance, 0);
            prop_assert_eq!(normalize(&text[near.span.clone()]), normalize(quote));
            // The earliest exact occurrence by end is the one reported.
            let first_end = source.find_all(quote).iter().map(|r| r.end).min();
            prop_assert_eq!(Some(near.span.end), first_end);
        }
    }

    #[test]
    fn closest_spans_stay_on_char_boundaries(text in article(), quote in article()) {
        let source = Source::new(&text);
        match source.closest(&quote) {
            None => prop_assert!(normalize(&quote).is_empty()),
            Some(near) => {
                prop_assert!(near.span.start <= near.span.end && near.span.end <= text.len());
                prop_assert!(text.is_char_boundary(near.span.start));
                prop_assert!(text.is_char_boundary(near.span.end));
                prop_assert!(near.distance <= normalize(&quote).chars().count());
            }
        }
    }
}

/// Letters with two canonically equivalent spellings (composed, and a base with combining
/// marks), Latin, Cyrillic and Arabic, with plain text between them.
const EQUIVALENT: &[(&str, &str)] = &[
    ("\u{e9}", "e\u{301}"),
    ("\u{439}", "\u{438}\u{306}"),
    ("\u{419}", "\u{418}\u{306}"),
    ("\u{623}", "\u{627}\u{654}"),
    ("\u{628}\u{64e}\u{651}", "\u{628}\u{651}\u{64e}"),
    ("\u{1ec7}", "e\u{323}\u{302}"),
    ("a", "a"),
    (" ", " "),
    ("\u{434}\u{430}", "\u{434}\u{430}"),
    ("\u{645}", "\u{645}"),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn either_spelling_of_a_letter_finds_the_other(
        parts in proptest::collection::vec((0..EQUIVALENT.len(), any::<bool>(), any::<bool>()), 1..30),
        from: Index,
        to: Index,
    ) {
        // The stored text and the typed quote spell each letter independently.
        let spell = |(i, flip): (usize, bool)| if flip { EQUIVALENT[i].1 } else { EQUIVALENT[i].0 };
        let stored: Vec<&str> = parts.iter().map(|&(i, a, _)| spell((i, a))).collect();
        let typed: Vec<&str> = parts.iter().map(|&(i, _, b)| spell((i, b))).collect();
        let (a, b) = (from.index(parts.len() + 1), to.index(parts.len() + 1));
        let (a, b) = (a.min(b), a.max(b));
        let text = stored.concat();
        let start = stored[..a].concat().len();
        let end = start + stored[a..b].concat().len();
        let quote = typed[a..b].concat();
        let trimmed = &text[start..end];
        if normalize(&quote).is_empty() || trimmed.trim() != trimmed {
            return Ok(());
        }
        let found = Source::new(&text).find_all(&quote);
        prop_assert!(found.contains(&(start..end)), "{:?} not in {:?} for {:?} in {:?}", start..end, found, quote, text);
    }
}
