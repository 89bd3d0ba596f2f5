//! Whether the outlets that carry claims on one proposition agree.
//!
//! Only `supports` and `opposes` take a side; `neutral` claims and claims without a stance count
//! as coverage but never as agreement or disagreement. The rules, first match wins:
//!
//! 1. `disagree`: one outlet carries a claim that supports and a different outlet one that
//!    opposes. Outlets that also carry both sides themselves are listed (`within`).
//! 2. `mixed-within`: only one outlet takes sides, and it carries both.
//! 3. `only-one`: a single outlet covers the proposition at all.
//! 4. `no-side`: several outlets cover it and none takes a side.
//! 5. `one-sided`: several outlets cover it but only one takes a side.
//! 6. `agree`: several outlets take a side, all the same one.

use crate::model::Stance;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict<'a> {
    /// Outlets take opposite sides. `within` lists, in the order given, outlets that carry both.
    Disagree { within: Vec<&'a str> },
    /// One outlet carries both sides and no other takes a side.
    MixedWithin { outlet: &'a str },
    /// One outlet covers the proposition; `side` is the side it takes, if any.
    OnlyOne { outlet: &'a str, side: Option<Stance> },
    /// Several outlets cover it; none takes a side.
    NoSide,
    /// Several outlets cover it; only `outlet` takes a side.
    OneSided { outlet: &'a str, side: Stance },
    /// Several outlets take a side, all `side`.
    Agree { side: Stance },
    /// Nothing covers it.
    NotCovered,
}

impl Verdict<'_> {
    /// The stable kebab-case name used in JSON and CSV.
    pub fn kind(&self) -> &'static str {
        match self {
            Verdict::Disagree { .. } => "disagree",
            Verdict::MixedWithin { .. } => "mixed-within",
            Verdict::OnlyOne { .. } => "only-one",
            Verdict::NoSide => "no-side",
            Verdict::OneSided { .. } => "one-sided",
            Verdict::Agree { .. } => "agree",
            Verdict::NotCovered => "not-covered",
        }
    }
}

/// The verdict on claims given as `(outlet id, stance)` pairs, one per claim, in column order.
pub fn verdict<'a>(claims: impl IntoIterator<Item = (&'a str, Option<Stance>)>) -> Verdict<'a> {
    let mut covering: Vec<&'a str> = Vec::new();
    let mut supporting: Vec<&'a str> = Vec::new();
    let mut opposing: Vec<&'a str> = Vec::new();
    for (outlet, stance) in claims {
        add(&mut covering, outlet);
        match stance {
            Some(Stance::Supports) => add(&mut supporting, outlet),
            Some(Stance::Opposes) => add(&mut opposing, outlet),
            Some(Stance::Neutral) | None => {}
        }
    }
    let across = supporting.iter().any(|s| opposing.iter().any(|o| o != s));
    let both: Vec<&'a str> = covering
        .iter()
        .copied()
        .filter(|o| supporting.contains(o) && opposing.contains(o))
        .collect();
    let side = match (supporting.first(), opposing.first()) {
        (Some(_), None) => Some(Stance::Supports),
        (None, Some(_)) => Some(Stance::Opposes),
        _ => None,
    };
    match (covering.as_slice(), both.as_slice()) {
        ([], _) => Verdict::NotCovered,
        _ if across => Verdict::Disagree { within: both },
        (_, [outlet]) => Verdict::MixedWithin { outlet },
        ([outlet], _) => Verdict::OnlyOne { outlet, side },
        _ => match (side, supporting.len() + opposing.len()) {
            (None, _) => Verdict::NoSide,
            (Some(side), 1) => Verdict::OneSided {
                outlet: supporting.first().or(opposing.first()).copied().unwrap_or_default(),
                side,
            },
            (Some(side), _) => Verdict::Agree { side },
        },
    }
}

fn add<'a>(set: &mut Vec<&'a str>, outlet: &'a str) {
    if !set.contains(&outlet) {
        set.push(outlet);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Stance::{Neutral, Opposes, Supports};

    fn of<'a>(claims: &[(&'a str, Option<Stance>)]) -> Verdict<'a> {
        verdict(claims.iter().copied())
    }

    #[test]
    fn outlets_on_the_same_side_agree_and_neutral_does_not_count() {
        let v = of(&[("a", Some(Supports)), ("b", Some(Supports)), ("c", Some(Neutral))]);
        assert_eq!(v, Verdict::Agree { side: Supports });
        let v = of(&[("a", Some(Opposes)), ("b", Some(Opposes)), ("b", None)]);
        assert_eq!(v, Verdict::Agree { side: Opposes });
    }

    #[test]
    fn opposite_sides_from_different_outlets_disagree() {
        let v = of(&[("a", Some(Supports)), ("b", Some(Opposes))]);
        assert_eq!(v, Verdict::Disagree { within: vec![] });
    }

    #[test]
    fn disagreement_names_outlets_that_also_contradict_themselves() {
        let v = of(&[("a", Some(Supports)), ("a", Some(Opposes)), ("b", Some(Supports))]);
        assert_eq!(v, Verdict::Disagree { within: vec!["a"] });
    }

    #[test]
    fn both_sides_inside_one_outlet_is_mixed_within_it() {
        let v = of(&[("a", Some(Supports)), ("a", Some(Opposes))]);
        assert_eq!(v, Verdict::MixedWithin { outlet: "a" });
        let v = of(&[("a", Some(Supports)), ("b", Some(Neutral)), ("a", Some(Opposes))]);
        assert_eq!(v, Verdict::MixedWithin { outlet: "a" });
    }

    #[test]
    fn a_single_outlet_is_only_one_with_its_side() {
        let v = of(&[("a", Some(Supports)), ("a", Some(Neutral))]);
        assert_eq!(
            v,
            Verdict::OnlyOne {
                outlet: "a",
                side: Some(Supports)
            }
        );
        assert_eq!(
            of(&[("a", None)]),
            Verdict::OnlyOne {
                outlet: "a",
                side: None
            }
        );
    }

    #[test]
    fn several_outlets_without_sides_or_with_one_side_taker() {
        assert_eq!(of(&[("a", Some(Neutral)), ("b", None)]), Verdict::NoSide);
        assert_eq!(
            of(&[("a", Some(Neutral)), ("b", Some(Opposes)), ("b", Some(Opposes))]),
            Verdict::OneSided {
                outlet: "b",
                side: Opposes
            }
        );
    }

    #[test]
    fn nothing_is_not_covered() {
        assert_eq!(of(&[]), Verdict::NotCovered);
    }
}
