use std::fmt;

/// What a reporting verb or framing marker tells the reader beyond "someone said something".
/// The classes and the sources behind them are in docs/framing.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CueClass {
    /// Reports the words and nothing more: said, told, added, according to.
    Neutral,
    /// Presents the words as true or as firmly held: confirmed, pointed out, stressed.
    Endorsing,
    /// Casts doubt on the words: claimed, alleged, insisted, so-called, purportedly.
    Distancing,
    /// Presents the words as given up reluctantly: admitted, conceded.
    Concessive,
    /// Reports a belief, not a statement: believes, thinks, hopes.
    Belief,
    /// Reports a demand or an appeal: called on, urged.
    Directive,
    /// Reports a warning: warned, cautioned.
    Warning,
    /// Reports a rejection: denied, rejected, dismissed.
    Denial,
}

/// The reporter's attitude to the words, the axis on which an outlet's framing of two sides is
/// compared. Classes that describe the kind of speech act rather than the attitude have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lean {
    Endorsing,
    Neutral,
    Distancing,
}

impl CueClass {
    pub const ALL: [CueClass; 8] = [
        CueClass::Neutral,
        CueClass::Endorsing,
        CueClass::Distancing,
        CueClass::Concessive,
        CueClass::Belief,
        CueClass::Directive,
        CueClass::Warning,
        CueClass::Denial,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CueClass::Neutral => "neutral",
            CueClass::Endorsing => "endorsing",
            CueClass::Distancing => "distancing",
            CueClass::Concessive => "concessive",
            CueClass::Belief => "belief",
            CueClass::Directive => "directive",
            CueClass::Warning => "warning",
            CueClass::Denial => "denial",
        }
    }

    pub fn from_name(name: &str) -> Option<CueClass> {
        CueClass::ALL.into_iter().find(|class| class.name() == name)
    }

    pub fn lean(self) -> Option<Lean> {
        match self {
            CueClass::Neutral => Some(Lean::Neutral),
            CueClass::Endorsing => Some(Lean::Endorsing),
            CueClass::Distancing => Some(Lean::Distancing),
            _ => None,
        }
    }
}

impl Lean {
    pub const ALL: [Lean; 3] = [Lean::Endorsing, Lean::Neutral, Lean::Distancing];

    pub fn name(self) -> &'static str {
        match self {
            Lean::Endorsing => "endorsing",
            Lean::Neutral => "neutral",
            Lean::Distancing => "distancing",
        }
    }
}

impl fmt::Display for CueClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
