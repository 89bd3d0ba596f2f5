use maud::html;

use crate::render::views::html::document_html;
use crate::render::views::layout;

use super::super::{Ids, ReportInput, Section};

/// How each outlet frames each side: its reporting verbs and markers by class, and where it
/// distances one side's words only.
pub fn framing(input: &ReportInput<'_>, ids: &Ids) -> Option<Section> {
    if input.framing.outlets.is_empty() {
        return None;
    }
    let document = layout::framing(&input.framing);
    let body = html! {
        p { "The reporting verbs and markers each outlet frames each speaker's words with, by class, with the number of claims using each (docs/framing.md)." }
        "\n"
        (document_html(&document, "framing", ids))
    };
    Some(Section {
        id: "framing",
        title: "Framing",
        body,
    })
}

/// Each statement that several claims render, the renderings side by side and diffed.
pub fn versions(input: &ReportInput<'_>, ids: &Ids) -> Option<Section> {
    if input.versions.statements.is_empty() {
        return None;
    }
    let document = layout::versions(&input.versions);
    let body = html! {
        p { "Statements that several claims render, across articles and outlets: each rendering against the longest, word by word." }
        "\n"
        (document_html(&document, "statement", ids))
    };
    Some(Section {
        id: "versions",
        title: "Statement versions",
        body,
    })
}
