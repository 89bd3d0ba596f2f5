//! The only place that turns results into text.

mod diagnostics_github;
mod diagnostics_human;
mod diagnostics_json;
mod diagnostics_sarif;
mod path;
mod rules;
mod show;
mod show_json;
mod summary;
mod usage;
pub mod views;
mod wrap;

pub use diagnostics_github::render_github;
pub use diagnostics_human::render_human;
pub use diagnostics_json::render_json;
pub use diagnostics_sarif::render_sarif;
pub use rules::{rules_json, rules_table};
pub use show::{render_show, render_show_markdown};
pub use show_json::show_json;
pub use summary::{Counts, config_failure_line, summary_line};
pub use usage::usage_error;
pub use views::{
    DEFAULT_WIDTH, JSON_VERSION, by_speaker_csv, by_speaker_json, by_topic_csv, by_topic_json, conflicts_csv,
    conflicts_json, coverage_csv, coverage_json, layout, render_markdown, render_table,
};
