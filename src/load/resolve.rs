use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Location, Span, Target};
use crate::lines::LineIndex;
use crate::yaml::{self, Document};

/// Fills in the byte span and line:col of every location. A location named by YAML path is
/// found in the file's tree, parsed once per file that has such a finding: a clean file is
/// never parsed twice. Positions come from one line index per file, so the cost is linear in
/// the files and the findings however many a file has. `texts` holds the text of every file a
/// location may name.
pub fn resolve(diagnostics: &mut [Diagnostic], texts: &HashMap<PathBuf, &str>) {
    let mut files = Files::default();
    for diagnostic in diagnostics.iter_mut() {
        resolve_one(&mut diagnostic.primary, texts, &mut files);
        for related in &mut diagnostic.related {
            resolve_one(&mut related.location, texts, &mut files);
        }
    }
}

/// What is built once per file a finding names.
#[derive(Default)]
struct Files {
    trees: HashMap<PathBuf, Option<Document>>,
    lines: HashMap<PathBuf, LineIndex>,
}

fn resolve_one(location: &mut Location, texts: &HashMap<PathBuf, &str>, files: &mut Files) {
    let Files { trees, lines } = files;
    let Some(text) = texts.get(&location.file) else {
        return;
    };
    let bytes = match &location.target {
        Target::File => return,
        Target::Bytes(range) => range.clone(),
        Target::Yaml(path) => {
            let tree = trees
                .entry(location.file.clone())
                .or_insert_with(|| yaml::parse(text).ok());
            match tree.as_ref().and_then(|doc| doc.find(path).map(|node| doc.head(node))) {
                Some(range) => range,
                None => return,
            }
        }
    };
    let start = bytes.start.min(text.len());
    let end = bytes.end.clamp(start, text.len());
    let index = lines
        .entry(location.file.clone())
        .or_insert_with(|| LineIndex::new(text));
    location.span = Some(Span {
        bytes: start..end,
        start: index.line_col(text, start),
        end: index.line_col(text, end),
    });
}
