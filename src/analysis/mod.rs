//! What the words of a claim tell beyond their content: the class of the outlet's reporting
//! verb and markers ([`lexicon`]), and how renderings of one statement differ ([`word_diff`]).

mod cue_class;
pub mod lexicon;
pub mod word_diff;

pub use cue_class::{CueClass, Lean};
pub use lexicon::{Classified, Lexicon, Overrides};
