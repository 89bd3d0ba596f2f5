//! Claim files: any bytes go through the reader's decoding, then the loader; every finding's
//! span must lie inside the text on character boundaries, and every finding must locate and
//! render in the human and JSON formats without a panic.

#![no_main]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crossclaim::diagnostic::Target;
use crossclaim::load::{FileResult, decode, load_text, resolve};
use crossclaim::render::{render_human, render_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode(bytes.to_vec()) else {
        return;
    };
    let path = Path::new("claims/fuzz.yaml");
    let mut diagnostics = match load_text(path, text.clone()) {
        FileResult::Loaded(_, _, diagnostics) | FileResult::Failed(_, diagnostics) => diagnostics,
    };
    for diagnostic in &diagnostics {
        let locations = std::iter::once(&diagnostic.primary).chain(diagnostic.related.iter().map(|r| &r.location));
        for location in locations {
            if let Target::Bytes(span) = &location.target {
                assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
                assert!(
                    text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "{span:?}"
                );
            }
        }
    }
    let texts: HashMap<PathBuf, &str> = HashMap::from([(path.to_path_buf(), text.as_str())]);
    resolve(&mut diagnostics, &texts);
    for diagnostic in &diagnostics {
        if let Some(span) = &diagnostic.primary.span {
            assert!(span.bytes.end <= text.len());
            assert!(span.start <= span.end, "{span:?}");
        }
        let _ = render_human(diagnostic, &texts, false);
        let _ = render_json(diagnostic);
    }
});
