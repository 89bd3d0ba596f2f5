//! The comparison views as output. `layout` turns a view into a document of headings,
//! paragraphs and tables; the terminal table, Markdown and HTML renderers draw that one
//! document, and JSON and CSV write the view data directly.

pub mod boxed;
mod csv;
mod filter_text;
mod framing;
pub(crate) mod html;
pub(crate) mod json;
pub mod layout;
pub(crate) mod markdown;
pub mod report;
mod table;
mod versions;

pub use csv::{by_speaker_csv, by_topic_csv, conflicts_csv, coverage_csv};
pub use filter_text::describe_filter;
pub use framing::{FRAMING_JSON_VERSION, framing_csv, framing_json};
pub use json::{JSON_VERSION, by_speaker_json, by_topic_json, conflicts_json, coverage_json};
pub use markdown::render_markdown;
pub use report::{ReportInput, render_report};
pub use table::{DEFAULT_WIDTH, render_table};
pub use versions::{VERSIONS_JSON_VERSION, versions_csv, versions_json};
