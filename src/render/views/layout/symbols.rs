use crate::compare::{ByCertainty, Hedging, Verdict};
use crate::model::{Certainty, Outlet, Proposition, Stance};

/// Shapes that differ without colour and read the same in a terminal and on GitHub.
pub fn stance_symbol(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "▲",
        Stance::Opposes => "▼",
        Stance::Neutral => "●",
    }
}

/// The outline of a side's symbol, for a side taken only as probable or possible.
pub fn hedged_symbol(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "△",
        Stance::Opposes => "▽",
        Stance::Neutral => "●",
    }
}

/// The symbol of a stance held with a certainty: filled when certain, outlined when hedged.
pub fn certainty_symbol(stance: Stance, certainty: Certainty) -> &'static str {
    if certainty.is_hedged() {
        hedged_symbol(stance)
    } else {
        stance_symbol(stance)
    }
}

pub const STANCE_LEGEND: &str = "▲ supports · ▼ opposes · ● neutral";

/// In front of a claim `check` finds an error in: the view shows it, but it may be wrong.
pub const ERROR_MARK: &str = "✗";

/// What the mark means, in a legend.
pub const ERROR_LEGEND: &str = "✗ has errors (run `crossclaim check`)";

/// What the outlined symbols mean, in a legend where some are shown.
pub const HEDGED_LEGEND: &str = "△ ▽ only probable or possible";

/// In front of a claim that takes no stance on the propositions at hand, where others do.
pub const NO_STANCE: &str = "○";

/// The verdict as a reader sees it, with outlets by name.
pub fn verdict_label(verdict: &Verdict<'_>, outlets: &[&Outlet]) -> String {
    let name = |id: &str| {
        outlets
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    };
    match verdict {
        Verdict::Disagree { within } if within.is_empty() => "disagree".to_string(),
        Verdict::Disagree { within } => {
            let names: Vec<String> = within.iter().map(|id| name(id)).collect();
            format!("disagree (also within {})", names.join(", "))
        }
        Verdict::MixedWithin { outlet } => format!("mixed within {}", name(outlet)),
        Verdict::OnlyOne { outlet, side: None } => format!("only {}", name(outlet)),
        Verdict::OnlyOne {
            outlet,
            side: Some(side),
        } => format!("only {} {}", name(outlet), stance_symbol(*side)),
        Verdict::NoSide => "no side taken".to_string(),
        Verdict::OneSided { outlet, side } => format!("{} {}, others neutral", name(outlet), stance_symbol(*side)),
        Verdict::Agree { side } => format!("agree {}", stance_symbol(*side)),
        Verdict::NotCovered => "not covered".to_string(),
    }
}

/// A proposition's veracity rating as a reader sees it: `rated false by Snopes (2014-09)`.
pub fn rating_label(proposition: &Proposition) -> Option<String> {
    proposition.rating_label()
}

/// The verdict with the hedged claims behind it kept apart: `agree ▲, 1 possible`,
/// `disagree, ▲ only possible`. A verdict that names one side leaves its symbol out.
pub fn hedged_verdict_label(verdict: &Verdict<'_>, hedging: &Hedging, outlets: &[&Outlet]) -> String {
    let label = verdict_label(verdict, outlets);
    let one_side = match verdict {
        Verdict::Agree { side } | Verdict::OneSided { side, .. } => Some(*side),
        Verdict::OnlyOne { side, .. } => *side,
        _ => None,
    };
    let mut parts = Vec::new();
    for stance in [Stance::Supports, Stance::Opposes] {
        let side = hedging.side(stance);
        if side.hedged() == 0 {
            continue;
        }
        let symbol = match one_side {
            Some(only) if only == stance => String::new(),
            _ => format!("{} ", stance_symbol(stance)),
        };
        if side.only_hedged() {
            parts.push(format!("{symbol}only {}", certainties(side, " or ")));
        } else {
            for (n, certainty) in [
                (side.probable, Certainty::Probable),
                (side.possible, Certainty::Possible),
            ] {
                if n > 0 {
                    parts.push(format!("{symbol}{n} {}", certainty.as_str()));
                }
            }
        }
    }
    if parts.is_empty() {
        label
    } else {
        format!("{label}, {}", parts.join(", "))
    }
}

/// The hedged certainties a side has: `probable`, `possible`, `probable or possible`.
pub fn certainties(side: &ByCertainty, between: &str) -> String {
    let found: Vec<&str> = [(side.probable, "probable"), (side.possible, "possible")]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(_, name)| name)
        .collect();
    found.join(between)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Certainty::{Certain, Possible, Probable};

    fn label(verdict: Verdict<'_>, claims: &[(Stance, Certainty)]) -> String {
        let hedging = Hedging::of(claims.iter().map(|&(s, c)| (Some(s), c)));
        hedged_verdict_label(&verdict, &hedging, &[])
    }

    #[test]
    fn keeps_hedged_claims_apart_in_the_verdict() {
        let agree = Verdict::Agree { side: Stance::Supports };
        assert_eq!(
            label(
                agree.clone(),
                &[(Stance::Supports, Certain), (Stance::Supports, Possible)]
            ),
            "agree ▲, 1 possible"
        );
        assert_eq!(label(agree, &[(Stance::Supports, Certain)]), "agree ▲");
        let disagree = Verdict::Disagree { within: vec![] };
        assert_eq!(
            label(
                disagree,
                &[
                    (Stance::Supports, Possible),
                    (Stance::Supports, Probable),
                    (Stance::Opposes, Certain)
                ]
            ),
            "disagree, ▲ only probable or possible"
        );
    }
}
