//! Quote matching against a brute-force oracle: a plain normalizer written from the fold table
//! alone, a naive substring search, and the edit distance of every passage of the source.
//! Exact search must return exactly the oracle's occurrences; the closest passage must be at
//! the oracle's smallest distance, and be that far from the quote. The oracle does not compose
//! Unicode (NFC), so inputs are texts already in NFC; composition has its own tests in
//! `src/anchor/`.

#![no_main]

use crossclaim::anchor::{Source, folded, normalize};
use libfuzzer_sys::fuzz_target;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, is_nfc, is_nfc_quick};

/// One character of the normalized text, with the original offsets a match starting or ending
/// at it maps to (`None` inside an expanded `…`, where no match may start or end).
struct Normal {
    c: char,
    start: Option<usize>,
    end: Option<usize>,
}

/// The normalized text, untrimmed, one entry per character, the obvious way.
fn normalized(original: &str) -> Vec<Normal> {
    let mut out: Vec<Normal> = Vec::new();
    let mut in_space = false;
    for (at, c) in original.char_indices() {
        let after = at + c.len_utf8();
        match folded(c) {
            Some(" ") => {
                if !in_space {
                    out.push(Normal {
                        c: ' ',
                        start: Some(at),
                        end: Some(after),
                    });
                }
                in_space = true;
                continue;
            }
            Some(replacement) => {
                let last = replacement.chars().count() - 1;
                for (k, r) in replacement.chars().enumerate() {
                    out.push(Normal {
                        c: r,
                        start: (k == 0).then_some(at),
                        end: (k == last).then_some(after),
                    });
                }
            }
            None => out.push(Normal {
                c,
                start: Some(at),
                end: Some(after),
            }),
        }
        in_space = false;
    }
    out
}

fn text(chars: &[Normal]) -> String {
    chars.iter().map(|n| n.c).collect()
}

/// Whether a match may start or end at `offset`: between segments, that is at either end of the
/// text or before a starter (a character of combining class 0 that NFC keeps as it is), never
/// between a character and the marks it carries.
fn between_segments(original: &str, offset: usize) -> bool {
    offset == 0
        || original[offset..]
            .chars()
            .next()
            .is_none_or(|c| canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            row[j + 1] = (previous[j] + usize::from(x != y))
                .min(previous[j + 1] + 1)
                .min(row[j] + 1);
        }
        previous = row;
    }
    previous[b.len()]
}

fuzz_target!(|input: (&str, &str)| {
    let (original, quote) = input;
    if original.len() > 400 || quote.len() > 64 || !is_nfc(original) || !is_nfc(quote) {
        return;
    }
    let wanted: Vec<char> = text(&normalized(quote)).trim_matches(' ').chars().collect();
    assert_eq!(
        normalize(quote).chars().collect::<Vec<_>>(),
        wanted,
        "normalize({quote:?})"
    );
    let source = Source::new(original);

    // Exact: every place the normalized quote occurs with both ends on clean boundaries.
    let norm = normalized(original);
    let mut expected = Vec::new();
    if !wanted.is_empty() {
        for i in 0..norm.len().saturating_sub(wanted.len() - 1) {
            let window = &norm[i..i + wanted.len()];
            if window.iter().map(|n| n.c).eq(wanted.iter().copied())
                && let (Some(start), Some(end)) = (window[0].start, window[wanted.len() - 1].end)
                && between_segments(original, start)
                && between_segments(original, end)
            {
                expected.push(start..end);
            }
        }
    }
    let found = source.find_all(quote);
    assert_eq!(found, expected, "find_all({quote:?}) in {original:?}");

    // Approximate, on sources small enough for every passage to be tried.
    if original.chars().count() > 40 || wanted.len() > 12 {
        return;
    }
    let Some(near) = source.closest(quote) else {
        assert!(wanted.is_empty(), "no closest passage for {quote:?}");
        return;
    };
    assert!(original.is_char_boundary(near.span.start) && original.is_char_boundary(near.span.end));
    let passage =
        |range: std::ops::Range<usize>| -> Vec<char> { text(&normalized(&original[range])).chars().collect() };
    assert_eq!(
        levenshtein(&wanted, &passage(near.span.clone())),
        near.distance,
        "the closest passage {:?} of {quote:?} in {original:?} is not at its distance",
        near.span
    );
    let boundaries: Vec<usize> = original
        .char_indices()
        .map(|(i, _)| i)
        .chain([original.len()])
        .filter(|&i| between_segments(original, i))
        .collect();
    let mut best = usize::MAX;
    for (k, &start) in boundaries.iter().enumerate() {
        for &end in &boundaries[k..] {
            best = best.min(levenshtein(&wanted, &passage(start..end)));
        }
    }
    assert_eq!(near.distance, best, "closest({quote:?}) in {original:?}");
});
