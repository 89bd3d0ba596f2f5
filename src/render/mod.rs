//! The only place that turns results into text.

mod diagnostics_human;
mod diagnostics_json;
mod summary;

pub use diagnostics_human::render_human;
pub use diagnostics_json::render_json;
pub use summary::{Counts, summary_line};
