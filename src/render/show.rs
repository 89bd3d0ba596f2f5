//! `show` for people: the claim's particulars, then its passage in the source with line
//! numbers and the quote marked by carets (and in bold where colour is on).

use std::fmt::Write as _;

use anstyle::{Effects, Style};
use unicode_width::UnicodeWidthStr;

use crate::compare::{DatedBy, Passage, Show, Voice};
use crate::model::{Mode, Stance};

use super::layout::{ERROR_MARK, collapse_whitespace, rating_label, stance_symbol};
use super::views::markdown::escape;
use super::wrap::{wrap, wrap_ranges};

const QUOTE_STYLE: Style = Style::new().effects(Effects::BOLD.insert(Effects::UNDERLINE));
/// Width of the field names (`speaker`, `summary`...) and the gap after them.
const LABEL_WIDTH: usize = 10;

/// The human form. Colour codes are always written; the output stream removes them when it
/// is not a terminal or colour is off.
pub fn render_show(view: &Show<'_>, width: u16) -> String {
    let width = usize::from(width);
    let mut out = String::new();
    let c = view.claim.claim;
    let _ = writeln!(out, "claim {}", c.id);
    if view.claim.has_errors {
        let _ = writeln!(
            out,
            "  {ERROR_MARK} this claim has errors; run `crossclaim check` for details"
        );
    }
    let mut field = |label: &str, value: &str| {
        let value_width = width.saturating_sub(LABEL_WIDTH + 2).max(20);
        for (i, line) in wrap(value, value_width).into_iter().enumerate() {
            let label = if i == 0 { label } else { "" };
            let _ = writeln!(out, "  {label:<LABEL_WIDTH$}{line}");
        }
    };
    field("speaker", &speaker(view));
    field("words", &words(view));
    let article = view.claim.article;
    field(
        "article",
        &format!(
            "{}, “{}”, {}",
            view.claim.outlet.name,
            collapse_whitespace(&article.title),
            article.published.date
        ),
    );
    field("date", &date(view));
    for (p, s) in &view.stances {
        let rating = rating_label(p).map(|r| format!(", {r}")).unwrap_or_default();
        field(
            "stance",
            &format!(
                "{} {} “{}” [{}]{rating}",
                stance_symbol(*s),
                s.as_str(),
                collapse_whitespace(&p.text),
                p.id
            ),
        );
    }
    let topics: Vec<String> = view.topics.iter().map(|t| format!("{} [{}]", t.title, t.id)).collect();
    field("topics", &topics.join("; "));
    if let Some(summary) = &c.summary {
        field("summary", &collapse_whitespace(summary));
    }
    if let Some(notes) = &c.notes {
        field("notes", &collapse_whitespace(notes));
    }
    out.push('\n');
    match &view.passage {
        Some(passage) => {
            out.push_str(&passage_text(view, passage, width));
            if !view.also_at.is_empty() {
                let places: Vec<String> = view.also_at.iter().map(|(l, c)| format!("{l}:{c}")).collect();
                let note = format!(
                    "note: the quote also occurs at {}; give the claim a `prefix`, `suffix` or `occurrence` to say which is meant",
                    places.join(", ")
                );
                out.push('\n');
                for line in wrap(&note, width) {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
        None => {
            let _ = writeln!(
                out,
                "{}: the quote could not be placed in the source; run `crossclaim check` for details",
                view.source.display()
            );
        }
    }
    out
}

fn speaker(view: &Show<'_>) -> String {
    match view.claim.voice {
        Voice::Speaker {
            speaker,
            role: Some(role),
        } => format!("{}, {}", speaker.name, collapse_whitespace(role)),
        Voice::Speaker { speaker, role: None } => speaker.name.clone(),
        Voice::Narration(outlet) => format!("{} (narration: the outlet in its own voice)", outlet.name),
    }
}

fn words(view: &Show<'_>) -> String {
    let c = view.claim.claim;
    let quote = collapse_whitespace(&c.quote);
    let words = match c.mode {
        Mode::Quote => format!("“{quote}” (quote)"),
        Mode::Paraphrase => format!("{quote} (paraphrase, in the outlet's words)"),
        Mode::Narration => format!("{quote} (narration)"),
    };
    match &c.verb {
        Some(verb) => format!("{}: {words}", collapse_whitespace(verb)),
        None => words,
    }
}

fn date(view: &Show<'_>) -> String {
    match view.claim.dated_by {
        DatedBy::Statement => format!("{} (when the statement was made)", view.claim.date),
        DatedBy::Article => format!("{} (the article's date; the statement is not dated)", view.claim.date),
    }
}

/// `--> path:line:column`, then the lines with a gutter of line numbers, long lines wrapped,
/// and carets under the quote.
fn passage_text(view: &Show<'_>, passage: &Passage<'_>, width: usize) -> String {
    let mut out = String::new();
    let number_width = passage.lines.last().map_or(1, |l| l.number.to_string().len());
    let gutter = " ".repeat(number_width);
    let _ = writeln!(
        out,
        "{gutter}--> {}:{}:{}",
        view.source.display(),
        passage.start.0,
        passage.start.1
    );
    let _ = writeln!(out, "{gutter} |");
    let text_width = width.saturating_sub(number_width + 3).max(20);
    for line in &passage.lines {
        if line.text.is_empty() {
            let _ = writeln!(out, "{:>number_width$} |", line.number);
            continue;
        }
        for (i, part) in wrap_ranges(line.text, text_width).into_iter().enumerate() {
            let label = if i == 0 { line.number.to_string() } else { String::new() };
            let _ = write!(out, "{label:>number_width$} | ");
            let marked = line
                .highlight
                .as_ref()
                .map(|h| h.start.max(part.start)..h.end.min(part.end))
                .filter(|m| m.start < m.end);
            match &marked {
                Some(m) => {
                    let _ = writeln!(
                        out,
                        "{}{QUOTE_STYLE}{}{QUOTE_STYLE:#}{}",
                        &line.text[part.start..m.start],
                        &line.text[m.clone()],
                        &line.text[m.end..part.end]
                    );
                    let pad = line.text[part.start..m.start].width();
                    let carets = line.text[m.clone()].width().max(1);
                    let _ = writeln!(out, "{gutter} | {}{}", " ".repeat(pad), "^".repeat(carets));
                }
                None => {
                    let _ = writeln!(out, "{}", &line.text[part]);
                }
            }
        }
    }
    out
}

/// The Markdown form: who said it, the passage as a block quote with the quote in bold, and
/// where it comes from.
pub fn render_show_markdown(view: &Show<'_>) -> String {
    let mut out = String::new();
    let c = view.claim.claim;
    let who = match view.claim.voice {
        Voice::Speaker { speaker, role } => match role {
            Some(role) => format!("**{}** ({})", escape(&speaker.name), escape(&collapse_whitespace(role))),
            None => format!("**{}**", escape(&speaker.name)),
        },
        Voice::Narration(outlet) => format!("**{}** (narration)", escape(&outlet.name)),
    };
    let verb = c
        .verb
        .as_deref()
        .filter(|v| v.chars().any(char::is_alphanumeric))
        .map(|v| format!(" {}", escape(&collapse_whitespace(v))))
        .unwrap_or_default();
    let _ = writeln!(out, "{who}{verb}:\n");
    match &view.passage {
        Some(passage) => {
            let paragraphs: Vec<String> = passage
                .lines
                .iter()
                .filter(|l| !l.text.trim().is_empty())
                .map(|l| match &l.highlight {
                    Some(h) => format!(
                        "> {}<strong>{}</strong>{}",
                        escape(&l.text[..h.start]),
                        escape(&l.text[h.clone()]),
                        escape(&l.text[h.end..])
                    ),
                    None => format!("> {}", escape(l.text)),
                })
                .collect();
            out.push_str(&paragraphs.join("\n>\n"));
            out.push('\n');
        }
        None => {
            let _ = writeln!(out, "> {}", escape(&collapse_whitespace(&c.quote)));
        }
    }
    let article = view.claim.article;
    let line = view
        .passage
        .as_ref()
        .map(|p| format!(", line {}", p.start.0))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "\n— {}, *{}*, {} (`{}`{line}; claim `{}`)",
        escape(&view.claim.outlet.name),
        escape(&collapse_whitespace(&article.title)),
        view.claim.date,
        view.source.display(),
        c.id
    );
    for (p, s) in &view.stances {
        let _ = writeln!(
            out,
            "\n{} {}: {}",
            stance_symbol(*s),
            stance_word(*s),
            escape(&collapse_whitespace(&p.text))
        );
    }
    if view.claim.has_errors {
        let _ = writeln!(
            out,
            "\n{ERROR_MARK} This claim has errors; run `crossclaim check` for details."
        );
    }
    out
}

fn stance_word(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "supports",
        Stance::Opposes => "opposes",
        Stance::Neutral => "neutral on",
    }
}
