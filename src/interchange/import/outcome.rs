//! What became of each row of a dataset: decided while reading it (skipped, refused), or while
//! planning what it adds to the project.

use super::rows::Place;

/// What became of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Added as (a stance of) this claim.
    Imported {
        place: Place,
        claim: String,
    },
    /// Says again what an earlier row of the file said.
    Merged {
        place: Place,
        with: Place,
    },
    /// Says what the project already holds, from an earlier import.
    Present {
        place: Place,
        claim: String,
    },
    /// The stance map says it is not about the proposition.
    Skipped {
        place: Place,
        label: String,
    },
    Refused {
        place: Place,
        reason: String,
    },
}
