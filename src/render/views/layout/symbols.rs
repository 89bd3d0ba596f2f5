use crate::compare::Verdict;
use crate::model::{Outlet, Proposition, Stance};

/// Shapes that differ without colour and read the same in a terminal and on GitHub.
pub fn stance_symbol(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "▲",
        Stance::Opposes => "▼",
        Stance::Neutral => "●",
    }
}

pub const STANCE_LEGEND: &str = "▲ supports · ▼ opposes · ● neutral";

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
