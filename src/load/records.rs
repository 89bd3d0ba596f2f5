//! How each model type is read from YAML: one line per field, `required`, `optional`,
//! `default` (absent is empty) or `definitions` (a list whose items load one by one). A field's
//! type in the model says what its value must be. Every definition also takes `allow` and
//! `reason`, which `sections` reads beside it (see `crate::model::Allowance`).

use crate::model::{
    Article, Attribution, Certainty, Claim, DATE_FORMS, Dated, Evidence, EvidenceKind, ExternalId, Mode, Outlet,
    Ownership, PartialDate, Placement, Proposition, Rating, Speaker, Stance, StanceOn, Topic, Verdict,
};
use crate::record;
use crate::yaml::decode::{Decoder, FromYaml, Keyword, Label, describe};
use crate::yaml::{NodeId, Resolved};

record!(Outlet as "outlet" {
    id: required,
    name: required,
    country: required,
    ownership: required,
    kind: optional,
    homepage: optional,
    domains: default,
} also ["allow", "reason"]);

record!(Speaker as "speaker" {
    id: required,
    name: required,
    role: optional,
    affiliation: optional,
} also ["allow", "reason"]);

record!(Topic as "topic" {
    id: required,
    title: required,
    description: optional,
    propositions: definitions,
} also ["allow", "reason"]);

record!(Proposition as "proposition" {
    id: required,
    text: required,
    verdict: optional,
} also ["allow", "reason"]);

record!(Verdict as "verdict" {
    rating: required,
    by: required,
    url: optional,
    date: optional,
});

record!(Article as "article" {
    id: required,
    outlet: required,
    title: required,
    source: required,
    sha256: required,
    published: required,
    dateline: optional,
    url: optional,
    language: optional,
    captured: optional,
    ids: default,
} also ["allow", "reason"]);

record!(Dated as "date", read by hand {
    date: required,
    evidence: default,
    note: optional,
});

record!(Evidence as "piece of evidence" {
    kind: required,
    shows: required,
    url: optional,
});

record!(Claim as "claim" {
    id: required,
    article: required,
    speaker: optional,
    mode: required,
    placement: optional,
    verb: optional,
    attribution: optional,
    markers: default,
    quote: required,
    prefix: optional,
    suffix: optional,
    occurrence: optional,
    topics: required,
    stances: default,
    speaker_role: optional,
    said_on: optional,
    statement: optional,
    language: optional,
    translation_of: optional,
    summary: optional,
    notes: optional,
} also ["allow", "reason"]);

record!(StanceOn as "stance" {
    proposition: required,
    stance: required,
    certainty: optional,
});

impl Keyword for Mode {
    const KIND: &'static str = "mode";
    const NAMES: &'static [(&'static str, Mode)] = &[
        ("quote", Mode::Quote),
        ("paraphrase", Mode::Paraphrase),
        ("narration", Mode::Narration),
    ];
}

impl Keyword for Stance {
    const KIND: &'static str = "stance";
    const NAMES: &'static [(&'static str, Stance)] = &[
        ("supports", Stance::Supports),
        ("opposes", Stance::Opposes),
        ("neutral", Stance::Neutral),
    ];
}

impl Keyword for Certainty {
    const KIND: &'static str = "certainty";
    const NAMES: &'static [(&'static str, Certainty)] = &[
        ("certain", Certainty::Certain),
        ("probable", Certainty::Probable),
        ("possible", Certainty::Possible),
    ];
}

impl Keyword for Placement {
    const KIND: &'static str = "placement";
    const NAMES: &'static [(&'static str, Placement)] = &[
        ("body", Placement::Body),
        ("headline", Placement::Headline),
        ("subheading", Placement::Subheading),
        ("caption", Placement::Caption),
    ];
}

impl Keyword for Attribution {
    const KIND: &'static str = "attribution";
    const NAMES: &'static [(&'static str, Attribution)] =
        &[("context", Attribution::Context), ("label", Attribution::Label)];
}

