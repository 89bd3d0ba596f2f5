//! `quotes --format yaml`: claim stubs to paste under `claims:` and finish by hand.

use crate::curate::quotes::{ArticleQuotes, Stub};

pub fn stubs_yaml(articles: &[ArticleQuotes]) -> String {
    let mut out = String::new();
    for article in articles {
        out.push_str(&format!(
            "# Claim stubs for what no claim of `{}` covers yet ({}).\n# Paste them under `claims:`, then set each speaker's id, the topics and the stances, and\n# trim each quote to the words the claim is about.\n",
            article.article,
            article.source.display()
        ));
        if article.stubs.is_empty() {
            out.push_str("# (none: claims cover every quotation and reported sentence)\n");
        }
        for stub in &article.stubs {
            out.push_str(&stub_yaml(stub));
        }
        out.push('\n');
    }
    out
}

fn stub_yaml(stub: &Stub) -> String {
    let mut out = format!(
        "  # {}:{}\n  - id: {}\n    article: {}\n",
        stub.line, stub.column, stub.id, stub.article
    );
    match (&stub.speaker, &stub.speaker_guess) {
        (Some(id), Some(guess)) => out.push_str(&format!("    # speaker: {id}  (guessed from {})\n", quoted(guess))),
        (None, Some(guess)) => out.push_str(&format!(
            "    # speaker: ?  (the text says {}; `crossclaim add speaker` defines one)\n",
            quoted(guess)
        )),
        _ => out.push_str("    # speaker: ?  (the text names no one nearby)\n"),
    }
    out.push_str(&format!("    mode: {}\n", stub.mode.as_str()));
    if let Some(verb) = &stub.verb {
        out.push_str(&format!("    verb: {}\n", scalar(verb)));
    }
    out.push_str(&format!("    quote: {}\n", quoted(&stub.quote)));
    out.push_str("    topics: []  # at least one topic id\n");
    out
}

/// A double-quoted YAML scalar: JSON's string syntax is YAML's double-quoted style.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// A scalar as serde_yaml writes it: plain when that reads back the same, else quoted.
fn scalar(text: &str) -> String {
    serde_yaml::to_string(text)
        .map(|s| s.trim_end().to_string())
        .unwrap_or_else(|_| quoted(text))
}
