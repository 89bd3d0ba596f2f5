//! `crossclaim.toml`: where a project's claims and sources are, and how strict each rule is.
//! The format is documented in docs/configuration.md. Finding the file is the project's
//! business (`crate::project`); this module only reads and validates one.

mod framing;
mod levels;
mod load;
mod model;

pub use levels::apply_overrides;
pub use load::{ConfigError, load, load_text};
pub use model::{Config, RuleLevel, is_configurable};

/// The name of a project's configuration file.
pub const FILE_NAME: &str = "crossclaim.toml";