impl Keyword for EvidenceKind {
    const KIND: &'static str = "evidence kind";
    const NAMES: &'static [(&'static str, EvidenceKind)] = &[
        ("url", EvidenceKind::Url),
        ("page", EvidenceKind::Page),
        ("text", EvidenceKind::Text),
        ("outlet", EvidenceKind::Outlet),
        ("inference", EvidenceKind::Inference),
    ];
}

impl Keyword for Ownership {
    const KIND: &'static str = "ownership";
    const NAMES: &'static [(&'static str, Ownership)] = &[
        ("state-owned", Ownership::StateOwned),
        ("state-funded", Ownership::StateFunded),
        ("public-service", Ownership::PublicService),
        ("private", Ownership::Private),
        ("nonprofit", Ownership::Nonprofit),
        ("unknown", Ownership::Unknown),
    ];
}

/// `"YYYY"`, `"YYYY-MM"`, `"YYYY-MM-DD"`, `unknown` or bounds (`on or before 2014-09-05`), or a
/// year written as a plain integer.
impl FromYaml for PartialDate {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<PartialDate> {
        let doc = d.document();
        let written = doc.node(doc.resolve(node)).as_scalar();
        let text = match written.map(|s| (s.resolve(), s.value.as_str())) {
            Some((Resolved::String | Resolved::Int(_), text)) => text,
            _ => {
                let found = describe(doc, node);
                d.problem(
                    doc.head(node),
                    format!("{label} must be a date, not {found}"),
                    DATE_FORMS,
                );
                return None;
            }
        };
        match PartialDate::parse(text) {
            Ok(date) => Some(date),
            Err(error) => {
                let shown = crate::diagnostic::excerpt(text);
                let help = if error.contains("first bound is after") {
                    "write the earlier bound first: `between 2014-09-01 and 2014-09-05`".to_string()
                } else {
                    format!("{DATE_FORMS}; the day must exist in its month")
                };
                d.problem(doc.head(node), format!("invalid date `{shown}`"), help);
                None
            }
        }
    }
}

/// An external id: text, or a whole number written plainly (`emergent: 123`), kept as written.
impl FromYaml for ExternalId {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<ExternalId> {
        scalar_as_text(d, node, label, Resolved::Int(0), "an id: text or a whole number").map(ExternalId)
    }
}

/// A rating: text, or a plain `true` or `false`, kept as written.
impl FromYaml for Rating {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Rating> {
        scalar_as_text(
            d,
            node,
            label,
            Resolved::Bool(false),
            "a rating: text, `true` or `false`",
        )
        .map(Rating)
    }
}

/// The text of a string scalar, or of a plain scalar YAML reads as the same kind of value as
/// `also` (an integer, a boolean); anything else is a problem.
fn scalar_as_text(d: &mut Decoder<'_>, node: NodeId, label: Label, also: Resolved, expected: &str) -> Option<String> {
    let doc = d.document();
    let scalar = doc.node(doc.resolve(node)).as_scalar();
    let resolved = scalar.map(|s| s.resolve());
    let same_kind =
        resolved.is_some_and(|r| r == Resolved::String || std::mem::discriminant(&r) == std::mem::discriminant(&also));
    match scalar {
        Some(scalar) if same_kind && !scalar.value.trim().is_empty() => Some(scalar.value.clone()),
        _ => {
            let found = describe(doc, node);
            d.problem(
                doc.head(node),
                format!("{label} must be {expected}, not {found}"),
                "write it after the key on one line, e.g. `emergent: 123` or `rating: false`",
            );
            None
        }
    }
}

/// `said_on` is kept behind a pointer in the model, and read as the date itself.
impl FromYaml for Box<Dated> {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Box<Dated>> {
        Dated::from_yaml(d, node, label).map(Box::new)
    }
}

/// `said_on`: a date written as a scalar is a date with nothing recorded about its evidence; a
/// mapping is read as a date record.
impl FromYaml for Dated {
    fn from_yaml(d: &mut Decoder<'_>, node: NodeId, label: Label) -> Option<Dated> {
        let doc = d.document();
        if doc.node(doc.resolve(node)).as_scalar().is_some() {
            return PartialDate::from_yaml(d, node, label).map(Dated::bare);
        }
        d.record(node)
    }
}
