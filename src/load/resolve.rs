use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Location, Span, Target, line_col};

use super::SpanIndex;

/// Fills in the byte span and line:col of every location, building a YAML span index once per
/// file that has a finding. `texts` holds the text of every file a location may name.
pub fn resolve(diagnostics: &mut [Diagnostic], texts: &HashMap<PathBuf, &str>) {
    let mut indexes: HashMap<PathBuf, SpanIndex> = HashMap::new();
    for diagnostic in diagnostics.iter_mut() {
        resolve_one(&mut diagnostic.primary, texts, &mut indexes);
        for related in &mut diagnostic.related {
            resolve_one(&mut related.location, texts, &mut indexes);
        }
    }
}

fn resolve_one(location: &mut Location, texts: &HashMap<PathBuf, &str>, indexes: &mut HashMap<PathBuf, SpanIndex>) {
    let Some(text) = texts.get(&location.file) else {
        return;
    };
    let bytes = match &location.target {
        Target::File => return,
        Target::Bytes(range) => range.clone(),
        Target::Yaml(path) => {
            let index = indexes
                .entry(location.file.clone())
                .or_insert_with(|| SpanIndex::build(text));
            match index.find(path) {
                Some(range) => range,
                None => return,
            }
        }
    };
    let start = bytes.start.min(text.len());
    let end = bytes.end.clamp(start, text.len());
    location.span = Some(Span {
        bytes: start..end,
        start: line_col(text, start),
        end: line_col(text, end),
    });
}
