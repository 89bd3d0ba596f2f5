use serde::Serialize;

use crate::diagnostic::Code;

/// Every rule as aligned columns: code, default severity, what it checks.
pub fn rules_table() -> String {
    let header = ("rule", "default", "what it checks");
    let width = Code::ALL
        .iter()
        .map(|code| code.name().len())
        .chain([header.0.len()])
        .max()
        .unwrap_or(0);
    let row = |code: &str, severity: &str, description: &str| format!("{code:<width$}  {severity:<7}  {description}\n");
    let mut out = row(header.0, header.1, header.2);
    for code in Code::ALL {
        out.push_str(&row(code.name(), code.default_severity().as_str(), code.description()));
    }
    out
}

/// Every rule as JSON Lines: `{"code", "default_severity", "description"}`.
pub fn rules_json() -> String {
    #[derive(Serialize)]
    struct JsonRule {
        code: &'static str,
        default_severity: &'static str,
        description: &'static str,
    }
    let mut out = String::new();
    for code in Code::ALL {
        let rule = JsonRule {
            code: code.name(),
            default_severity: code.default_severity().as_str(),
            description: code.description(),
        };
        out.push_str(&serde_json::to_string(&rule).unwrap_or_default());
        out.push('\n');
    }
    out
}
