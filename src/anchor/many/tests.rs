use super::*;
use proptest::prelude::*;

/// The anchorings of `quotes` in `text`, after checking that every way of finding them agrees:
/// `find` per quote, and `find_many` by its own choice, quote by quote and in one scan.
fn anchored(text: &str, quotes: &[Quote<'_>]) -> Vec<Anchoring> {
    let source = Source::new(text);
    let one_by_one: Vec<Anchoring> = quotes.iter().map(|q| source.find(q)).collect();
    assert_eq!(source.find_many(quotes), one_by_one, "find_many in {text:?}");
    for search in [Search::OneByOne, Search::OneScan] {
        assert_eq!(
            source.find_many_with(quotes, Some(search)),
            one_by_one,
            "{search:?} in {text:?}"
        );
    }
    one_by_one
}

fn plain(texts: &[&'static str]) -> Vec<Quote<'static>> {
    texts.iter().map(|t| Quote::new(t)).collect()
}

#[test]
fn gives_nothing_for_no_quotes() {
    assert!(anchored("some text", &[]).is_empty());
}

#[test]
fn tells_empty_missing_found_and_ambiguous_quotes_apart() {
    let found = anchored("the cat sat on the mat", &plain(&["cat", " \n ", "dog", "the", ""]));
    assert_eq!(
        found,
        [
            Anchoring::Found(4..7),
            Anchoring::EmptyQuote,
            Anchoring::NotFound,
            Anchoring::Ambiguous(vec![0..3, 15..18]),
            Anchoring::EmptyQuote,
        ]
    );
}

#[test]
fn reports_overlapping_occurrences_of_quotes_that_overlap_each_other() {
    let found = anchored("aaaa", &plain(&["aa", "a", "aaa", "aaaa", "aaaaa"]));
    assert_eq!(
        found,
        [
            Anchoring::Ambiguous(vec![0..2, 1..3, 2..4]),
            Anchoring::Ambiguous(vec![0..1, 1..2, 2..3, 3..4]),
            Anchoring::Ambiguous(vec![0..3, 1..4]),
            Anchoring::Found(0..4),
            Anchoring::NotFound,
        ]
    );
}

#[test]
fn answers_a_repeated_quote_by_its_own_disambiguators() {
    let text = "the cat, a cat, the cat";
    let quote = |exact, prefix, suffix, occurrence| Quote {
        exact,
        prefix,
        suffix,
        occurrence,
    };
    let quotes = [
        quote("cat", None, None, None),
        quote("cat", Some("a"), None, None),
        quote("cat", None, None, Some(3)),
        quote("cat", Some("the"), None, None),
        quote("cat", None, Some(", a"), None),
        quote("cat", Some("my"), None, None),
        quote("cat", None, None, Some(4)),
        quote("bird", None, Some("dog"), None),
    ];
    let all = vec![4..7, 11..14, 20..23];
    assert_eq!(
        anchored(text, &quotes),
        [
            Anchoring::Ambiguous(all.clone()),
            Anchoring::Found(11..14),
            Anchoring::Found(20..23),
            Anchoring::Ambiguous(vec![4..7, 20..23]),
            Anchoring::Found(4..7),
            Anchoring::DisambiguatorMismatch {
                candidates: all.clone()
            },
            Anchoring::DisambiguatorMismatch { candidates: all },
            Anchoring::NotFound,
        ]
    );
}

#[test]
fn matches_typed_spacing_and_quotes_and_maps_back_to_the_original() {
    let text = "She said:\r\n  \u{201C}We\u{2019}re\u{a0}ready.\u{201D} Then left.";
    let found = anchored(text, &plain(&["\"We're ready.\"", "said: \"We're", "ready.\" Then"]));
    assert_eq!(
        found,
        [
            Anchoring::Found(13..34),
            Anchoring::Found(4..23),
            Anchoring::Found(25..39)
        ]
    );
}

#[test]
fn drops_occurrences_that_begin_or_end_inside_an_expanded_ellipsis() {
    let found = anchored(
        "wait\u{2026} wait... go",
        &plain(&["...", "wait..", ".", "\u{2026}", "..", "wait\u{2026}"]),
    );
    assert_eq!(
        found,
        [
            Anchoring::Ambiguous(vec![4..7, 12..15]),
            // Only the typed dots: two of them cannot be half of the ellipsis character.
            Anchoring::Found(8..14),
            Anchoring::Ambiguous(vec![12..13, 13..14, 14..15]),
            Anchoring::Ambiguous(vec![4..7, 12..15]),
            Anchoring::Ambiguous(vec![12..14, 13..15]),
            Anchoring::Ambiguous(vec![0..7, 8..15]),
        ]
    );
}

#[test]
fn matches_composed_and_decomposed_letters_but_never_half_of_one() {
    // и + combining breve is й; the bare и is part of it, not an occurrence.
    let text = "\u{438}\u{306}\u{446} \u{439}\u{446}";
    let found = anchored(
        text,
        &plain(&["\u{439}\u{446}", "\u{438}", "\u{446}", "\u{438}\u{306}"]),
    );
    assert_eq!(
        found,
        [
            Anchoring::Ambiguous(vec![0..6, 7..11]),
            Anchoring::NotFound,
            Anchoring::Ambiguous(vec![4..6, 9..11]),
            Anchoring::Ambiguous(vec![0..4, 7..9]),
        ]
    );
}

#[test]
fn scans_a_long_text_once_for_many_quotes() {
    // Long enough for the vector search, with more distinct prefixes than one scan takes.
    let words: Vec<String> = (0..100).map(|i| format!("w{i:03}x")).collect();
    let text = words.join(" ") + " w007x";
    let mut quotes: Vec<Quote<'_>> = words.iter().map(|w| Quote::new(w)).collect();
    quotes.push(Quote::new("w099x w007x"));
    quotes.push(Quote::new("w007x"));
    let found = anchored(&text, &quotes);
    assert_eq!(found[101], found[7]);
    assert_eq!(found[7], Anchoring::Ambiguous(vec![42..47, 600..605]));
    assert_eq!(found[8], Anchoring::Found(48..53));
    assert_eq!(found[100], Anchoring::Found(594..605));
    let source = Source::new(&text);
    let needles: Vec<&str> = quotes.iter().map(|q| q.exact).collect();
    assert!(
        one_scan(&source.norm, &needles).is_some(),
        "the packed searcher is built"
    );
}

#[test]
fn gives_up_the_one_scan_when_every_position_is_a_candidate() {
    let text = "a".repeat(300);
    let long = "a".repeat(50) + "b";
    let short = "a".repeat(20);
    let source = Source::new(&text);
    assert!(one_scan(&source.norm, &[&long, &short]).is_none());
    let found = anchored(&text, &[Quote::new(&long), Quote::new(&short)]);
    assert_eq!(found[0], Anchoring::NotFound);
    assert_eq!(found[1], Anchoring::Ambiguous((0..281).map(|i| i..i + 20).collect()));
}

/// Pieces that make repeats, overlaps, whitespace runs, typographic quotes, ellipses and
/// combining marks likely in a short text.
const PIECES: &[&str] = &[
    "a", "aa", "b", "ab", " ", "  ", "\n", "\r\n", "\u{a0}", "\u{201C}", "\u{201D}", "\u{2019}", "'", "\"", "\u{2026}",
    "...", ".", "e", "\u{301}", "\u{e9}", "\u{438}", "\u{306}", "\u{439}",
];

fn pieces(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|parts| parts.concat())
}

/// A quote as generated: its text made of pieces or cut out of the source (by char index and
/// length, taken modulo the source), and disambiguators that sometimes fit.
#[derive(Clone, Debug)]
struct Generated {
    exact: String,
    cut: Option<(usize, usize)>,
    prefix: Option<String>,
    suffix: Option<String>,
    occurrence: Option<usize>,
}

fn generated() -> impl Strategy<Value = Generated> {
    (
        pieces(5),
        proptest::option::weighted(0.6, (0..64usize, 1..12usize)),
        proptest::option::weighted(0.3, pieces(3)),
        proptest::option::weighted(0.3, pieces(3)),
        proptest::option::weighted(0.3, 0..4usize),
    )
        .prop_map(|(exact, cut, prefix, suffix, occurrence)| Generated {
            exact,
            cut,
            prefix,
            suffix,
            occurrence,
        })
}

/// The text the quote stands for in `text`.
fn exact_in(g: &Generated, text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    match g.cut {
        Some((at, len)) if !chars.is_empty() => {
            let at = at % chars.len();
            chars[at..(at + len).min(chars.len())].iter().collect()
        }
        _ => g.exact.clone(),
    }
}

proptest! {
    #[test]
    fn finds_what_find_finds_for_each_quote(
        text in pieces(120),
        generated in proptest::collection::vec(generated(), 0..12),
        repeats in proptest::collection::vec(0..12usize, 0..4),
    ) {
        let exacts: Vec<String> = generated.iter().map(|g| exact_in(g, &text)).collect();
        let mut quotes: Vec<Quote<'_>> = generated
            .iter()
            .zip(&exacts)
            .map(|(g, exact)| Quote {
                exact,
                prefix: g.prefix.as_deref(),
                suffix: g.suffix.as_deref(),
                occurrence: g.occurrence,
            })
            .collect();
        // The same quote again, with and without its disambiguators.
        for r in repeats {
            if let Some(&q) = quotes.get(r) {
                quotes.push(q);
                quotes.push(Quote::new(q.exact));
            }
        }
        let source = Source::new(&text);
        let one_by_one: Vec<Anchoring> = quotes.iter().map(|q| source.find(q)).collect();
        prop_assert_eq!(&source.find_many(&quotes), &one_by_one);
        for search in [Search::OneByOne, Search::OneScan] {
            prop_assert_eq!(&source.find_many_with(&quotes, Some(search)), &one_by_one, "{:?}", search);
        }
    }
}
