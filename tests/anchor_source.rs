//! Quote anchoring through the public API, on article-like text.

use crossclaim::anchor::{Anchoring, NearMatch, Quote, Source, normalize};
use std::ops::Range;

/// The byte range of the only occurrence of `needle` in `text`, found without the module.
fn range_of(text: &str, needle: &str) -> Range<usize> {
    let start = text.find(needle).unwrap_or(usize::MAX);
    assert_eq!(text.matches(needle).count(), 1, "{needle:?} must occur once");
    start..start + needle.len()
}

const ARTICLE: &str = "BERLIN \u{2014} The city council voted on Tuesday to expand the tram \
network.\r\nThe mayor said: \u{201C}We\u{2019}re ready\u{2026} and the money is there.\u{201D}\r\n\
Critics were not convinced. \u{201C}The money is there, they say. It was there last year \
too,\u{201D} said Anna M\u{fc}ller,\u{a0}a member of the opposition.\n\
The vote passed 31 to 12.";

#[test]
fn reports_curly_quoted_text_for_a_straight_typed_quote() {
    let source = Source::new(ARTICLE);
    let found = source.find_all("\"We're ready... and the money is there.\"");
    let expected = range_of(
        ARTICLE,
        "\u{201C}We\u{2019}re ready\u{2026} and the money is there.\u{201D}",
    );
    assert_eq!(found, vec![expected]);
}

#[test]
fn finds_straight_quotes_in_the_source_from_a_curly_typed_quote() {
    let text = "He said \"it's fine\" twice.";
    let source = Source::new(text);
    assert_eq!(
        source.find_all("\u{201C}it\u{2019}s fine\u{201D}"),
        vec![range_of(text, "\"it's fine\"")]
    );
}

#[test]
fn treats_the_ellipsis_char_and_three_dots_alike() {
    let text = "Wait... what? Wait\u{2026} what?";
    let source = Source::new(text);
    assert_eq!(source.find_all("Wait... what"), vec![0..12, 14..26]);
    assert_eq!(source.find_all("Wait\u{2026} what"), vec![0..12, 14..26]);
    // Two dots are a visible difference, and do not match half an ellipsis char.
    assert_eq!(source.find_all("Wait.. what"), Vec::<Range<usize>>::new());
    // Real dots can be quoted in part; the dots of an ellipsis char cannot.
    assert_eq!(source.find_all(".. what"), vec![5..12]);
}

#[test]
fn matches_across_line_breaks_and_no_break_spaces() {
    let source = Source::new(ARTICLE);
    let expected = range_of(ARTICLE, "network.\r\nThe mayor");
    assert_eq!(source.find_all("network. The mayor"), vec![expected.clone()]);
    assert_eq!(source.find_all("network.\n  The\tmayor"), vec![expected]);
    assert_eq!(
        source.find_all("M\u{fc}ller, a member"),
        vec![range_of(ARTICLE, "M\u{fc}ller,\u{a0}a member")]
    );
}

#[test]
fn trims_the_quote_but_keeps_the_range_on_the_text() {
    let source = Source::new(ARTICLE);
    assert_eq!(
        source.find_all("\n  The vote passed  \t"),
        vec![range_of(ARTICLE, "The vote passed")]
    );
}

#[test]
fn does_not_normalize_visible_differences() {
    let source = Source::new(ARTICLE);
    assert!(source.find_all("the city council").is_empty());
    assert!(source.find_all("BERLIN - The city").is_empty());
    assert!(source.find_all("Anna Muller").is_empty());
}

#[test]
fn reports_overlapping_occurrences() {
    let source = Source::new("aaa");
    assert_eq!(source.find_all("aa"), vec![0..2, 1..3]);
}

#[test]
fn finds_a_unique_quote() {
    let source = Source::new(ARTICLE);
    assert_eq!(
        source.find(&Quote::new("Critics were not convinced.")),
        Anchoring::Found(range_of(ARTICLE, "Critics were not convinced."))
    );
}

#[test]
fn reports_every_occurrence_of_an_undisambiguated_repeat() {
    let source = Source::new(ARTICLE);
    let first = range_of(ARTICLE, "money is there.");
    let second = range_of(ARTICLE, "money is there,");
    let quote = Quote::new("money is there");
    assert_eq!(
        source.find(&quote),
        Anchoring::Ambiguous(vec![first.start..first.end - 1, second.start..second.end - 1])
    );
}

#[test]
fn narrows_a_repeat_with_a_prefix_across_whitespace() {
    let source = Source::new(ARTICLE);
    let second = range_of(ARTICLE, "money is there,");
    let quote = Quote {
        prefix: Some("convinced. \u{201C}The "),
        ..Quote::new("money is there")
    };
    assert_eq!(source.find(&quote), Anchoring::Found(second.start..second.end - 1));
    // The junction may differ in whitespace: the source has one space before "money".
    let quote = Quote {
        prefix: Some("\"The\n"),
        ..Quote::new("money is there")
    };
    assert_eq!(source.find(&quote), Anchoring::Found(second.start..second.end - 1));
}

#[test]
fn narrows_a_repeat_with_a_suffix() {
    let source = Source::new(ARTICLE);
    let first = range_of(ARTICLE, "money is there.");
    let quote = Quote {
        suffix: Some(".\u{201D}"),
        ..Quote::new("money is there")
    };
    assert_eq!(source.find(&quote), Anchoring::Found(first.start..first.end - 1));
}

#[test]
fn picks_the_nth_occurrence() {
    let text = "yes, yes, yes";
    let source = Source::new(text);
    let quote = Quote {
        occurrence: Some(2),
        ..Quote::new("yes")
    };
    assert_eq!(source.find(&quote), Anchoring::Found(5..8));
}

