/// A usage error in the form of the other diagnostics: the message, then what to do.
pub fn usage_error(message: &str, help: Option<&str>) -> String {
    match help {
        Some(help) => format!("error: {message}\n  = help: {help}\n"),
        None => format!("error: {message}\n"),
    }
}
