//! Which claims a view marks: those `check` finds an error in, by where the error is.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Severity, Target};
use crate::model::Corpus;

/// For each claim of the corpus, whether an error is reported inside it.
pub fn claims_with_errors(corpus: &Corpus, diagnostics: &[Diagnostic]) -> Vec<bool> {
    let mut errors = vec![false; corpus.claims.len()];
    let inside: Vec<(&Path, &str)> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .filter_map(|d| match &d.primary.target {
            Target::Yaml(path) => Some((d.primary.file.as_path(), claim_path(path)?)),
            _ => None,
        })
        .collect();
    if inside.is_empty() {
        return errors;
    }
    let by_place: HashMap<(&Path, String), usize> = corpus
        .claims
        .iter()
        .enumerate()
        .map(|(i, claim)| ((corpus.file_path(claim.file), claim.path.to_string()), i))
        .collect();
    for (file, path) in inside {
        if let Some(&i) = by_place.get(&(file, path.to_string())) {
            errors[i] = true;
        }
    }
    errors
}

/// `claims[3]` of `claims[3].quote`: the claim a YAML path is inside, if any.
pub fn claim_path(path: &str) -> Option<&str> {
    let end = path.strip_prefix("claims[")?.find(']')? + "claims[".len() + 1;
    Some(&path[..end])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Location};
    use crate::load::load_text;

    #[test]
    fn finds_the_claim_a_path_is_inside() {
        assert_eq!(claim_path("claims[3].quote"), Some("claims[3]"));
        assert_eq!(claim_path("claims[12]"), Some("claims[12]"));
        assert_eq!(claim_path("claims[1].stances[0].proposition"), Some("claims[1]"));
        assert_eq!(claim_path("articles[0].sha256"), None);
        assert_eq!(claim_path("claims"), None);
    }

    #[test]
    fn marks_only_claims_with_an_error_inside() {
        let claim = |id: &str| format!("  - {{id: {id}, article: x, mode: narration, quote: q, topics: [t]}}\n");
        let text = format!("claims:\n{}{}", claim("a"), claim("b"));
        let mut corpus = Corpus::default();
        if let crate::load::FileResult::Loaded(file, definitions, _) = load_text(Path::new("c.yaml"), text) {
            corpus.add(file, definitions);
        }
        let at = |path: &str, code| Diagnostic::new(code, "m", Location::yaml("c.yaml", path));
        let mut warning = at("claims[0].quote", Code::QuoteAmbiguous);
        warning.severity = Severity::Warning;
        let found = [at("claims[1].quote", Code::QuoteNotFound), warning];
        assert_eq!(claims_with_errors(&corpus, &found), vec![false, true]);
    }
}
