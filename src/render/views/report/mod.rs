//! `crossclaim report`: one self-contained HTML page (inline CSS, a little inline JavaScript
//! for filtering, no external files or network requests) built from the same views and
//! layout documents as the terminal.
//!
//! The page is a list of sections, each made by one builder from the report's input. To add a
//! section, write a [`SectionBuilder`] (in `sections/`) and list it in [`SECTIONS`]; if it
//! needs data the input lacks, add a field to [`ReportInput`] and fill it in the command.

mod ids;
mod page;
mod sections;

use std::collections::HashMap;

use maud::Markup;
use rayon::prelude::*;

use crate::compare::{ArticleText, ByTopic, Conflicts, Coverage, Filter, Framing, Overview, Versions};
use crate::model::Proposition;

use super::layout::{Arrangement, ClaimText};

pub use ids::Ids;

/// Everything the sections draw from.
pub struct ReportInput<'a> {
    pub title: String,
    /// The filters, as typed on a command line; empty for the whole project.
    pub filter: &'a Filter,
    pub overview: Overview,
    pub coverage: Coverage<'a>,
    pub by_topic: ByTopic<'a>,
    pub conflicts: Conflicts<'a>,
    pub framing: Framing<'a>,
    pub versions: Versions<'a>,
    pub articles: Vec<ArticleText<'a>>,
    /// Every proposition by id, to name the stances a claim takes.
    pub propositions: HashMap<&'a str, &'a Proposition>,
    pub text: ClaimText,
    /// How topic tables run; `Auto` at a width for a laptop screen.
    pub arrangement: Arrangement,
}

/// A part of the page: the id its link in the page's contents points to, its heading, and
/// what is under the heading.
pub struct Section {
    pub id: &'static str,
    pub title: &'static str,
    pub body: Markup,
}

/// Makes one section, or none when it would have nothing to show. Element ids come from
/// `ids`, so that they are unique across the page and links between sections agree; a new
/// kind of heading is added to them in [`render_report`].
pub type SectionBuilder = fn(&ReportInput<'_>, &Ids) -> Option<Section>;

/// The page's sections, top to bottom.
pub const SECTIONS: &[SectionBuilder] = &[
    sections::overview,
    sections::topics,
    sections::conflicts,
    sections::framing,
    sections::versions,
    sections::articles,
];

/// The report as an HTML document.
pub fn render_report(input: &ReportInput<'_>) -> String {
    let claims = input
        .articles
        .iter()
        .flat_map(|a| a.claims.iter().zip(&a.placed).map(|(c, placed)| (c.id(), *placed)));
    let headings = input
        .by_topic
        .topics
        .iter()
        .map(|t| ("topic", t.topic.id.as_str()))
        .chain(
            input
                .conflicts
                .conflicts
                .iter()
                .map(|c| ("conflict", c.proposition.id.as_str())),
        )
        .chain(input.framing.outlets.iter().map(|o| ("framing", o.outlet.id.as_str())))
        .chain(input.versions.statements.iter().map(|s| ("statement", s.id)))
        .chain(input.articles.iter().map(|a| ("article", a.article.id.as_str())));
    let ids = Ids::new(claims, headings);
    // Sections only read the input and the ids: they are written side by side.
    let sections: Vec<Option<Section>> = SECTIONS.par_iter().map(|build| build(input, &ids)).collect();
    let sections: Vec<Section> = sections.into_iter().flatten().collect();
    page::page(input, &sections).into_string()
}
