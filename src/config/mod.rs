//! `crossclaim.toml`: where a project's claims and sources are, and how strict each rule is.
//! The format is documented in docs/configuration.md.

mod discover;
mod framing;
mod levels;
mod load;
mod model;

pub use discover::{FILE_NAME, base_dir, find, join};
pub use levels::apply_overrides;
pub use load::{ConfigError, load, load_text};
pub use model::{Config, RuleLevel, is_configurable};
