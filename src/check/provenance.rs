//! Where articles and verdicts come from, as written: addresses, capture times, external ids
//! and outlets' domains. Values the schema's patterns describe, checked the same way.

use crate::diagnostic::{Code, Diagnostic, Location, excerpt};
use crate::model::{Corpus, is_capture_time, is_domain, is_valid_id, url_problem};

use super::index::at;

pub fn check(corpus: &Corpus, out: &mut Vec<Diagnostic>) {
    for outlet in &corpus.outlets {
        for (i, domain) in outlet.value.domains.iter().enumerate() {
            if !is_domain(domain) {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        format!("domain `{}` is not a web domain", excerpt(domain)),
                        at(corpus, outlet, &format!("domains[{i}]")),
                    )
                    .with_help("write the host name alone, in lower case, e.g. `tass.com`: no `https://`, no path"),
                );
            }
        }
    }
    for article in &corpus.articles {
        let a = &article.value;
        if let Some(url) = &a.url {
            out.extend(url_problem(url).map(|why| {
                Diagnostic::new(
                    Code::InvalidValue,
                    format!("url `{}` {why}", excerpt(url)),
                    at(corpus, article, "url"),
                )
                .with_help("write the address the article was published at, e.g. `https://tass.com/politics/1086291`")
            }));
        }
        if let Some(captured) = &a.captured {
            if !is_capture_time(captured) {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        format!("`captured` time `{}` is not a day or an RFC 3339 time", excerpt(captured)),
                        at(corpus, article, "captured"),
                    )
                    .with_help("write `YYYY-MM-DD`, or the time with seconds and offset, e.g. `2014-09-05T10:22:00Z`; the day must exist"),
                );
            }
        }
        for (dataset, id) in &a.ids {
            let here = || at(corpus, article, &format!("ids.{dataset}"));
            if !is_valid_id(dataset) {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        format!("dataset name `{}` is not kebab-case", excerpt(dataset)),
                        here(),
                    )
                    .with_help("name the dataset in lower-case letters, digits and single hyphens, e.g. `fnc-1`"),
                );
            }
            if id.as_str().chars().any(|c| c.is_whitespace() || c == ';') {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        format!("external id `{}` holds a space or `;`", excerpt(id.as_str())),
                        here(),
                    )
                    .with_help("an external id is one word without `;`, as the dataset writes it"),
                );
            }
        }
    }
    for proposition in &corpus.propositions {
        let Some(verdict) = &proposition.value.proposition.verdict else {
            continue;
        };
        for (field, value) in [
            ("verdict.rating", verdict.rating.as_str()),
            ("verdict.by", verdict.by.as_str()),
        ] {
            if value.trim().is_empty() {
                out.push(
                    Diagnostic::new(
                        Code::InvalidValue,
                        format!("`{field}` is empty"),
                        at(corpus, proposition, field),
                    )
                    .with_help("give the rating as its author words it, and who gave it"),
                );
            }
        }
        out.extend(address(
            verdict.url.as_deref(),
            "verdict url",
            at(corpus, proposition, "verdict.url"),
            "the verdict is",
        ));
    }
}

/// A finding for an address that is not an absolute `http` or `https` URL.
fn address(url: Option<&str>, what: &str, here: Location, published: &str) -> Option<Diagnostic> {
    let url = url?;
    let why = url_problem(url)?;
    Some(
        Diagnostic::new(Code::InvalidValue, format!("{what} `{}` {why}", excerpt(url)), here).with_help(format!(
            "write the address {published} published at, e.g. `https://tass.com/politics/1086291`"
        )),
    )
}
