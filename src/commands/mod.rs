pub mod check;
pub mod compare;
pub mod conflicts;
pub mod coverage;
pub mod show;
mod views;
