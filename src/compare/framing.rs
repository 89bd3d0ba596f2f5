//! `framing`: how each outlet attributes what each side says. Per outlet, per speaker's
//! affiliation and per speaker: every reporting verb and framing marker with its class and how
//! often, and the asymmetries, where an outlet frames one side's words with distancing cues and
//! another side's with none.
//!
//! Narration has no speaker to frame and is left out. One pass over the selected claims, and a
//! sort of what they hold: the view grows with the claims, never with outlets × speakers.

use std::collections::HashMap;

use crate::analysis::{CueClass, Lean, Lexicon};
use crate::model::{Attribution, Outlet, Speaker};

use super::{ClaimRef, Selection, Voice};

pub struct Framing<'a> {
    /// Outlets with attributed claims, in column order.
    pub outlets: Vec<OutletFraming<'a>>,
}

pub struct OutletFraming<'a> {
    pub outlet: &'a Outlet,
    /// By affiliation, in order of first appearance in the outlet's claims; speakers without
    /// an affiliation come last, as a group of their own.
    pub groups: Vec<Group<'a>>,
    /// Every cue the outlet uses, over all speakers.
    pub all: Cues,
    /// The outlet's groups whose words it frames with distancing cues, against those it never
    /// does; `None` unless both exist.
    pub asymmetry: Option<Asymmetry>,
}

pub struct Group<'a> {
    /// `None` for speakers whose record gives no affiliation.
    pub affiliation: Option<&'a str>,
    pub speakers: Vec<(&'a Speaker, Cues)>,
    pub cues: Cues,
}

/// Cues counted: each distinct verb, marker or verbless attribution once, with its claims.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    /// By class order (endorsing, neutral, distancing, then the others, then unclassed), then
    /// most used first, then as written.
    pub cues: Vec<Cue>,
    /// Cues counted by lean: endorsing, neutral, distancing.
    pub leaning: [usize; 3],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// The verb or marker as printed, whitespace collapsed; for a verbless attribution,
    /// `context` or `label`.
    pub text: String,
    pub kind: CueKind,
    /// The lexicon entry it matched (`say` for `said`), if any.
    pub entry: Option<String>,
    /// `None` when the lexicon does not know it, and for verbless attributions.
    pub class: Option<CueClass>,
    /// The claims that use it, in reading order.
    pub claims: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CueKind {
    Verb,
    Marker,
    /// No verb: attributed by where the words stand.
    Context,
    /// No verb: attributed by a name and a colon.
    Label,
}

/// Groups framed with distancing cues against groups framed without, each with its counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asymmetry {
    pub distanced: Vec<GroupLean>,
    pub not_distanced: Vec<GroupLean>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupLean {
    /// The group's affiliation; `None` for speakers without one.
    pub affiliation: Option<String>,
    /// Cues by lean: endorsing, neutral, distancing.
    pub leaning: [usize; 3],
}

impl CueKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Verb => "verb",
            CueKind::Marker => "marker",
            CueKind::Context => "context",
            CueKind::Label => "label",
        }
    }
}

impl Cue {
    pub fn count(&self) -> usize {
        self.claims.len()
    }

    pub fn lean(&self) -> Option<Lean> {
        self.class.and_then(CueClass::lean)
    }
}

impl Cues {
    /// The cues with this lean.
    pub fn with_lean(&self, lean: Lean) -> impl Iterator<Item = &Cue> {
        self.cues.iter().filter(move |c| c.lean() == Some(lean))
    }

    /// Cues that have no lean: other classes, unclassed verbs, verbless attributions.
    pub fn without_lean(&self) -> impl Iterator<Item = &Cue> {
        self.cues.iter().filter(|c| c.lean().is_none())
    }

    pub fn leaning(&self, lean: Lean) -> usize {
        self.leaning[lean_index(lean)]
    }

    /// Cues with any lean.
    pub fn leaning_total(&self) -> usize {
        self.leaning.iter().sum()
    }
}

fn lean_index(lean: Lean) -> usize {
    match lean {
        Lean::Endorsing => 0,
        Lean::Neutral => 1,
        Lean::Distancing => 2,
    }
}

/// One use of a cue by one claim.
#[derive(Clone)]
struct Use<'a> {
    key: (CueKind, String),
    shown: String,
    class: Option<CueClass>,
    entry: Option<String>,
    claim: &'a ClaimRef<'a>,
}

pub fn framing<'a>(selection: &'a Selection<'a>, lexicon: &Lexicon) -> Framing<'a> {
    // (outlet column, affiliation order key, speaker) -> the uses of each cue.
    let mut by_outlet: Vec<Vec<(&'a Speaker, Use<'a>)>> = vec![Vec::new(); selection.outlets.len()];
    for claim in &selection.claims {
        let (Voice::Speaker { speaker, .. }, Some(column)) = (claim.voice, selection.column(&claim.outlet.id)) else {
            continue;
        };
        for found in uses(claim, lexicon) {
            by_outlet[column].push((speaker, found));
        }
    }
    let outlets = selection
        .outlets
        .iter()
        .zip(by_outlet)
        .filter(|(_, uses)| !uses.is_empty())
        .map(|(outlet, uses)| outlet_framing(outlet, uses))
        .collect();
    Framing { outlets }
}

