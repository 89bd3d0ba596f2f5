use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Location, Severity, Span};

/// rustc-style text: the message, the offending line with the span underlined, related places
/// ("first defined here") and the help. Colour is added here and stripped by the writer when
/// the output is not a terminal or NO_COLOR is set.
pub fn render_human(diagnostic: &Diagnostic, texts: &HashMap<PathBuf, &str>, styled: bool) -> String {
    let level = match diagnostic.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let mut group = Group::with_title(
        level
            .primary_title(diagnostic.message.as_str())
            .id(diagnostic.code.name()),
    );
    let primary = &diagnostic.primary;
    let mut excerpts: Vec<Excerpt<'_>> = Vec::new();
    match excerpt(primary, texts) {
        Some(mut e) => {
            e.annotations
                .push((AnnotationKind::Primary, e.span.clone(), String::new()));
            excerpts.push(e);
        }
        None => group = group.element(origin(primary)),
    }
    for related in &diagnostic.related {
        let Some(e) = excerpt(&related.location, texts) else {
            group = group.element(origin(&related.location));
            continue;
        };
        // A related place on the same lines as the primary one is shown in the same excerpt,
        // unless a line is long enough to be cut around each of them.
        let same = |x: &&mut Excerpt<'_>| {
            x.file == e.file && x.lines == e.lines && x.text.len() == e.text.len() && x.cut_chars == e.cut_chars
        };
        match excerpts.iter_mut().find(same) {
            Some(same) => same
                .annotations
                .push((AnnotationKind::Context, e.span.clone(), related.label.clone())),
            None => {
                let mut e = e;
                e.annotations
                    .push((AnnotationKind::Context, e.span.clone(), related.label.clone()));
                excerpts.push(e);
            }
        }
    }
    for e in &excerpts {
        let mut snippet = Snippet::source(e.text)
            .line_start(e.first_line)
            .path(e.file.to_string_lossy().into_owned())
            .fold(true);
        for (kind, span, label) in &e.annotations {
            let annotation = (*kind).span(span.clone());
            snippet = snippet.annotation(if label.is_empty() {
                annotation
            } else {
                annotation.label(label.as_str())
            });
        }
        group = group.element(snippet);
    }
    if let Some(help) = &diagnostic.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
    restore_columns(renderer.render(&[group]), &excerpts)
}

/// Bytes of a long line kept either side of a span: more than the 140 columns a snippet shows
/// (a character is at most four bytes), so what is shown is the same as for the whole line.
const WINDOW_BYTES: usize = 1024;
/// The most of one span shown: a value of megabytes is underlined at its start.
const SPAN_BYTES: usize = 4096;

/// The lines around a span, so rendering costs the size of the excerpt, not the file: whole
/// lines, or on a long line a window of [`WINDOW_BYTES`] either side of the span.
struct Excerpt<'a> {
    file: PathBuf,
    text: &'a str,
    first_line: usize,
    lines: Range<usize>,
    span: Range<usize>,
    annotations: Vec<(AnnotationKind, Range<usize>, String)>,
    /// Characters of the first line left out before `text`: the snippet counts columns from its
    /// own text, so its `file:line:col` is that much short.
    cut_chars: usize,
    /// The true column of the first annotation, when the line was cut.
    column: usize,
}

fn excerpt<'a>(location: &Location, texts: &HashMap<PathBuf, &'a str>) -> Option<Excerpt<'a>> {
    let Span { bytes, start, end } = location.span.as_ref()?;
    let text = *texts.get(&location.file)?;
    let shown_end = floor_boundary(text, bytes.end.min(bytes.start.saturating_add(SPAN_BYTES)));
    // Back to the line's start, or the window's: the column says how much of the line is before.
    let window_start = floor_boundary(text, bytes.start.saturating_sub(WINDOW_BYTES));
    let from = text[window_start..bytes.start]
        .rfind(['\n', '\r'])
        .map_or(window_start, |i| window_start + i + 1);
    let window_end = floor_boundary(text, shown_end.saturating_add(WINDOW_BYTES));
    let to = text[shown_end..window_end]
        .find(['\n', '\r'])
        .map_or(window_end, |i| shown_end + i);
    let slice = &text[from..to];
    // An empty span still gets a one-character caret, as at the end of a line.
    let span_start = bytes.start - from;
    let span_end = (shown_end - from).max(span_start + usize::from(span_start < slice.len()));
    let last_line = if shown_end < bytes.end {
        let underlined = &slice[span_start..shown_end - from];
        start.line + underlined.matches('\n').count() + underlined.matches('\r').count()
            - underlined.matches("\r\n").count()
    } else {
        end.line
    };
    Some(Excerpt {
        file: location.file.clone(),
        text: slice,
        first_line: start.line,
        lines: start.line..last_line + 1,
        span: span_start..span_end.min(slice.len().max(span_start)),
        annotations: Vec::new(),
        cut_chars: (start.column - 1).saturating_sub(text[from..bytes.start].chars().count()),
        column: start.column,
    })
}

/// The nearest character boundary at or before `byte`.
fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// Puts back the true column in the `file:line:col` of each excerpt whose line was cut: the
/// snippet renderer counts columns from the start of the text it was given.
fn restore_columns(rendered: String, excerpts: &[Excerpt<'_>]) -> String {
    let mut out = rendered;
    let mut from = 0;
    for e in excerpts.iter().filter(|e| e.cut_chars > 0) {
        let path = e.file.to_string_lossy();
        let shown = format!("{path}:{}:{}", e.first_line, e.column - e.cut_chars);
        let Some(at) = out[from..].find(&shown).map(|i| from + i) else {
            continue;
        };
        let right = format!("{path}:{}:{}", e.first_line, e.column);
        out.replace_range(at..at + shown.len(), &right);
        from = at + right.len();
    }
    out
}

/// A `--> file:line:col` line for places with no text to show.
fn origin(location: &Location) -> Origin<'static> {
    let origin = Origin::path(location.file.to_string_lossy().into_owned());
    match &location.span {
        Some(span) => origin.line(span.start.line).char_column(span.start.column - 1),
        None => origin,
    }
}
