//! The built-in lexicon: each reporting verb once, in its base form, with its class. Where each
//! class comes from is documented in docs/framing.md; `crossclaim.toml` adds or reclasses cues.

use crate::analysis::CueClass::{self, *};

/// How an entry's words are matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A verb whose first word takes every form: `point out` also matches `pointed out`.
    Verb,
    /// A verb that is also a noun (`claim`, `state`): in running text only its past, participle
    /// and `-ing` forms are cues, so `the claims` and `the United States` are not.
    NounVerb,
    /// Matched only as written: `according to`.
    Phrase,
    /// A framing marker, matched as written: `so-called`, `purportedly`.
    Marker,
}

/// A verb, phrase or marker with its class.
pub type Entry = (&'static str, CueClass, Kind);

/// Wrappers whose class is that of the verb after them: `went on to say` is `say`.
pub const FRAMES: &[&str] = &["go on to", "be quoted as"];

pub const ENTRIES: &[Entry] = &[
    // Neutral: reporting the words and nothing more.
    ("say", Neutral, Kind::Verb),
    ("tell", Neutral, Kind::Verb),
    ("add", Neutral, Kind::Verb),
    ("state", Neutral, Kind::NounVerb),
    ("according to", Neutral, Kind::Phrase),
    ("write", Neutral, Kind::Verb),
    ("explain", Neutral, Kind::Verb),
    ("reply", Neutral, Kind::NounVerb),
    ("respond", Neutral, Kind::Verb),
    ("comment", Neutral, Kind::NounVerb),
    ("remark", Neutral, Kind::NounVerb),
    ("ask", Neutral, Kind::Verb),
    ("announce", Neutral, Kind::Verb),
    ("declare", Neutral, Kind::Verb),
    ("argue", Neutral, Kind::Verb),
    ("assert", Neutral, Kind::Verb),
    ("report", Neutral, Kind::NounVerb),
    ("mention", Neutral, Kind::NounVerb),
    // Tentative on the speaker's part, not doubtful on the reporter's.
    ("suggest", Neutral, Kind::Verb),
    ("tell reporters", Neutral, Kind::Verb),
    ("tell journalists", Neutral, Kind::Verb),
    ("tell the media", Neutral, Kind::Verb),
    ("tell the press", Neutral, Kind::Verb),
    ("say in a statement", Neutral, Kind::Verb),
    // Endorsing: factive verbs and verbs of emphasis.
    ("confirm", Endorsing, Kind::Verb),
    ("point out", Endorsing, Kind::Verb),
    ("stress", Endorsing, Kind::NounVerb),
    ("emphasize", Endorsing, Kind::Verb),
    ("emphasise", Endorsing, Kind::Verb),
    ("underline", Endorsing, Kind::Verb),
    ("underscore", Endorsing, Kind::Verb),
    ("note", Endorsing, Kind::NounVerb),
    ("reveal", Endorsing, Kind::Verb),
    ("disclose", Endorsing, Kind::Verb),
    ("show", Endorsing, Kind::NounVerb),
    ("demonstrate", Endorsing, Kind::Verb),
    ("prove", Endorsing, Kind::Verb),
    ("acknowledge", Endorsing, Kind::Verb),
    ("recall", Endorsing, Kind::NounVerb),
    ("affirm", Endorsing, Kind::Verb),
    ("reaffirm", Endorsing, Kind::Verb),
    // Distancing: verbs and markers that cast doubt.
    ("claim", Distancing, Kind::NounVerb),
    ("allege", Distancing, Kind::Verb),
    ("purport", Distancing, Kind::Verb),
    ("insist", Distancing, Kind::Verb),
    ("maintain", Distancing, Kind::Verb),
    ("contend", Distancing, Kind::Verb),
    ("so-called", Distancing, Kind::Marker),
    ("purportedly", Distancing, Kind::Marker),
    ("allegedly", Distancing, Kind::Marker),
    ("supposedly", Distancing, Kind::Marker),
    ("self-styled", Distancing, Kind::Marker),
    ("self-proclaimed", Distancing, Kind::Marker),
    // Concessive: words given up reluctantly.
    ("admit", Concessive, Kind::Verb),
    ("concede", Concessive, Kind::Verb),
    ("confess", Concessive, Kind::Verb),
    // Belief: a state of mind, not a statement.
    ("believe", Belief, Kind::Verb),
    ("think", Belief, Kind::Verb),
    ("hope", Belief, Kind::NounVerb),
    ("expect", Belief, Kind::Verb),
    ("feel", Belief, Kind::Verb),
    // Directive: a demand or an appeal.
    ("call on", Directive, Kind::NounVerb),
    ("call for", Directive, Kind::NounVerb),
    ("urge", Directive, Kind::NounVerb),
    ("demand", Directive, Kind::NounVerb),
    ("appeal", Directive, Kind::NounVerb),
    // Warning.
    ("warn", Warning, Kind::Verb),
    ("caution", Warning, Kind::NounVerb),
    ("threaten", Warning, Kind::Verb),
    // Denial: a rejection.
    ("deny", Denial, Kind::Verb),
    ("reject", Denial, Kind::Verb),
    ("dismiss", Denial, Kind::Verb),
    ("dispute", Denial, Kind::NounVerb),
    ("rebut", Denial, Kind::Verb),
];
