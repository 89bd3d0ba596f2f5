//! The report's section builders, one per file; [`super::SECTIONS`] lists them in page order.

mod articles;
mod conflicts;
mod framing;
mod heatmap;
mod overview;
mod topics;

pub use articles::articles;
pub use conflicts::conflicts;
pub use framing::{framing, versions};
pub use overview::overview;
pub use topics::topics;
