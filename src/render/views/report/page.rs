use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use sha2::{Digest, Sha256};

use super::{ReportInput, Section};

const STYLE: &str = include_str!("report.css");
const SCRIPT: &str = include_str!("report.js");
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The whole page: contents, sections, and the style and script inline. A content security
/// policy allows exactly that style and script and nothing else: no request leaves the
/// page, and a script that got into the text some other way would not run.
pub fn page(input: &ReportInput<'_>, sections: &[Section]) -> Markup {
    html! {
        (DOCTYPE) "\n"
        html lang="en" {
            "\n"
            head {
                "\n"
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="color-scheme" content="light dark";
                meta http-equiv="Content-Security-Policy" content=(policy());
                meta name="generator" content={ "crossclaim " (VERSION) };
                "\n"
                title { (input.title) }
                "\n"
                style { (PreEscaped(STYLE)) }
                "\n"
            }
            "\n"
            body {
                "\n"
                header {
                    h1 { (input.title) }
                    p.summary { (summary(input)) }
                    nav aria-label="Sections" {
                        ul { @for s in sections { li { a href={ "#" (s.id) } { (s.title) } } } }
                    }
                    p.filter hidden {
                        label {
                            "Show only the parts that mention "
                            input #filter type="search" autocomplete="off";
                        }
                        " "
                        span #filter-status role="status" {}
                    }
                }
                "\n"
                main {
                    @for s in sections {
                        "\n"
                        section id=(s.id) aria-labelledby={ (s.id) "-title" } {
                            h2 id={ (s.id) "-title" } { (s.title) }
                            "\n"
                            (s.body)
                        }
                    }
                    "\n"
                }
                "\n"
                footer {
                    p {
                        "Made by crossclaim " (VERSION) " from the claim files and the articles' stored texts. "
                        "Each claim links to its passage, marked in the article's text; each marked passage links back to its claims."
                    }
                }
                "\n"
                script { (PreEscaped(SCRIPT)) }
                "\n"
            }
            "\n"
        }
        "\n"
    }
}

/// `57 claims from 2 outlets in 2 articles, 2019-10-23 to 2021.`
fn summary(input: &ReportInput<'_>) -> String {
    let o = &input.overview;
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut text = format!(
        "{} from {} in {}",
        plural(o.claims, "claim", "claims"),
        plural(o.outlets, "outlet", "outlets"),
        plural(o.articles, "article", "articles"),
    );
    if let Some((first, last)) = o.span {
        if first == last {
            text.push_str(&format!(", dated {first}"));
        } else {
            text.push_str(&format!(", dated {first} to {last}"));
        }
    }
    text.push('.');
    text
}

fn policy() -> String {
    format!(
        "default-src 'none'; style-src '{}'; script-src '{}'; img-src data:; base-uri 'none'; form-action 'none'",
        hash(STYLE),
        hash(SCRIPT)
    )
}

/// A CSP source for an inline element's exact content.
fn hash(content: &str) -> String {
    format!("sha256-{}", STANDARD.encode(Sha256::digest(content.as_bytes())))
}
