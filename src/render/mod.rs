//! The only place that turns results into text.

mod curate;
mod diagnostics_github;
mod diagnostics_human;
mod diagnostics_json;
mod diagnostics_sarif;
mod error;
mod import;
mod path;
mod quotes;
mod quotes_json;
mod rehash;
mod rules;
mod show;
mod show_json;
mod stubs_yaml;
mod summary;
mod usage;
pub mod views;
mod wrap;

pub use curate::{article_added, init_report, refusal, written_line};
pub use diagnostics_github::render_github;
pub use diagnostics_human::render_human;
pub use diagnostics_json::render_json;
pub use diagnostics_sarif::render_sarif;
pub use error::{config_failure, error_text};
pub use import::import_report;
pub use quotes::{coverage_lines, quotes_listing};
pub use quotes_json::quotes_json;
pub use rehash::rehash_report;
pub use rules::{rule_explanation, rule_json, rules_json, rules_table, severity_note};
pub use show::{render_show, render_show_markdown};
pub use show_json::show_json;
pub use stubs_yaml::stubs_yaml;
pub use summary::{config_failure_line, omitted_line, summary_line};
pub use usage::usage_error;
pub use views::{
    DEFAULT_WIDTH, JSON_VERSION, by_speaker_csv, by_speaker_json, by_topic_csv, by_topic_json, conflicts_csv,
    conflicts_json, coverage_csv, coverage_json, layout, render_markdown, render_table,
};
