//! Quote matching against a brute-force oracle: a plain normalizer written from the fold table
//! alone, a naive substring search, and the edit distance of every passage of the source.
//! Exact search must return exactly the oracle's occurrences; the closest passage must be at
//! the oracle's smallest distance, and be that far from the quote.

#![no_main]

use crossclaim::anchor::{Source, folded, normalize};
use libfuzzer_sys::fuzz_target;

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
    if original.len() > 400 || quote.len() > 64 {
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
        .collect();
    let mut best = usize::MAX;
    for (k, &start) in boundaries.iter().enumerate() {
        for &end in &boundaries[k..] {
            best = best.min(levenshtein(&wanted, &passage(start..end)));
        }
    }
    assert_eq!(near.distance, best, "closest({quote:?}) in {original:?}");
});
