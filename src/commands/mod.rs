pub mod artifact;
pub mod check;
pub mod completions;
pub mod man;
pub mod rules;
pub mod schema;
