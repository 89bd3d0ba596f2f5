use serde::Serialize;

use crate::diagnostic::{Diagnostic, Location};

/// One JSON object per diagnostic, one per line (JSON Lines). The field set is documented in
/// docs/output.md and only ever grows.
pub fn render_json(diagnostic: &Diagnostic) -> String {
    let related = diagnostic
        .related
        .iter()
        .map(|r| JsonRelated {
            place: place(&r.location),
            label: &r.label,
        })
        .collect();
    let record = JsonDiagnostic {
        code: diagnostic.code.name(),
        severity: diagnostic.severity.as_str(),
        message: &diagnostic.message,
        place: place(&diagnostic.primary),
        help: diagnostic.help.as_deref(),
        related,
        allowed: diagnostic.allowed.as_ref().map(|allowed| JsonAllowed {
            place: place(&allowed.by),
            reason: &allowed.reason,
        }),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    #[serde(flatten)]
    place: JsonPlace,
    help: Option<&'a str>,
    related: Vec<JsonRelated<'a>>,
    /// Only on a finding an `allow:` silences (shown with `--show-allowed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    allowed: Option<JsonAllowed<'a>>,
}

#[derive(Serialize)]
struct JsonAllowed<'a> {
    #[serde(flatten)]
    place: JsonPlace,
    reason: &'a str,
}

#[derive(Serialize)]
struct JsonPlace {
    file: String,
    line: Option<usize>,
    column: Option<usize>,
    end: Option<JsonPosition>,
}

#[derive(Serialize)]
struct JsonPosition {
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    #[serde(flatten)]
    place: JsonPlace,
    label: &'a str,
}

fn place(location: &Location) -> JsonPlace {
    let span = location.span.as_ref();
    JsonPlace {
        file: location.file.to_string_lossy().into_owned(),
        line: span.map(|s| s.start.line),
        column: span.map(|s| s.start.column),
        end: span.map(|s| JsonPosition {
            line: s.end.line,
            column: s.end.column,
        }),
    }
}
