use maud::html;

use crate::render::views::html::document_html;
use crate::render::views::layout;

use super::super::{Ids, ReportInput, Section};

/// Per topic, the outlets side by side: the terminal's `compare`, laid out by the same rules.
pub fn topics(input: &ReportInput<'_>, ids: &Ids) -> Option<Section> {
    if input.by_topic.topics.is_empty() {
        return None;
    }
    let document = layout::by_topic(&input.by_topic, input.text, input.arrangement);
    Some(Section {
        id: "topics",
        title: "Topics",
        body: html! {
            p {
                "For each topic, what each outlet that covers it reported: who spoke, the outlet's verb, "
                "the stance on the topic's propositions, the words and the date. Select a claim to read it in its article."
            }
            "\n"
            (document_html(&document, "topic", ids))
        },
    })
}
