use std::collections::HashMap;

use crate::model::{Outlet, Proposition, Speaker, Stance, Topic};

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
    /// One cell per topic, in the order of `BySpeaker::topics`, each in reading order.
    pub cells: Vec<Vec<SpeakerEntry<'a>>>,
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
    pub stances: Vec<(&'a Proposition, Stance)>,
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

    let mut rows: Vec<SpeakerRow<'a>> = Vec::new();
    let mut row_of: HashMap<RowKey<'a>, usize> = HashMap::new();
    for claim in &selection.claims {
        let key = match claim.voice {
            Voice::Speaker { speaker, .. } => RowKey::Speaker(&speaker.id),
            Voice::Narration(outlet) => RowKey::Narration(&outlet.id),
        };
        for topic in claim.topics() {
            let Some(&column) = topic_column.get(topic) else {
                continue;
            };
            let stances = claim
                .claim
                .stances
                .iter()
                .filter_map(|s| match propositions.get(s.proposition.as_str()) {
                    Some(&(c, p)) if c == column => Some((p, s.stance)),
                    _ => None,
                })
                .collect();
            let row = *row_of.entry(key).or_insert_with(|| {
                rows.push(SpeakerRow {
                    voice: match claim.voice {
                        Voice::Speaker { speaker, .. } => Speaking::Speaker(speaker),
                        Voice::Narration(outlet) => Speaking::Narration(outlet),
                    },
                    cells: vec![Vec::new(); selection.topics.len()],
                });
                rows.len() - 1
            });
            rows[row].cells[column].push(SpeakerEntry { claim: *claim, stances });
        }
    }
    // A topic no shown claim covers gets no column.
    let used: Vec<bool> = (0..selection.topics.len())
        .map(|c| rows.iter().any(|r| !r.cells[c].is_empty()))
        .collect();
    for row in &mut rows {
        let cells = std::mem::take(&mut row.cells);
        row.cells = cells
            .into_iter()
            .zip(&used)
            .filter(|(_, u)| **u)
            .map(|(c, _)| c)
            .collect();
    }
    let topics = selection
        .topics
        .iter()
        .zip(&used)
        .filter(|(_, u)| **u)
        .map(|(t, _)| *t)
        .collect();
    let speaker_rank: HashMap<&str, usize> = selection
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // Speakers first, in the order their records are given, then outlets in column order.
    rows.sort_by_key(|row| match row.voice {
        Speaking::Speaker(s) => (0, speaker_rank.get(s.id.as_str()).copied().unwrap_or(usize::MAX)),
        Speaking::Narration(o) => (1, selection.column(&o.id).unwrap_or(usize::MAX)),
    });
    BySpeaker { topics, rows }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum RowKey<'a> {
    Speaker(&'a str),
    Narration(&'a str),
}