#[test]
fn counts_occurrences_after_prefix_filtering() {
    let text = "no yes, no yes, so yes, no yes";
    let source = Source::new(text);
    let quote = Quote {
        prefix: Some("no"),
        occurrence: Some(3),
        ..Quote::new("yes")
    };
    assert_eq!(source.find(&quote), Anchoring::Found(27..30));
}

#[test]
fn keeps_what_a_disambiguator_leaves_ambiguous() {
    let text = "no yes, no yes, so yes";
    let source = Source::new(text);
    let quote = Quote {
        prefix: Some("no "),
        ..Quote::new("yes")
    };
    assert_eq!(source.find(&quote), Anchoring::Ambiguous(vec![3..6, 11..14]));
}

#[test]
fn reports_a_disambiguator_that_selects_nothing() {
    let text = "yes, yes";
    let source = Source::new(text);
    let all = vec![0..3, 5..8];
    let third = Quote {
        occurrence: Some(3),
        ..Quote::new("yes")
    };
    assert_eq!(
        source.find(&third),
        Anchoring::DisambiguatorMismatch {
            candidates: all.clone()
        }
    );
    let zeroth = Quote {
        occurrence: Some(0),
        ..Quote::new("yes")
    };
    assert_eq!(
        source.find(&zeroth),
        Anchoring::DisambiguatorMismatch {
            candidates: all.clone()
        }
    );
    let wrong_prefix = Quote {
        prefix: Some("no"),
        ..Quote::new("yes")
    };
    assert_eq!(
        source.find(&wrong_prefix),
        Anchoring::DisambiguatorMismatch { candidates: all }
    );
}

#[test]
fn confirms_a_single_occurrence_its_disambiguator_agrees_with() {
    let source = Source::new("only once here");
    let quote = Quote {
        prefix: Some("only"),
        suffix: Some("here"),
        occurrence: Some(1),
        ..Quote::new("once")
    };
    assert_eq!(source.find(&quote), Anchoring::Found(5..9));
}

#[test]
fn reports_a_missing_quote_even_with_disambiguators() {
    let source = Source::new(ARTICLE);
    let quote = Quote {
        occurrence: Some(1),
        ..Quote::new("not in the article")
    };
    assert_eq!(source.find(&quote), Anchoring::NotFound);
}

#[test]
fn reports_an_empty_quote_apart() {
    let source = Source::new(ARTICLE);
    assert_eq!(source.find(&Quote::new("")), Anchoring::EmptyQuote);
    assert_eq!(source.find(&Quote::new(" \u{a0}\r\n\t")), Anchoring::EmptyQuote);
    assert!(source.find_all("  ").is_empty());
    assert_eq!(source.closest(" \n"), None);
    assert_eq!(normalize(" \n"), "");
}

#[test]
fn gives_line_and_column_after_a_crlf() {
    let source = Source::new(ARTICLE);
    let at = range_of(ARTICLE, "The mayor").start;
    assert_eq!(source.line_col(at), (2, 1));
    let at = range_of(ARTICLE, "Critics").start;
    assert_eq!(source.line_col(at), (3, 1));
}

#[test]
fn counts_columns_in_chars_after_multibyte_text() {
    let source = Source::new(ARTICLE);
    // Line 3 starts with "Critics"; before "a member" come curly quotes, "ü" and U+00A0,
    // each one column but two or three bytes.
    let line_start = range_of(ARTICLE, "Critics").start;
    let at = range_of(ARTICLE, "a member").start;
    let before = &ARTICLE[line_start..at];
    assert!(before.len() > before.chars().count());
    assert_eq!(source.line_col(at), (3, before.chars().count() + 1));
    assert_eq!(source.line_col(at), (3, 107));
    let last = range_of(ARTICLE, "The vote").start;
    assert_eq!(source.line_col(last), (4, 1));
}

#[test]
fn finds_the_sentence_a_one_word_misquote_came_from() {
    let source = Source::new(ARTICLE);
    // "Tuesday" became "Monday": three substitutions and a deletion.
    let misquote = "The city council voted on Monday to expand the tram network.";
    assert_eq!(source.find(&Quote::new(misquote)), Anchoring::NotFound);
    let sentence = range_of(ARTICLE, "The city council voted on Tuesday to expand the tram network.");
    assert_eq!(
        source.closest(misquote),
        Some(NearMatch {
            span: sentence,
            distance: 4
        })
    );
}

#[test]
fn finds_a_misquote_that_spans_a_line_break_and_typographic_quotes() {
    let source = Source::new(ARTICLE);
    // Typed with straight quotes and one word changed ("convinced" -> "persuaded").
    let misquote = "Critics were not persuaded. \"The money is there, they say.";
    let passage = range_of(
        ARTICLE,
        "Critics were not convinced. \u{201C}The money is there, they say.",
    );
    let found = source.closest(misquote);
    assert_eq!(found.as_ref().map(|m| m.span.clone()), Some(passage));
    // Only the changed word costs anything: the quotes and the space are normalization.
    assert_eq!(found.map(|m| m.distance), Some(levenshtein("persuaded", "convinced")));
    assert_eq!(levenshtein("persuaded", "convinced"), 7);
}

#[test]
fn closest_gives_distance_zero_for_an_exact_quote() {
    let source = Source::new(ARTICLE);
    assert_eq!(
        source.closest("The vote passed"),
        Some(NearMatch {
            span: range_of(ARTICLE, "The vote passed"),
            distance: 0
        })
    );
}

#[test]
fn keeps_the_original_text() {
    assert_eq!(Source::new(ARTICLE).text(), ARTICLE);
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.chars().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            row[j + 1] = (prev[j] + usize::from(x != y)).min(prev[j + 1] + 1).min(row[j] + 1);
        }
        prev = row;
    }
    prev[b.len()]
}
