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
