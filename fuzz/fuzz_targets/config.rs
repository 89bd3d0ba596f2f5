//! `crossclaim.toml`: any text validates or fails with findings whose spans lie inside it on
//! character boundaries.

#![no_main]

use std::path::Path;

use crossclaim::diagnostic::Target;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Err(error) = crossclaim::config::load_text(Path::new("crossclaim.toml"), text.to_string()) else {
        return;
    };
    assert!(!error.diagnostics.is_empty());
    for diagnostic in &error.diagnostics {
        if let Target::Bytes(span) = &diagnostic.primary.target {
            assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
            assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "{span:?}"
            );
        }
    }
});
