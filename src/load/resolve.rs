use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Location, Span, Target};
use crate::yaml::{self, Document};

/// Fills in the byte span and line:col of every location. A location named by YAML path is
/// found in the file's tree, parsed once per file that has such a finding: a clean file is
/// never parsed twice. `texts` holds the text of every file a location may name.
pub fn resolve(diagnostics: &mut [Diagnostic], texts: &HashMap<PathBuf, &str>) {
    let mut trees: HashMap<PathBuf, Option<Document>> = HashMap::new();
    for diagnostic in diagnostics.iter_mut() {
        resolve_one(&mut diagnostic.primary, texts, &mut trees);
        for related in &mut diagnostic.related {
            resolve_one(&mut related.location, texts, &mut trees);
        }
    }
}

fn resolve_one(
    location: &mut Location,
    texts: &HashMap<PathBuf, &str>,
    trees: &mut HashMap<PathBuf, Option<Document>>,
) {
    let Some(text) = texts.get(&location.file) else {
        return;
    };
    let Target::Yaml(path) = &location.target else {
        location.locate_bytes(text);
        return;
    };
    let tree = trees
        .entry(location.file.clone())
        .or_insert_with(|| yaml::parse(text).ok());
    let Some(range) = tree.as_ref().and_then(|doc| doc.find(path).map(|node| doc.head(node))) else {
        return;
    };
    location.span = Some(Span::in_text(text, range));
}
