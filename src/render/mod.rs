//! The only place that turns results into text.

mod compare_json;
mod csv;
mod diagnostics_github;
mod diagnostics_human;
mod diagnostics_json;
mod diagnostics_sarif;
pub mod layout;
mod markdown;
mod path;
mod rules;
mod show;
mod show_json;
mod summary;
mod table;
mod usage;
mod wrap;

pub use compare_json::{JSON_VERSION, by_speaker_json, by_topic_json, conflicts_json, coverage_json};
pub use csv::{by_speaker_csv, by_topic_csv, conflicts_csv, coverage_csv};
pub use diagnostics_github::render_github;
pub use diagnostics_human::render_human;
pub use diagnostics_json::render_json;
pub use diagnostics_sarif::render_sarif;
pub use markdown::render_markdown;
pub use rules::{rule_explanation, rule_json, rules_json, rules_table, severity_note};
pub use show::{render_show, render_show_markdown};
pub use show_json::show_json;
pub use summary::{Counts, config_failure_line, summary_line};
pub use table::{DEFAULT_WIDTH, render_table};
pub use usage::usage_error;
