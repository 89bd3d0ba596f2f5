use maud::html;

use crate::render::views::describe_filter;

use super::super::{Ids, ReportInput, Section};
use super::heatmap::heatmap;

/// The numbers, the selection, and the coverage heatmap.
pub fn overview(input: &ReportInput<'_>, ids: &Ids) -> Option<Section> {
    let o = &input.overview;
    let dates = match o.span {
        None if o.claims == 0 => "—".to_string(),
        None => "unknown".to_string(),
        Some((first, last)) if first == last => first.to_string(),
        Some((first, last)) => format!("{first} to {last}"),
    };
    let selection = describe_filter(input.filter);
    Some(Section {
        id: "overview",
        title: "Overview",
        body: html! {
            dl.stats {
                div { dt { "Outlets" } dd { (o.outlets) } }
                div { dt { "Articles" } dd { (o.articles) } }
                div { dt { "Claims" } dd { (o.claims) } }
                div { dt { "Dates" } dd { (dates) } }
                @if o.undated > 0 {
                    div { dt { "Undated claims" } dd { (o.undated) } }
                }
            }
            "\n"
            @if !selection.is_empty() {
                p { "Only claims selected by " code { (selection) } "." }
                "\n"
            }
            (heatmap(input, ids))
        },
    })
}
