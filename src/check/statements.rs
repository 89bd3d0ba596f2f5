//! Claims that render one utterance: those sharing a `statement` id, and translations tied to
//! their originals by `translation_of`. One statement has one speaker; translation links end at
//! an original; languages are declared wherever renderings differ in them.

use crate::diagnostic::{Code, Diagnostic, excerpt};
use crate::model::Corpus;

use super::index::{Index, at};
use super::resolved::Resolved;

/// A statement, by its number in `Resolved::statement_ids`.
type Statement = usize;

pub fn check(corpus: &Corpus, resolved: &Resolved<'_>, out: &mut Vec<Diagnostic>) {
    let originals = originals(resolved);
    let in_cycle = cycles(corpus, &originals, out);
    let statements = statements(resolved, &originals, &in_cycle);
    translations(corpus, resolved, &originals, &statements, out);
    for (statement, members) in &groups(resolved, &statements) {
        let statement = resolved.statement_ids[*statement];
        speakers(corpus, statement, members, out);
        languages(corpus, resolved, &originals, statement, members, out);
    }
}

/// Each claim's statement, in file order: its own `statement`, else its original's through
/// any number of `translation_of` links (none on a cycle of them).
pub fn statement_of<'a>(corpus: &'a Corpus, index: &Index<'_>) -> Vec<Option<&'a str>> {
    let resolved = Resolved::new(corpus, index);
    let originals = originals(&resolved);
    let in_cycle = cycles(corpus, &originals, &mut Vec::new());
    statements(&resolved, &originals, &in_cycle)
        .into_iter()
        .map(|statement| statement.map(|s| resolved.statement_ids[s]))
        .collect()
}

/// Statements with more than one claim, each with its claims in file order, in the order of
/// their first claims.
fn groups(resolved: &Resolved<'_>, statements: &[Option<Statement>]) -> Vec<(Statement, Vec<usize>)> {
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); resolved.statement_ids.len()];
    for (i, statement) in statements.iter().enumerate() {
        if let Some(statement) = statement {
            groups[*statement].push(i);
        }
    }
    let mut groups: Vec<(Statement, Vec<usize>)> =
        groups.into_iter().enumerate().filter(|(_, m)| m.len() > 1).collect();
    groups.sort_by_key(|(_, members)| members[0]);
    groups
}

/// For each claim, the index of the claim it is a translation of, if that is defined.
fn originals(resolved: &Resolved<'_>) -> Vec<Option<usize>> {
    (0..resolved.claims()).map(|i| resolved.translation_of(i)).collect()
}

/// Reports each cycle of `translation_of` links once, at its first claim in file order, and
/// returns which claims are on one. Each claim links to at most one other, so one walk from
/// every claim, never repeated, finds them all.
fn cycles(corpus: &Corpus, originals: &[Option<usize>], out: &mut Vec<Diagnostic>) -> Vec<bool> {
    #[derive(Clone, Copy, PartialEq)]
    enum Seen {
        Not,
        OnPath,
        Done,
    }
    let mut seen = vec![Seen::Not; originals.len()];
    let mut in_cycle = vec![false; originals.len()];
    // One walk's claims; kept between walks, as most are one claim long.
    let mut path = Vec::new();
    for start in 0..originals.len() {
        path.clear();
        let mut at = Some(start);
        while let Some(i) = at.filter(|&i| seen[i] == Seen::Not) {
            seen[i] = Seen::OnPath;
            path.push(i);
            at = originals[i];
        }
        if let Some(i) = at.filter(|&i| seen[i] == Seen::OnPath) {
            let from = path.iter().position(|&p| p == i).unwrap_or(0);
            let cycle = &path[from..];
            for &member in cycle {
                in_cycle[member] = true;
            }
            report_cycle(corpus, cycle, out);
        }
        for &i in &path {
            seen[i] = Seen::Done;
        }
    }
    in_cycle
}

fn report_cycle(corpus: &Corpus, cycle: &[usize], out: &mut Vec<Diagnostic>) {
    let Some(&first) = cycle.iter().min() else {
        return;
    };
    let claim = &corpus.claims[first];
    let others: Vec<String> = cycle
        .iter()
        .filter(|&&i| i != first)
        .map(|&i| format!("`{}`", excerpt(&corpus.claims[i].value.id)))
        .collect();
    let message = if others.is_empty() {
        format!(
            "claim `{}` is given as a translation of itself",
            excerpt(&claim.value.id)
        )
    } else {
        format!(
            "claim `{}` is a translation of itself through {}",
            excerpt(&claim.value.id),
            others.join(", ")
        )
    };
    let mut diagnostic = Diagnostic::new(Code::TranslationCycle, message, at(corpus, claim, "translation_of"));
    for &i in cycle.iter().filter(|&&i| i != first) {
        diagnostic = diagnostic.with_related(at(corpus, &corpus.claims[i], "translation_of"), "links on from here");
    }
    out.push(diagnostic.with_help(
        "keep `translation_of` only on the translation, pointing at the claim whose words it was made from",
    ));
}

/// Each claim's statement: its own, else its original's (through any number of translations).
fn statements(resolved: &Resolved<'_>, originals: &[Option<usize>], in_cycle: &[bool]) -> Vec<Option<Statement>> {
    let mut found: Vec<Option<Option<Statement>>> = vec![None; originals.len()];
    let mut path = Vec::new();
    for start in 0..originals.len() {
        path.clear();
        let mut at = start;
        let statement = loop {
            if let Some(known) = found[at] {
                break known;
            }
            if let Some(own) = resolved.statement(at) {
                break Some(own);
            }
            match originals[at].filter(|_| !in_cycle[at]) {
                Some(next) => {
                    path.push(at);
                    at = next;
                }
                None => break None,
            }
        };
        found[at] = Some(statement);
        for &i in &path {
            found[i] = Some(statement);
        }
        found[start] = Some(statement);
    }
    found.into_iter().map(Option::flatten).collect()
}

