//! How firmly the claims behind a verdict hold their sides: a verdict never merges a claim
//! that only says a proposition is possible or probable into firm support or opposition
//! without saying so.

use crate::model::{Certainty, Stance};

/// The side-taking claims behind a verdict, by side and certainty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Hedging {
    pub supports: ByCertainty,
    pub opposes: ByCertainty,
}

/// Claims counted by certainty.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ByCertainty {
    pub certain: usize,
    pub probable: usize,
    pub possible: usize,
}

impl ByCertainty {
    pub fn total(&self) -> usize {
        self.certain + self.probable + self.possible
    }

    pub fn hedged(&self) -> usize {
        self.probable + self.possible
    }

    /// Some claims, and none of them certain.
    pub fn only_hedged(&self) -> bool {
        self.total() > 0 && self.certain == 0
    }

    fn add(&mut self, certainty: Certainty) {
        match certainty {
            Certainty::Certain => self.certain += 1,
            Certainty::Probable => self.probable += 1,
            Certainty::Possible => self.possible += 1,
        }
    }
}

impl Hedging {
    /// Counts claims given as their stance and certainty; neutral stances and claims without
    /// one take no side and are not counted.
    pub fn of(claims: impl IntoIterator<Item = (Option<Stance>, Certainty)>) -> Hedging {
        let mut hedging = Hedging::default();
        for (stance, certainty) in claims {
            match stance {
                Some(Stance::Supports) => hedging.supports.add(certainty),
                Some(Stance::Opposes) => hedging.opposes.add(certainty),
                Some(Stance::Neutral) | None => {}
            }
        }
        hedging
    }

    /// Whether any side-taking claim is hedged.
    pub fn any(&self) -> bool {
        self.supports.hedged() + self.opposes.hedged() > 0
    }

    /// The sides taken only by hedged claims, in the order supports, opposes.
    pub fn only_hedged(&self) -> Vec<Stance> {
        [(Stance::Supports, &self.supports), (Stance::Opposes, &self.opposes)]
            .into_iter()
            .filter(|(_, side)| side.only_hedged())
            .map(|(stance, _)| stance)
            .collect()
    }

    pub fn side(&self, stance: Stance) -> &ByCertainty {
        match stance {
            Stance::Opposes => &self.opposes,
            _ => &self.supports,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Certainty::{Certain, Possible, Probable};

    #[test]
    fn counts_sides_by_certainty_and_finds_sides_held_only_by_hedges() {
        let h = Hedging::of([
            (Some(Stance::Supports), Certain),
            (Some(Stance::Supports), Possible),
            (Some(Stance::Opposes), Probable),
            (Some(Stance::Neutral), Certain),
            (None, Certain),
        ]);
        assert_eq!(
            h.supports,
            ByCertainty {
                certain: 1,
                probable: 0,
                possible: 1
            }
        );
        assert_eq!(h.opposes.hedged(), 1);
        assert!(h.any());
        assert_eq!(h.only_hedged(), vec![Stance::Opposes]);
        assert!(!Hedging::of([(Some(Stance::Supports), Certain)]).any());
    }
}
