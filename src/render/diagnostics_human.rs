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
        // A related place close to the primary one is shown in the same excerpt.
        match excerpts.iter_mut().find(|x| x.file == e.file && x.lines == e.lines) {
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
    renderer.render(&[group])
}

/// The whole lines around a span, so rendering costs the size of the excerpt, not the file.
struct Excerpt<'a> {
    file: PathBuf,
    text: &'a str,
    first_line: usize,
    lines: Range<usize>,
    span: Range<usize>,
    annotations: Vec<(AnnotationKind, Range<usize>, String)>,
}

fn excerpt<'a>(location: &Location, texts: &HashMap<PathBuf, &'a str>) -> Option<Excerpt<'a>> {
    let Span { bytes, start, end } = location.span.as_ref()?;
    let text = *texts.get(&location.file)?;
    let from = text[..bytes.start].rfind('\n').map_or(0, |i| i + 1);
    let to = text[bytes.end..].find('\n').map_or(text.len(), |i| bytes.end + i);
    // A CRLF file's carriage return is not part of the line.
    let slice = text[from..to].strip_suffix('\r').unwrap_or(&text[from..to]);
    // An empty span still gets a one-character caret, as at the end of a line.
    let span_start = bytes.start - from;
    let span_end = (bytes.end - from).max(span_start + usize::from(span_start < slice.len()));
    Some(Excerpt {
        file: location.file.clone(),
        text: slice,
        first_line: start.line,
        lines: start.line..end.line + 1,
        span: span_start..span_end.min(slice.len().max(span_start)),
        annotations: Vec::new(),
    })
}

/// A `--> file:line:col` line for places with no text to show.
fn origin(location: &Location) -> Origin<'static> {
    let origin = Origin::path(location.file.to_string_lossy().into_owned());
    match &location.span {
        Some(span) => origin.line(span.start.line).char_column(span.start.column - 1),
        None => origin,
    }
}