/// A translation belongs to its original's statement and is in another language.
fn translations(
    corpus: &Corpus,
    resolved: &Resolved<'_>,
    originals: &[Option<usize>],
    statements: &[Option<Statement>],
    out: &mut Vec<Diagnostic>,
) {
    for (i, claim) in corpus.claims.iter().enumerate() {
        let Some(original) = originals[i] else {
            continue;
        };
        let c = &claim.value;
        let source = &corpus.claims[original];
        let (own, theirs) = (resolved.statement(i), statements[original]);
        if own.is_some() && own != theirs {
            let theirs = theirs.map_or("no statement".to_string(), |s| {
                format!("statement `{}`", excerpt(resolved.statement_ids[s]))
            });
            out.push(
                Diagnostic::new(
                    Code::TranslationMismatch,
                    format!(
                        "claim `{}` names statement `{}`, but the claim it translates, `{}`, is in {theirs}",
                        excerpt(&c.id),
                        excerpt(c.statement.as_deref().unwrap_or_default()),
                        excerpt(&source.value.id)
                    ),
                    at(corpus, claim, "statement"),
                )
                .with_related(at(corpus, source, "id"), "the original")
                .with_help(
                    "remove `statement` from the translation: it joins its original's; or give both the same id",
                ),
            );
        }
        if let (Some(language), Some(theirs)) = (language(corpus, resolved, i), language(corpus, resolved, original))
            && language == theirs
        {
            out.push(
                Diagnostic::new(
                    Code::TranslationMismatch,
                    format!(
                        "claim `{}` is given as a translation of `{}`, but both are in `{}`",
                        excerpt(&c.id),
                        excerpt(&source.value.id),
                        excerpt(language)
                    ),
                    at(corpus, claim, "translation_of"),
                )
                .with_related(at(corpus, source, "id"), "the original")
                .with_help("two renderings in one language are versions, not a translation: remove `translation_of` and tie them by `statement`; or correct a `language`"),
            );
        }
    }
}

/// The claims of one statement name its first claim's speaker.
fn speakers(corpus: &Corpus, statement: &str, members: &[usize], out: &mut Vec<Diagnostic>) {
    let first = &corpus.claims[members[0]];
    let named = |speaker: Option<&str>| speaker.map_or("no speaker".to_string(), |s| format!("`{}`", excerpt(s)));
    for &i in &members[1..] {
        let claim = &corpus.claims[i];
        if claim.value.speaker == first.value.speaker {
            continue;
        }
        let field = if claim.value.speaker.is_some() {
            "speaker"
        } else {
            "mode"
        };
        out.push(
            Diagnostic::new(
                Code::StatementSpeakerMismatch,
                format!(
                    "claim `{}` renders statement `{}` with {} as speaker, but `{}` names {}",
                    excerpt(&claim.value.id),
                    excerpt(statement),
                    named(claim.value.speaker.as_deref()),
                    excerpt(&first.value.id),
                    named(first.value.speaker.as_deref())
                ),
                at(corpus, claim, field),
            )
            .with_related(at(corpus, first, "speaker"), "the statement's speaker")
            .with_help("one statement has one speaker: correct the speaker (a headline naming the speaker's government keeps the person, with the naming in `speaker_role`), or give the claim another `statement`"),
        );
    }
}

/// Where a statement's renderings are not all in one declared language, or one translates
/// another, each says its language.
fn languages(
    corpus: &Corpus,
    resolved: &Resolved<'_>,
    originals: &[Option<usize>],
    statement: &str,
    members: &[usize],
    out: &mut Vec<Diagnostic>,
) {
    let declared: Vec<Option<&str>> = members.iter().map(|&i| language(corpus, resolved, i)).collect();
    let mut distinct: Vec<&str> = declared.iter().flatten().copied().collect();
    distinct.sort_unstable();
    distinct.dedup();
    let translated = members
        .iter()
        .any(|&i| originals[i].is_some() || originals.contains(&Some(i)));
    let all_one = distinct.len() <= 1 && declared.iter().all(Option::is_some);
    if all_one || (distinct.is_empty() && !translated) {
        return;
    }
    for (&i, language) in members.iter().zip(&declared) {
        if language.is_some() {
            continue;
        }
        let claim = &corpus.claims[i];
        let why = if distinct.is_empty() {
            "one of its renderings is a translation".to_string()
        } else {
            let shown: Vec<String> = distinct.iter().map(|l| format!("`{}`", excerpt(l))).collect();
            format!("its other renderings are in {}", shown.join(", "))
        };
        out.push(
            Diagnostic::new(
                Code::LanguageUndeclared,
                format!(
                    "claim `{}` of statement `{}` declares no language, and {why}",
                    excerpt(&claim.value.id),
                    excerpt(statement)
                ),
                at(corpus, claim, "id"),
            )
            .with_help(format!(
                "add `language:` (e.g. `en`) to its article `{}`, or to the claim if its quote is in another language than the article",
                excerpt(&claim.value.article)
            )),
        );
    }
}

/// A claim's language: its own, else its article's.
fn language<'a>(corpus: &'a Corpus, resolved: &Resolved<'_>, claim: usize) -> Option<&'a str> {
    let article = resolved.article(claim);
    corpus.claims[claim]
        .value
        .language
        .as_deref()
        .or_else(|| corpus.articles[article?].value.language.as_deref())
}
