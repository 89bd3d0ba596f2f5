use std::collections::HashSet;

use crate::model::PartialDate;

use super::Selection;

/// What a selection holds, in numbers: how many outlets, articles and claims, and the dates
/// the claims span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overview {
    pub outlets: usize,
    pub articles: usize,
    pub claims: usize,
    /// The claim date that can start earliest, and the one that can end latest.
    pub span: Option<(PartialDate, PartialDate)>,
    /// Claims with no known date.
    pub undated: usize,
}

pub fn overview(selection: &Selection<'_>) -> Overview {
    let mut outlets = HashSet::new();
    let mut articles = HashSet::new();
    let mut span: Option<(PartialDate, PartialDate)> = None;
    let mut undated = 0;
    for claim in &selection.claims {
        outlets.insert(claim.outlet.id.as_str());
        articles.insert(claim.article.id.as_str());
        let Some(bounds) = claim.date.bounds() else {
            undated += 1;
            continue;
        };
        span = Some(match span {
            None => (claim.date, claim.date),
            Some((first, last)) => {
                let starts_earlier = first.bounds().is_none_or(|b| bounds.earliest < b.earliest);
                let ends_later = last.bounds().is_none_or(|b| bounds.latest > b.latest);
                (
                    if starts_earlier { claim.date } else { first },
                    if ends_later { claim.date } else { last },
                )
            }
        });
    }
    Overview {
        outlets: outlets.len(),
        articles: articles.len(),
        claims: selection.claims.len(),
        span,
        undated,
    }
}