/// The verb (or verbless attribution) and the markers of one claim.
fn uses<'a>(claim: &'a ClaimRef<'a>, lexicon: &Lexicon) -> Vec<Use<'a>> {
    let c = claim.claim;
    let mut found = Vec::new();
    if let Some(verb) = c.verb.as_deref().filter(|v| !v.trim().is_empty()) {
        let shown = collapse(verb);
        let classified = lexicon.verb(verb);
        found.push(Use {
            key: (CueKind::Verb, shown.to_lowercase()),
            shown,
            class: classified.as_ref().map(|c| c.class),
            entry: classified.map(|c| c.entry),
            claim,
        });
    } else if let Some(attribution) = c.attribution {
        let kind = match attribution {
            Attribution::Context => CueKind::Context,
            Attribution::Label => CueKind::Label,
        };
        found.push(Use {
            key: (kind, attribution.as_str().to_string()),
            shown: attribution.as_str().to_string(),
            class: None,
            entry: None,
            claim,
        });
    }
    for marker in c.markers.iter().filter(|m| !m.trim().is_empty()) {
        let shown = collapse(marker);
        let classified = lexicon.marker(marker);
        found.push(Use {
            key: (CueKind::Marker, shown.to_lowercase()),
            shown,
            class: classified.as_ref().map(|c| c.class),
            entry: classified.map(|c| c.entry),
            claim,
        });
    }
    found
}

/// One speaker's uses of cues in one outlet.
type SpeakerUses<'a> = (&'a Speaker, Vec<Use<'a>>);

fn outlet_framing<'a>(outlet: &'a Outlet, uses: Vec<(&'a Speaker, Use<'a>)>) -> OutletFraming<'a> {
    // Affiliations in order of first appearance, unaffiliated last; speakers likewise.
    let mut groups: Vec<(Option<&'a str>, Vec<SpeakerUses<'a>>)> = Vec::new();
    let mut group_of: HashMap<Option<&'a str>, usize> = HashMap::new();
    let mut all: Vec<Use<'a>> = Vec::new();
    for (speaker, found) in uses {
        let affiliation = speaker.affiliation.as_deref();
        let g = *group_of.entry(affiliation).or_insert_with(|| {
            groups.push((affiliation, Vec::new()));
            groups.len() - 1
        });
        let speakers = &mut groups[g].1;
        let s = match speakers.iter().position(|(known, _)| known.id == speaker.id) {
            Some(s) => s,
            None => {
                speakers.push((speaker, Vec::new()));
                speakers.len() - 1
            }
        };
        all.push(found.clone());
        speakers[s].1.push(found);
    }
    groups.sort_by_key(|(affiliation, _)| affiliation.is_none());
    let groups: Vec<Group<'a>> = groups
        .into_iter()
        .map(|(affiliation, speakers)| {
            let speakers: Vec<(&'a Speaker, Cues)> = speakers.into_iter().map(|(s, uses)| (s, count(&uses))).collect();
            let cues = merge(speakers.iter().map(|(_, cues)| cues));
            Group {
                affiliation,
                speakers,
                cues,
            }
        })
        .collect();
    let asymmetry = asymmetry(&groups);
    OutletFraming {
        outlet,
        all: count(&all),
        groups,
        asymmetry,
    }
}

/// Counts uses into distinct cues.
fn count(uses: &[Use<'_>]) -> Cues {
    let mut cues: Vec<Cue> = Vec::new();
    let mut at: HashMap<&(CueKind, String), usize> = HashMap::new();
    for found in uses {
        let i = *at.entry(&found.key).or_insert_with(|| {
            cues.push(Cue {
                text: found.shown.clone(),
                kind: found.key.0,
                entry: found.entry.clone(),
                class: found.class,
                claims: Vec::new(),
            });
            cues.len() - 1
        });
        if !cues[i].claims.iter().any(|id| **id == *found.claim.claim.id) {
            cues[i].claims.push(found.claim.claim.id.to_string());
        }
    }
    finish(cues)
}

/// The cues of several speakers as one group's.
fn merge<'c>(parts: impl Iterator<Item = &'c Cues>) -> Cues {
    let mut cues: Vec<Cue> = Vec::new();
    let mut at: HashMap<(CueKind, String), usize> = HashMap::new();
    for part in parts {
        for cue in &part.cues {
            match at.get(&(cue.kind, cue.text.to_lowercase())) {
                Some(&i) => cues[i].claims.extend(cue.claims.iter().cloned()),
                None => {
                    at.insert((cue.kind, cue.text.to_lowercase()), cues.len());
                    cues.push(cue.clone());
                }
            }
        }
    }
    finish(cues)
}

fn finish(mut cues: Vec<Cue>) -> Cues {
    let order = |c: &Cue| match (c.lean(), c.class) {
        (Some(lean), _) => lean_index(lean),
        (None, Some(class)) => 3 + class as usize,
        (None, None) => 100 + c.kind as usize,
    };
    cues.sort_by(|a, b| {
        order(a)
            .cmp(&order(b))
            .then(b.count().cmp(&a.count()))
            .then(a.text.cmp(&b.text))
    });
    let mut leaning = [0; 3];
    for cue in &cues {
        if let Some(lean) = cue.lean() {
            leaning[lean_index(lean)] += cue.count();
        }
    }
    Cues { cues, leaning }
}

/// The groups an outlet frames with distancing cues, against the groups with leaning cues of
/// which none distances.
fn asymmetry(groups: &[Group<'_>]) -> Option<Asymmetry> {
    let lean = |g: &Group<'_>| GroupLean {
        affiliation: g.affiliation.map(str::to_string),
        leaning: g.cues.leaning,
    };
    let distanced: Vec<GroupLean> = groups
        .iter()
        .filter(|g| g.cues.leaning(Lean::Distancing) > 0)
        .map(lean)
        .collect();
    let not_distanced: Vec<GroupLean> = groups
        .iter()
        .filter(|g| g.cues.leaning(Lean::Distancing) == 0 && g.cues.leaning_total() > 0)
        .map(lean)
        .collect();
    (!distanced.is_empty() && !not_distanced.is_empty()).then_some(Asymmetry {
        distanced,
        not_distanced,
    })
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
