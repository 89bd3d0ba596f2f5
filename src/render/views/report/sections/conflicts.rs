use maud::html;

use crate::render::views::html::document_html;
use crate::render::views::layout;

use super::super::{Ids, ReportInput, Section};

/// Every proposition some claims support and others oppose, the two sides next to each other.
pub fn conflicts(input: &ReportInput<'_>, ids: &Ids) -> Option<Section> {
    if input.overview.claims == 0 {
        return None;
    }
    let body = if input.conflicts.conflicts.is_empty() {
        html! { p { "No proposition is both supported and opposed by the claims shown." } }
    } else {
        let document = layout::conflicts(&input.conflicts, input.text);
        html! {
            p { "Propositions that some claims support and others oppose, across outlets or within one." }
            "\n"
            (document_html(&document, "conflict", ids))
        }
    };
    Some(Section {
        id: "conflicts",
        title: "Conflicts",
        body,
    })
}
