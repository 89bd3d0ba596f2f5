use crate::compare::{ClaimRef, Voice};
use crate::model::{Certainty, Mode, PartialDate, Stance};

use super::Line;
use super::symbols::{ERROR_LEGEND, ERROR_MARK, NO_STANCE, hedged_symbol, stance_symbol};

/// How claims read in cells.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClaimText {
    /// The curator's summary instead of the words as printed.
    pub summary: bool,
    /// Each claim's id after its date.
    pub ids: bool,
    /// What every claim in the view shares, said once in the legend instead of in each entry.
    pub repeated: Repeated,
}

/// Lines that would read the same in every entry of a view, and so tell the reader nothing
/// there: they go into the legend.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Repeated {
    /// Every claim is an outlet's own narration.
    pub narration: bool,
    /// Every claim has this date.
    pub date: Option<PartialDate>,
    /// Some claim has errors: its entry is marked, and the legend says what the mark means.
    pub marked: bool,
}

impl Repeated {
    /// What the claims of a view share. Nothing counts as shared among fewer than two claims.
    pub fn of<'c, 'a: 'c>(claims: impl IntoIterator<Item = &'c ClaimRef<'a>>) -> Repeated {
        let mut claims = claims.into_iter();
        let Some(first) = claims.next() else {
            return Repeated::default();
        };
        let (mut narration, mut date, mut several) = (is_narration(first), Some(first.date), false);
        let mut marked = first.has_errors;
        for claim in claims {
            narration &= is_narration(claim);
            date = date.filter(|d| *d == claim.date);
            several |= claim.index != first.index;
            marked |= claim.has_errors;
        }
        if !several {
            return Repeated {
                marked,
                ..Repeated::default()
            };
        }
        Repeated {
            narration,
            date,
            marked,
        }
    }

    /// The legend's sentences for what was left out of the entries.
    pub fn notes(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.marked {
            notes.push(ERROR_LEGEND.to_string());
        }
        if self.narration {
            notes.push("every claim is the outlet's own narration".to_string());
        }
        match self.date {
            Some(PartialDate::Unknown) => notes.push("no claim has a known date".to_string()),
            Some(date) => notes.push(format!("every claim is dated {date}")),
            None => {}
        }
        notes
    }
}

fn is_narration(claim: &ClaimRef<'_>) -> bool {
    matches!(claim.voice, Voice::Narration(_))
}

/// What goes in front of a claim: its stance on the proposition at hand, that it takes none,
/// or nothing when there is no proposition to take a stance on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Stance(Stance),
    /// A side taken only as probable or possible: an outlined symbol and the certainty.
    Hedged(Stance, Certainty),
    NoStance,
    None,
}

impl Marker {
    /// The marker of a stance held with a certainty.
    pub fn held(stance: Stance, certainty: Certainty) -> Marker {
        if certainty.is_hedged() && stance != Stance::Neutral {
            Marker::Hedged(stance, certainty)
        } else {
            Marker::Stance(stance)
        }
    }

    fn symbol(self) -> Option<&'static str> {
        match self {
            Marker::Stance(stance) => Some(stance_symbol(stance)),
            Marker::Hedged(stance, _) => Some(hedged_symbol(stance)),
            Marker::NoStance => Some(NO_STANCE),
            Marker::None => None,
        }
    }

    /// Whether the marker is an outlined, hedged one.
    pub fn is_hedged(self) -> bool {
        matches!(self, Marker::Hedged(..))
    }
}

impl From<Option<Stance>> for Marker {
    fn from(stance: Option<Stance>) -> Marker {
        stance.map_or(Marker::None, Marker::Stance)
    }
}

