use crate::compare::{ClaimRef, Voice};
use crate::model::{Mode, Stance};

use super::Line;
use super::symbols::stance_symbol;

/// How claims read in cells.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClaimText {
    /// The curator's summary instead of the words as printed.
    pub summary: bool,
    /// Each claim's id after its date.
    pub ids: bool,
}

impl ClaimText {
    /// Who speaks, with the stance symbol in front:
    /// `▼ Joey Hood, US Acting Assistant Secretary…` or `● Press TV (narration)`.
    pub fn speaker_line(&self, claim: &ClaimRef<'_>, stance: Option<Stance>) -> Line {
        let mut line = Line::default();
        if let Some(stance) = stance {
            line.push(format!("{} ", stance_symbol(stance)));
        }
        match claim.voice {
            Voice::Speaker { speaker, role } => {
                line.push_strong(speaker.name.as_str());
                if let Some(role) = role {
                    line.push(format!(", {}", collapse_whitespace(role)));
                }
            }
            Voice::Narration(outlet) => {
                line.push_strong(outlet.name.as_str()).push(" (narration)");
            }
        }
        line
    }

    /// What was said, introduced by the outlet's attribution verb: `said: “We will not leave
    /// northeastern Syria”`. Words in quotation marks are the speaker's own (a quote claim);
    /// without them they are the outlet's (a paraphrase or narration).
    pub fn words_line(&self, claim: &ClaimRef<'_>) -> Line {
        let c = claim.claim;
        let words = match (&c.summary, self.summary) {
            (Some(summary), true) => collapse_whitespace(summary),
            _ if c.mode == Mode::Quote => format!("“{}”", collapse_whitespace(&c.quote)),
            _ => collapse_whitespace(&c.quote),
        };
        // A verb of punctuation only (a headline's colon) says nothing a reader needs.
        match c.verb.as_deref().filter(|v| v.chars().any(char::is_alphanumeric)) {
            Some(verb) if !self.summary => Line::plain(format!("{}: {words}", collapse_whitespace(verb))),
            _ => Line::plain(words),
        }
    }

    /// The date with its precision, after the outlet if given: `Press TV · 2021`.
    pub fn date_line(&self, claim: &ClaimRef<'_>, with_outlet: bool) -> Line {
        let mut line = Line::default();
        if with_outlet {
            line.push(format!("{} · ", claim.outlet.name));
        }
        line.push(claim.date.to_string());
        line
    }

    /// The claim's id on a line of its own, when asked for.
    pub fn id_line(&self, claim: &ClaimRef<'_>) -> Option<Line> {
        self.ids.then(|| Line::code(claim.claim.id.as_str()))
    }

    /// A claim as the lines of a table cell entry: who, what, when (and which).
    pub fn entry(&self, claim: &ClaimRef<'_>, stance: Option<Stance>, with_outlet: bool) -> Vec<Line> {
        let mut lines = vec![
            self.speaker_line(claim, stance),
            self.words_line(claim),
            self.date_line(claim, with_outlet),
        ];
        lines.extend(self.id_line(claim));
        lines
    }
}

/// One space for every run of whitespace (line breaks and no-break spaces included), none at
/// the ends: cells and CSV fields hold one line of text.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
