use std::collections::HashMap;

use crate::model::{Certainty, Outlet, Proposition, Speaker, Stance, Topic};

use super::cells::gather;
use super::{ClaimRef, Filter, Selection, Voice};

/// `compare --by speaker`: who said what. One row per speaker (then one per outlet speaking in
/// its own voice), one column per topic.
pub struct BySpeaker<'a> {
    /// Topics with at least one claim, in definition order.
    pub topics: Vec<&'a Topic>,
    /// Speakers in definition order, then narrating outlets in definition order.
    pub rows: Vec<SpeakerRow<'a>>,
}

pub struct SpeakerRow<'a> {
    pub voice: Speaking<'a>,
    /// The topics this voice has claims on, in the order of `BySpeaker::topics`.
    pub cells: Vec<SpeakerCell<'a>>,
}

/// One voice's claims on one topic, in reading order.
pub struct SpeakerCell<'a> {
    /// Index of the topic in `BySpeaker::topics`.
    pub column: usize,
    pub entries: Vec<SpeakerEntry<'a>>,
}

/// Who a row is about.
#[derive(Debug, Clone, Copy)]
pub enum Speaking<'a> {
    Speaker(&'a Speaker),
    /// An outlet's own voice.
    Narration(&'a Outlet),
}

#[derive(Debug, Clone)]
pub struct SpeakerEntry<'a> {
    pub claim: ClaimRef<'a>,
    /// The claim's stances on the column topic's propositions, in the claim's order.
    pub stances: Vec<(&'a Proposition, Stance, Certainty)>,
}

pub fn by_speaker<'a>(selection: &Selection<'a>, filter: &Filter) -> BySpeaker<'a> {
    let topic_column: HashMap<&str, usize> = selection
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let propositions: HashMap<&str, (usize, &'a Proposition)> = selection
        .topics
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.propositions.iter().map(move |p| (p.id.as_str(), (i, p))))
        .filter(|(id, _)| filter.shows_proposition(id))
        .collect();

    let speaker_rank: HashMap<&str, usize> = selection
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // Speakers first, in the order their records are given, then outlets in column order.
    let rank = |voice: &Voice<'a>| match voice {
        Voice::Speaker { speaker, .. } => (0, speaker_rank.get(speaker.id.as_str()).copied().unwrap_or(usize::MAX)),
        Voice::Narration(outlet) => (1, selection.column(&outlet.id).unwrap_or(usize::MAX)),
    };
    // (rank of the row, topic column, entry), in reading order.
    let mut placed: Vec<((usize, usize), usize, SpeakerEntry<'a>)> = Vec::new();
    for claim in &selection.claims {
        for topic in claim.topics() {
            let Some(&column) = topic_column.get(topic) else {
                continue;
            };
            let stances = claim
                .claim
                .stances
                .iter()
                .filter_map(|s| match propositions.get(s.proposition.as_str()) {
                    Some(&(c, p)) if c == column => Some((p, s.stance, s.certainty())),
                    _ => None,
                })
                .collect();
            placed.push((rank(&claim.voice), column, SpeakerEntry { claim: *claim, stances }));
        }
    }
    // A topic no shown claim covers gets no column.
    let gathered = gather(placed);
    let rows = gathered
        .rows
        .into_iter()
        .filter_map(|(_, cells)| {
            let voice = match cells.first()?.1.first()?.claim.voice {
                Voice::Speaker { speaker, .. } => Speaking::Speaker(speaker),
                Voice::Narration(outlet) => Speaking::Narration(outlet),
            };
            let cells = cells
                .into_iter()
                .map(|(column, entries)| SpeakerCell { column, entries })
                .collect();
            Some(SpeakerRow { voice, cells })
        })
        .collect();
    let used = gathered.columns;
    let topics = used.iter().map(|&c| selection.topics[c]).collect();
    BySpeaker { topics, rows }
}
