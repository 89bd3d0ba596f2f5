//! Where each claim's quote sits in its source, by claim index: a flat table of two `u32`s per
//! claim rather than a hash map, since nearly every claim has a passage and a million-claim
//! project would otherwise spend 50 MB on the map alone. Sources are far smaller than 4 GiB
//! (`MAX_SOURCE_FILE_BYTES`), so every offset fits.

use std::ops::Range;

/// No passage: a claim whose quote was not anchored.
const NONE: (u32, u32) = (u32::MAX, u32::MAX);

#[derive(Debug, Clone, Default)]
pub struct Anchors {
    ranges: Vec<(u32, u32)>,
}

impl Anchors {
    /// A table for `claims` claims, none of them anchored yet.
    pub fn for_claims(claims: usize) -> Anchors {
        Anchors {
            ranges: vec![NONE; claims],
        }
    }

    /// Records the passage of claim `claim`. A claim beyond the table, or a range that does not
    /// fit, is left unanchored rather than recorded wrongly.
    pub fn insert(&mut self, claim: usize, range: Range<usize>) {
        if let (Some(slot), Ok(start), Ok(end)) = (
            self.ranges.get_mut(claim),
            u32::try_from(range.start),
            u32::try_from(range.end),
        ) && (start, end) != NONE
        {
            *slot = (start, end);
        }
    }

    /// The passage of claim `claim`, if its quote was anchored.
    pub fn get(&self, claim: usize) -> Option<Range<usize>> {
        match self.ranges.get(claim) {
            Some(&(start, end)) if (start, end) != NONE => Some(start as usize..end as usize),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Anchors;

    #[test]
    fn keeps_each_claims_passage_and_nothing_for_the_others() {
        let mut anchors = Anchors::for_claims(3);
        anchors.insert(0, 5..9);
        anchors.insert(2, 0..0);
        anchors.insert(7, 1..2);
        assert_eq!(anchors.get(0), Some(5..9));
        assert_eq!(anchors.get(1), None);
        assert_eq!(anchors.get(2), Some(0..0));
        assert_eq!(anchors.get(7), None);
    }

    #[test]
    fn leaves_a_range_beyond_u32_unanchored() {
        let mut anchors = Anchors::for_claims(1);
        anchors.insert(0, 1..(u32::MAX as usize + 1));
        assert_eq!(anchors.get(0), None);
    }
}
