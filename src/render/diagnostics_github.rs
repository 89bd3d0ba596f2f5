use std::fmt::Write;

use crate::diagnostic::{Diagnostic, Location, Severity};

use super::path::slashed;

/// One GitHub Actions workflow command (`::error file=..,line=..::message`) per finding, which
/// the runner turns into an annotation on the file and line. The help and related places follow
/// the message on lines of their own. Columns are given only for a span on one line: the runner
/// drops them otherwise.
pub fn render_github(diagnostic: &Diagnostic) -> String {
    let command = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut properties = vec![("file", slashed(&diagnostic.primary.file))];
    if let Some(span) = &diagnostic.primary.span {
        properties.push(("line", span.start.line.to_string()));
        if span.start.line == span.end.line {
            properties.push(("col", span.start.column.to_string()));
        }
        properties.push(("endLine", span.end.line.to_string()));
        if span.start.line == span.end.line {
            properties.push(("endColumn", span.end.column.to_string()));
        }
    }
    properties.push(("title", diagnostic.code.name().to_string()));
    let properties: Vec<String> = properties
        .into_iter()
        .map(|(key, value)| format!("{key}={}", escape_property(&value)))
        .collect();

    let mut message = diagnostic.message.clone();
    for related in &diagnostic.related {
        let _ = write!(message, "\n{}: {}", related.label, place(&related.location));
    }
    if let Some(help) = &diagnostic.help {
        let _ = write!(message, "\nhelp: {help}");
    }
    format!("::{command} {}::{}", properties.join(","), escape_data(&message))
}

/// `file:line:col`, or the file alone when the finding has no position.
fn place(location: &Location) -> String {
    let file = slashed(&location.file);
    match &location.span {
        Some(span) => format!("{file}:{}:{}", span.start.line, span.start.column),
        None => file.to_string(),
    }
}

/// The runner reads a command up to the end of the line; `%` starts its escapes.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Property values also end at `,` (next property) and `:` (the `::` before the message).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, LineCol, Span};

    fn at(line: usize, column: usize, end_line: usize, end_column: usize) -> Option<Span> {
        Some(Span {
            bytes: 0..0,
            start: LineCol { line, column },
            end: LineCol {
                line: end_line,
                column: end_column,
            },
        })
    }

    #[test]
    fn escapes_data_and_properties_as_the_runner_reads_them() {
        assert_eq!(escape_data("50% a:b, c\r\nd"), "50%25 a:b, c%0D%0Ad");
        assert_eq!(escape_property("50% a:b, c\r\nd"), "50%25 a%3Ab%2C c%0D%0Ad");
    }

    #[test]
    fn gives_columns_only_on_one_line_and_nothing_for_a_whole_file() {
        let mut location = Location::file("dir:x/a,b.yaml");
        location.span = at(3, 5, 3, 9);
        let one_line =
            Diagnostic::new(Code::QuoteNotFound, "quote `x` is 100% wrong", location.clone()).with_help("fix it\nnow");
        assert_eq!(
            render_github(&one_line),
            "::error file=dir%3Ax/a%2Cb.yaml,line=3,col=5,endLine=3,endColumn=9,title=quote-not-found::quote `x` is 100%25 wrong%0Ahelp: fix it%0Anow"
        );
        location.span = at(3, 5, 4, 2);
        let two_lines = Diagnostic::new(Code::EmptyFile, "m", location);
        assert_eq!(
            render_github(&two_lines),
            "::warning file=dir%3Ax/a%2Cb.yaml,line=3,endLine=4,title=empty-file::m"
        );
        let whole_file = Diagnostic::new(Code::FileUnreadable, "m", Location::file("claims"));
        assert_eq!(
            render_github(&whole_file),
            "::error file=claims,title=file-unreadable::m"
        );
    }
}
