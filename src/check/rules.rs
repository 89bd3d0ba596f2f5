//! The rules on the model, driven in one pass over the claims. Every reference is resolved
//! once, before the pass (by the caller, which shares the resolution with the source work); each rule keeps its own module and is called per claim here. The
//! rules that need the whole corpus first (duplicates, translation chains, never-used
//! definitions, unused sources) run after it on what the pass and the resolution found.

use std::path::Path;

use crate::analysis::Lexicon;
use crate::diagnostic::Diagnostic;
use crate::model::Corpus;

use super::framing::Framing;
use super::index::Index;
use super::references::References;
use super::resolved::Resolved;
use super::usage::Used;
use super::{dates, duplicates, same_article, seeds, stances, statements, validate};

/// Each rule's findings apart, joined at the end in the rules' fixed order: the same list,
/// in the same order, as running the rules one after the other.
#[derive(Default)]
struct Findings {
    validate: Vec<Diagnostic>,
    duplicates: Vec<Diagnostic>,
    references: Vec<Diagnostic>,
    stances: Vec<Diagnostic>,
    dates: Vec<Diagnostic>,
    framing: Vec<Diagnostic>,
    statements: Vec<Diagnostic>,
    same_article: Vec<Diagnostic>,
    usage: Vec<Diagnostic>,
    seeds: Vec<Diagnostic>,
}

impl Findings {
    fn joined(self) -> Vec<Diagnostic> {
        [
            self.validate,
            self.duplicates,
            self.references,
            self.stances,
            self.dates,
            self.framing,
            self.statements,
            self.same_article,
            self.usage,
            self.seeds,
        ]
        .concat()
    }
}

/// Runs every rule on the model. `complete` is false when some claim file failed to load:
/// then "never used" would be a guess, so it is not reported.
pub fn check<'a>(
    corpus: &'a Corpus,
    index: &Index<'a>,
    resolved: &Resolved<'a>,
    lexicon: &Lexicon,
    root: &Path,
    seeds: Option<&Path>,
    complete: bool,
) -> Vec<Diagnostic> {
    let mut found = Findings::default();
    validate::definitions(corpus, &mut found.validate);
    duplicates::check(corpus, index, &mut found.duplicates);
    let mut references = References::new(corpus, index, resolved, &mut found.references);
    let mut framing = Framing::new(lexicon);
    let mut used = Used::new(corpus, resolved);
    for (i, claim) in corpus.claims.iter().enumerate() {
        let links = resolved.claim(i);
        validate::claim(corpus, claim, &mut found.validate);
        references.claim(claim, &links, &mut found.references);
        stances::claim(corpus, resolved, claim, &links, &mut found.stances);
        dates::claim(corpus, claim, &links, &mut found.dates);
        framing.claim(corpus, claim, &mut found.framing);
        used.claim(&links);
    }
    validate::article_languages(corpus, &mut found.validate);
    references.finish(&mut found.references);
    statements::check(corpus, resolved, &mut found.statements);
    same_article::check(corpus, &mut found.same_article);
    if complete {
        used.report(corpus, index, &mut found.usage);
        let default_seeds = crate::paths::join(root, Path::new("seeds"));
        seeds::check(corpus, root, seeds.unwrap_or(&default_seeds), &mut found.seeds);
    }
    found.joined()
}
