//! The only place that turns results into text.

mod diagnostics_github;
mod diagnostics_human;
mod diagnostics_json;
mod diagnostics_sarif;
mod path;
mod rules;
mod summary;

pub use diagnostics_github::render_github;
pub use diagnostics_human::render_human;
pub use diagnostics_json::render_json;
pub use diagnostics_sarif::render_sarif;
pub use rules::{rules_json, rules_table};
pub use summary::{Counts, config_failure_line, summary_line};
