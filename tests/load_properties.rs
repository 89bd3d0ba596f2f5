//! Loading any text: no panic, and every finding's span lies inside the text on character
//! boundaries. The texts are built from YAML's own syntax, claim-file keys and multi-byte
//! characters, so they reach the parser's and the decoder's error paths.

use std::path::Path;

use crossclaim::diagnostic::Target;
use crossclaim::load::{FileResult, load_text};
use proptest::prelude::*;

fn yamlish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop::sample::select(vec![
            "claims:",
            "topics:",
            "speakers:",
            "\n",
            "\n  ",
            "\n    ",
            "- ",
            "id: ",
            "name: ",
            "quote: ",
            "topics: ",
            "stances: ",
            "propositions: ",
            "mode: quote",
            "stance: support",
            "&a ",
            "*a",
            "!t ",
            "[",
            "]",
            "{",
            "}",
            ", ",
            ": ",
            "\"",
            "'",
            "#",
            "---",
            "...",
            "|",
            ">",
            "~",
            "123",
            "true",
            "x",
            "é",
            "“",
            "\t",
            "? ",
            "\r\n",
            "%YAML 1.2\n",
            "!!str ",
            "&b ",
            "*b",
            "\\",
            "\\x",
            "date: 2021",
            "occurrence: 0x1",
        ]),
        0..120,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    // PROPTEST_CASES runs more; CI runs the default.
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2000)
    ))]

    #[test]
    fn any_text_loads_or_fails_with_spans_inside_it(text in yamlish()) {
        let diagnostics = match load_text(Path::new("claims/x.yaml"), text.clone()) {
            FileResult::Loaded(_, _, diagnostics) | FileResult::Failed(_, diagnostics) => diagnostics,
        };
        for diagnostic in &diagnostics {
            let locations = std::iter::once(&diagnostic.primary).chain(diagnostic.related.iter().map(|r| &r.location));
            for location in locations {
                if let Target::Bytes(span) = &location.target {
                    prop_assert!(span.start <= span.end && span.end <= text.len(), "{span:?} in {text:?}");
                    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{span:?} in {text:?}");
                }
            }
        }
    }
}
