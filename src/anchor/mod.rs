//! Anchoring quotes in the article text they claim to come from.

mod lines;
mod myers;
mod normalize;

pub use normalize::normalize;