impl ClaimText {
    /// The same, leaving out what every claim of `claims` shares.
    pub fn for_claims<'c, 'a: 'c>(self, claims: impl IntoIterator<Item = &'c ClaimRef<'a>>) -> ClaimText {
        ClaimText {
            repeated: Repeated::of(claims),
            ..self
        }
    }

    /// Who speaks: `Joey Hood, US Acting Assistant Secretary…` or `Press TV (narration)`;
    /// `None` when every claim is narration.
    pub fn speaker_line(&self, claim: &ClaimRef<'_>) -> Option<Line> {
        let mut line = Line::default();
        match claim.voice {
            Voice::Speaker { speaker, role } => {
                line.push_strong(speaker.name.as_str());
                if let Some(role) = role {
                    line.push(format!(", {}", collapse_whitespace(role)));
                }
            }
            Voice::Narration(_) if self.repeated.narration => return None,
            Voice::Narration(outlet) => {
                line.push_strong(outlet.name.as_str()).push(" (narration)");
            }
        }
        Some(line)
    }

    /// What was said, introduced by the outlet's attribution verb: `said: “We will not leave
    /// northeastern Syria”`. Words in quotation marks are the speaker's own (a quote claim);
    /// without them they are the outlet's (a paraphrase or narration).
    pub fn words_line(&self, claim: &ClaimRef<'_>) -> Line {
        let c = claim.claim;
        // A verb of punctuation only (a headline's colon) says nothing a reader needs.
        let verb = c
            .verb
            .as_deref()
            .filter(|v| !self.summary && v.chars().any(char::is_alphanumeric));
        // Written into one string: a view has a line like this for every claim.
        let mut line = String::with_capacity(verb.map_or(0, str::len) + c.quote.len() + 10);
        if let Some(verb) = verb {
            push_collapsed(&mut line, verb);
            line.push_str(": ");
        }
        match (&c.summary, self.summary) {
            (Some(summary), true) => push_collapsed(&mut line, summary),
            _ if c.mode == Mode::Quote => {
                line.push('“');
                push_collapsed(&mut line, &c.quote);
                line.push('”');
            }
            _ => push_collapsed(&mut line, &c.quote),
        }
        Line::plain(line)
    }

    /// The date with its precision, after the outlet if given: `Press TV · 2021`. `None`
    /// when there is nothing to say: no outlet asked for and every claim has this date.
    pub fn date_line(&self, claim: &ClaimRef<'_>, with_outlet: bool) -> Option<Line> {
        let date = (self.repeated.date.is_none()).then(|| claim.date.to_string());
        let text = match (with_outlet, date) {
            (true, Some(date)) => format!("{} · {date}", claim.outlet.name),
            (true, None) => claim.outlet.name.clone(),
            (false, Some(date)) => date,
            (false, None) => return None,
        };
        Some(Line::plain(text))
    }

    /// The claim's id on a line of its own, when asked for.
    pub fn id_line(&self, claim: &ClaimRef<'_>) -> Option<Line> {
        self.ids.then(|| Line::code(claim.claim.id.as_ref()))
    }

    /// A claim as the lines of a table cell entry: who, what, when (and which), the marker in
    /// front of the first line.
    pub fn entry(&self, claim: &ClaimRef<'_>, marker: Marker, with_outlet: bool) -> Vec<Line> {
        let mut lines: Vec<Line> = self.speaker_line(claim).into_iter().collect();
        lines.push(self.words_line(claim));
        if let Some(first) = lines.first_mut() {
            if let Some(symbol) = marker.symbol() {
                let after = match marker {
                    Marker::Hedged(_, certainty) => format!(" ({}) ", certainty.as_str()),
                    _ => " ".to_string(),
                };
                first.spans.insert(0, super::Span::plain(after));
                first.spans.insert(
                    0,
                    super::Span {
                        text: symbol.to_string(),
                        style: super::Style::Symbol,
                    },
                );
            }
            if claim.has_errors {
                first.spans.insert(0, super::Span::plain(" "));
                first.spans.insert(
                    0,
                    super::Span {
                        text: ERROR_MARK.to_string(),
                        style: super::Style::Symbol,
                    },
                );
            }
        }
        lines.extend(self.date_line(claim, with_outlet));
        lines.extend(self.id_line(claim));
        lines
    }
}

/// One space for every run of whitespace (line breaks and no-break spaces included), none at
/// the ends: cells and CSV fields hold one line of text.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    out
}

/// Appends `text` with its whitespace collapsed as [`collapse_whitespace`] does.
fn push_collapsed(out: &mut String, text: &str) {
    for (n, word) in text.split_whitespace().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}
