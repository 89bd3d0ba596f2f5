pub mod artifact;
pub mod check;
pub mod schema;
