//! Values serde accepts but the format does not: id syntax, hashes, country codes, empty
//! quotes and topic lists, and whether a claim's attribution fits its mode.

use crate::diagnostic::{Code, Diagnostic, excerpt, path_excerpt};
use crate::model::{Claim, Corpus, Item, Mode, country_help, is_language_tag, is_valid_country, is_valid_id};

use super::duplicates::id_of;
use super::index::at;

/// Whether `hash` is written as a sha256 is: 64 lower-case hex digits. Only such a hash is
/// compared with its source; any other is reported once, here.
pub fn is_sha256(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// What is checked before the claims: every id's syntax, outlets' countries, provenance and
/// articles' hashes.
pub fn definitions(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    for definition in corpus.definitions() {
        if !is_valid_id(definition.id) {
            let (kind, id) = (definition.kind, definition.id);
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("{kind} id `{}` is not kebab-case", excerpt(id)),
                    id_of(corpus, &definition),
                )
                .with_help(format!(
                    "use lower-case letters, digits and single hyphens, e.g. `{}`",
                    excerpt(&suggest_id(id))
                )),
            );
        }
    }
    for outlet in &corpus.outlets {
        let country = &outlet.value.country;
        if !is_valid_country(country) {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("country `{}` is not an ISO 3166-1 alpha-2 code", excerpt(country)),
                    at(corpus, outlet, "country"),
                )
                .with_help(country_help(country)),
            );
        }
    }
    super::provenance::check(corpus, out);
    for article in &corpus.articles {
        let hash = &article.value.sha256;
        if !is_sha256(hash) {
            // An upper-case hash is the right one written differently: say so, not "recompute".
            let help = if hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                format!("write it in lower case: `{}`", hash.to_ascii_lowercase())
            } else {
                format!(
                    "run `sha256sum {}` and copy its first field",
                    path_excerpt(&article.value.source)
                )
            };
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    "`sha256` is not 64 lower-case hex digits",
                    at(corpus, article, "sha256"),
                )
                .with_help(help),
            );
        }
    }
}

/// One claim's values: its quote, topics, occurrence, attribution, markers and language.
pub fn claim(corpus: &Corpus, claim: &Item<Claim>, out: &mut Vec<Diagnostic>) {
    let c = &claim.value;
    if c.quote.trim().is_empty() {
        out.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("claim `{}` has an empty quote", excerpt(&c.id)),
                at(corpus, claim, "quote"),
            )
            .with_help("copy the exact passage from the source article"),
        );
    }
    if c.topics.is_empty() {
        out.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("claim `{}` lists no topics", excerpt(&c.id)),
                at(corpus, claim, "topics"),
            )
            .with_help("list at least one topic id the claim is about"),
        );
    }
    if c.occurrence == Some(0) {
        out.push(
            Diagnostic::new(
                Code::InvalidValue,
                "`occurrence` counts from 1",
                at(corpus, claim, "occurrence"),
            )
            .with_help("write `occurrence: 1` for the first occurrence"),
        );
    }
    attribution(corpus, claim, out);
    for (i, marker) in c.markers.iter().enumerate() {
        if marker.trim().is_empty() {
            out.push(
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("claim `{}` has an empty framing marker", excerpt(&c.id)),
                    at(corpus, claim, &format!("markers[{i}]")),
                )
                .with_help("copy the marker as printed, e.g. `so-called`, or remove the empty item"),
            );
        }
    }
    if let Some(language) = &c.language {
        language_tag(corpus, claim, language, out);
    }
}

/// What is checked after the claims: articles' languages.
pub fn article_languages(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    for article in &corpus.articles {
        if let Some(language) = &article.value.language {
            language_tag(corpus, article, language, out);
        }
    }
}

fn language_tag<T>(corpus: &Corpus, item: &Item<T>, tag: &str, out: &mut Vec<Diagnostic>) {
    if !is_language_tag(tag) {
        out.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("`{}` is not a BCP 47 language tag", excerpt(tag)),
                at(corpus, item, "language"),
            )
            .with_help("write the language's ISO 639 code in lower case, e.g. `en`, `ar` or `ru`, optionally with a region: `pt-BR`"),
        );
    }
}

fn suggest_id(id: &str) -> String {
    let lowered: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let joined = lowered
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if joined.is_empty() { "my-id".to_string() } else { joined }
}

fn attribution(corpus: &Corpus, claim: &Item<Claim>, out: &mut Vec<Diagnostic>) {
    let c = &claim.value;
    match c.mode {
        Mode::Narration => {
            if c.speaker.is_some() {
                out.push(
                    Diagnostic::new(
                        Code::AttributionMismatch,
                        format!("narration claim `{}` names a speaker", excerpt(&c.id)),
                        at(corpus, claim, "speaker"),
                    )
                    .with_help(
                        "in narration the outlet speaks; remove `speaker`, or use `mode: quote` or `mode: paraphrase`",
                    ),
                );
            }
            if c.verb.is_some() {
                out.push(
                    Diagnostic::new(
                        Code::AttributionMismatch,
                        format!("narration claim `{}` has an attribution verb", excerpt(&c.id)),
                        at(corpus, claim, "verb"),
                    )
                    .with_help(
                        "remove `verb`, or use `mode: quote` or `mode: paraphrase` if the outlet attributes the words",
                    ),
                );
            }
            if c.attribution.is_some() {
                out.push(
                    Diagnostic::new(
                        Code::AttributionMismatch,
                        format!("narration claim `{}` has an `attribution`", excerpt(&c.id)),
                        at(corpus, claim, "attribution"),
                    )
                    .with_help(
                        "remove `attribution`, or use `mode: quote` or `mode: paraphrase` if the outlet attributes the words",
                    ),
                );
            }
        }
        Mode::Quote | Mode::Paraphrase => {
            if c.speaker.is_none() {
                out.push(
                    Diagnostic::new(Code::AttributionMismatch, format!("{} claim `{}` names no speaker", c.mode.as_str(), excerpt(&c.id)), at(corpus, claim, "mode"))
                        .with_help("add `speaker:` with the id of who is quoted, or use `mode: narration` for the outlet's own voice"),
                );
            }
            let verb = c.verb.as_deref().filter(|v| !v.trim().is_empty());
            match (verb, c.attribution) {
                (None, None) => out.push(
                    Diagnostic::new(
                        Code::AttributionMismatch,
                        format!("{} claim `{}` has no attribution verb", c.mode.as_str(), excerpt(&c.id)),
                        at(corpus, claim, "mode"),
                    )
                    .with_help("add `verb:` with the outlet's verb as printed, e.g. `said`, `claimed`, `alleged`; without a verb, say how the text attributes it with `attribution: context` or `attribution: label`"),
                ),
                (Some(_), Some(attribution)) => out.push(
                    Diagnostic::new(
                        Code::AttributionMismatch,
                        format!(
                            "{} claim `{}` has both a verb and `attribution: {}`",
                            c.mode.as_str(),
                            excerpt(&c.id),
                            attribution.as_str()
                        ),
                        at(corpus, claim, "attribution"),
                    )
                    .with_help("`attribution` is for a statement the text attributes without a verb; keep the verb and remove `attribution`, or the other way round"),
                ),
                _ => {}
            }
        }
    }
}
