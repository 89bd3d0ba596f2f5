use crate::analysis::word_diff;
use crate::compare::{Compared, DatedBy, Rendering, Statement, Versions, Voice};

use super::{Block, Cell, Document, Grid, Line};

pub const VERSIONS_LEGEND: &str = "Words: each rendering against the base, the longest: [-dropped-], {+added+}, [-old-]{+new+} substituted, […-elided-] stood for by an ellipsis; compared over normalized text, without case or the punctuation around words. A rendering in another language is linked, not diffed. Date: the statement's, else the article's (marked)";

/// Per statement: a heading with its speaker, and a table of its renderings.
pub fn versions(view: &Versions<'_>) -> Document {
    let mut blocks = Vec::new();
    for statement in &view.statements {
        blocks.push(Block::Heading {
            title: title(statement),
            id: statement.id.to_string(),
        });
        blocks.push(Block::Table(table(statement)));
    }
    if !view.statements.is_empty() {
        blocks.push(Block::Legend(Line::plain(VERSIONS_LEGEND)));
    }
    Document { blocks }
}

fn title(statement: &Statement<'_>) -> String {
    let speaker = statement.renderings.first().and_then(|r| match r.claim.voice {
        Voice::Speaker { speaker, .. } => Some(speaker.name.as_str()),
        Voice::Narration(_) => None,
    });
    let n = statement.renderings.len();
    let renderings = if n == 1 { "rendering" } else { "renderings" };
    match speaker {
        Some(name) => format!("{name}: {n} {renderings}"),
        None => format!("{n} {renderings}"),
    }
}

fn table(statement: &Statement<'_>) -> Grid {
    let header = ["Outlet", "Where", "Verb", "Date", "Words"].map(Line::plain).to_vec();
    let rows = statement.renderings.iter().map(row).collect();
    Grid {
        header,
        rows,
        keep_left: 4,
        keep_right: 0,
        columns_are: "columns",
    }
}

fn row(rendering: &Rendering<'_>) -> Vec<Cell> {
    let claim = &rendering.claim;
    let outlet = Cell::lines(vec![
        Line::strong(claim.outlet.name.as_str()),
        Line::code(claim.claim.id.as_ref()),
    ]);
    let placement = claim.claim.placement.map_or("body", |p| p.as_str());
    let place = Cell::lines(vec![Line::plain(placement), Line::plain(claim.claim.mode.as_str())]);
    let date = match claim.dated_by {
        DatedBy::Statement => Cell::plain(claim.date.to_string()),
        DatedBy::Article => Cell::lines(vec![Line::plain(claim.date.to_string()), Line::plain("(article)")]),
    };
    vec![outlet, place, Cell::plain(verb_text(rendering)), date, words(rendering)]
}

/// `stressed (endorsing)`, `says (neutral)`, `by context`, `—`.
pub fn verb_text(rendering: &Rendering<'_>) -> String {
    let c = rendering.claim.claim;
    match (c.verb.as_deref(), c.attribution) {
        (Some(verb), _) => {
            let class = rendering.class.map_or("unclassed", |class| class.name());
            format!("{} ({class})", verb.split_whitespace().collect::<Vec<_>>().join(" "))
        }
        (None, Some(attribution)) => format!("by {}", attribution.as_str()),
        (None, None) => "—".to_string(),
    }
}

fn words(rendering: &Rendering<'_>) -> Cell {
    let text = word_diff::words(&rendering.claim.claim.quote).join(" ");
    match &rendering.compared {
        Compared::Base => Cell::lines(vec![Line::plain(text), Line::plain("(base)")]),
        Compared::Diff(edits) => Cell::plain(word_diff::notation(edits)),
        Compared::Translation { of } => {
            let language = rendering.language.unwrap_or("another language");
            let link = match of {
                Some(original) => format!("({language}, a translation of {original}; not diffed)"),
                None => format!("({language}; not diffed)"),
            };
            Cell::lines(vec![Line::plain(text), Line::plain(link)])
        }
    }
}
