//! Where each claim's quote sits in its source, by claim index: a flat table of two `u32`s per
//! claim rather than a hash map, since nearly every claim has a passage and a million-claim
//! project would otherwise spend 50 MB on the map alone. Sources are far smaller than 4 GiB
//! (`MAX_SOURCE_FILE_BYTES`), so every offset fits.
//!
//! Each entry is one atomic word, so the threads working on different articles record their
//! claims' passages straight into the one table: no article's passages wait in a list of their
//! own until all articles are done.

use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};

/// No passage: a claim whose quote was not anchored.
const NONE: u64 = u64::MAX;

#[derive(Debug, Default)]
pub struct Anchors {
    /// Each claim's passage: its start in the high 32 bits, its end in the low.
    ranges: Vec<AtomicU64>,
}

impl Anchors {
    /// A table for `claims` claims, none of them anchored yet.
    pub fn for_claims(claims: usize) -> Anchors {
        Anchors {
            ranges: (0..claims).map(|_| AtomicU64::new(NONE)).collect(),
        }
    }

    /// Records the passage of claim `claim`. A claim beyond the table, or a range that does not
    /// fit, is left unanchored rather than recorded wrongly. Each claim is recorded by the one
    /// thread that anchors its article, so the order of stores between threads does not matter.
    pub fn insert(&self, claim: usize, range: Range<usize>) {
        if let (Some(slot), Ok(start), Ok(end)) = (
            self.ranges.get(claim),
            u32::try_from(range.start),
            u32::try_from(range.end),
        ) {
            let packed = (u64::from(start) << 32) | u64::from(end);
            if packed != NONE {
                slot.store(packed, Ordering::Relaxed);
            }
        }
    }

    /// The passage of claim `claim`, if its quote was anchored.
    pub fn get(&self, claim: usize) -> Option<Range<usize>> {
        let packed = self.ranges.get(claim)?.load(Ordering::Relaxed);
        let (start, end) = ((packed >> 32) as usize, (packed & u64::from(u32::MAX)) as usize);
        (packed != NONE).then_some(start..end)
    }
}

impl Clone for Anchors {
    fn clone(&self) -> Anchors {
        Anchors {
            ranges: self
                .ranges
                .iter()
                .map(|slot| AtomicU64::new(slot.load(Ordering::Relaxed)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Anchors;

    #[test]
    fn keeps_each_claims_passage_and_nothing_for_the_others() {
        let anchors = Anchors::for_claims(3);
        anchors.insert(0, 5..9);
        anchors.insert(2, 0..0);
        anchors.insert(7, 1..2);
        assert_eq!(anchors.get(0), Some(5..9));
        assert_eq!(anchors.get(1), None);
        assert_eq!(anchors.get(2), Some(0..0));
        assert_eq!(anchors.get(7), None);
    }

    #[test]
    fn keeps_what_many_threads_record_at_once() {
        use rayon::prelude::*;
        let anchors = Anchors::for_claims(10_000);
        (0..10_000usize)
            .into_par_iter()
            .filter(|claim| claim % 3 != 0)
            .for_each(|claim| anchors.insert(claim, claim..claim * 2));
        for claim in 0..10_000 {
            let expected = (claim % 3 != 0).then_some(claim..claim * 2);
            assert_eq!(anchors.get(claim), expected);
        }
        assert_eq!(anchors.clone().get(4), Some(4..8));
    }

    #[test]
    fn leaves_a_range_beyond_u32_unanchored() {
        let anchors = Anchors::for_claims(1);
        anchors.insert(0, 1..(u32::MAX as usize + 1));
        assert_eq!(anchors.get(0), None);
    }
}
