//! Completions that know the project: the ids a flag or argument takes, read from the claim
//! files of the project in the current directory when the shell asks (clap_complete's dynamic
//! completion runs these). The project is found and loaded as every command finds it; nothing
//! is checked, and a project that cannot be found or read completes to nothing.

use clap_complete::engine::CompletionCandidate;

use crate::diagnostic::excerpt;
use crate::load;
use crate::model::Corpus;
use crate::project::{Project, Request, claim_files};
use crate::render::layout::collapse_whitespace;
use crate::rules;

/// Topic ids, with their titles.
pub fn topics() -> Vec<CompletionCandidate> {
    from_project(|corpus| {
        corpus
            .topics
            .iter()
            .map(|t| candidate(&t.value.id, &t.value.title))
            .collect()
    })
}

/// Outlet ids, with their names.
pub fn outlets() -> Vec<CompletionCandidate> {
    from_project(|corpus| {
        corpus
            .outlets
            .iter()
            .map(|o| candidate(&o.value.id, &o.value.name))
            .collect()
    })
}

/// Speaker ids, with their names.
pub fn speakers() -> Vec<CompletionCandidate> {
    from_project(|corpus| {
        corpus
            .speakers
            .iter()
            .map(|s| candidate(&s.value.id, &s.value.name))
            .collect()
    })
}

/// Proposition ids, with their statements.
pub fn propositions() -> Vec<CompletionCandidate> {
    from_project(|corpus| {
        corpus
            .propositions
            .iter()
            .map(|p| candidate(&p.value.proposition.id, &p.value.proposition.text))
            .collect()
    })
}

/// Article ids, with their titles.
pub fn articles() -> Vec<CompletionCandidate> {
    from_project(|corpus| {
        corpus
            .articles
            .iter()
            .map(|a| candidate(&a.value.id, &a.value.title))
            .collect()
    })
}

/// Claim ids, with their summaries (else their words).
pub fn claims() -> Vec<CompletionCandidate> {
    from_project(|corpus| {
        corpus
            .claims
            .iter()
            .map(|c| candidate(&c.value.id, c.value.summary.as_deref().unwrap_or(&c.value.quote)))
            .collect()
    })
}

/// Every rule's code, with what it checks.
pub fn rules() -> Vec<CompletionCandidate> {
    rules::all()
        .map(|rule| candidate(rule.name, rule.description))
        .collect()
}

/// The rules whose severity may be changed.
pub fn configurable_rules() -> Vec<CompletionCandidate> {
    rules::all()
        .filter(|rule| rule.configurable)
        .map(|rule| candidate(rule.name, rule.description))
        .collect()
}

/// What `--deny` takes: `warnings`, or a rule.
pub fn deny() -> Vec<CompletionCandidate> {
    let mut candidates = vec![candidate("warnings", "fail the check on any warning")];
    candidates.extend(configurable_rules());
    candidates
}

/// A value and its help on one short line, as shells show it beside the value.
fn candidate(value: &str, help: &str) -> CompletionCandidate {
    let help = collapse_whitespace(help);
    CompletionCandidate::new(value).help(Some(excerpt(&help).into_owned().into()))
}

/// The ids `ids` picks from the project in the current directory, each once, sorted.
fn from_project(ids: impl FnOnce(&Corpus) -> Vec<CompletionCandidate>) -> Vec<CompletionCandidate> {
    let Ok(project) = Project::resolve(&Request::default()) else {
        return Vec::new();
    };
    let Ok(found) = claim_files(&project) else {
        return Vec::new();
    };
    let loaded = load::load_files(&found.files, Vec::new(), None, load::Keep::FindingsOnly);
    let mut candidates = ids(&loaded.corpus);
    candidates.sort_by(|a, b| a.get_value().cmp(b.get_value()));
    candidates.dedup_by(|a, b| a.get_value() == b.get_value());
    candidates
}
