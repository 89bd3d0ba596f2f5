use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use crate::model::{Article, Outlet};

use super::show::display_join;
use super::{ClaimRef, Selection, Sources};

/// An article's stored text cut where claimed passages start and end, so that each piece
/// knows which claims quote it: the text a report shows with its passages marked.
pub struct ArticleText<'a> {
    pub article: &'a Article,
    pub outlet: &'a Outlet,
    /// The source's path as `check` shows it.
    pub path: String,
    /// The article's claims in the selection, in file order.
    pub claims: Vec<ClaimRef<'a>>,
    /// The whole text, piece by piece; `None` when the source could not be read.
    pub pieces: Option<Vec<Piece<'a>>>,
    /// For each claim, whether its passage is marked in the pieces.
    pub placed: Vec<bool>,
}

pub struct Piece<'a> {
    pub text: &'a str,
    /// Indexes into `ArticleText::claims` of the claims whose passage covers this piece.
    pub claims: Vec<usize>,
    /// Of those, the ones whose passage starts here, and the ones whose passage ends here.
    pub starts: Vec<usize>,
    pub ends: Vec<usize>,
}

/// The articles with claims in the selection, in the order their claims are read, each with
/// its text in pieces.
pub fn passages<'a>(selection: &Selection<'a>, sources: &Sources<'a>) -> Vec<ArticleText<'a>> {
    let mut order: Vec<&'a str> = Vec::new();
    let mut claims: HashMap<&'a str, Vec<ClaimRef<'a>>> = HashMap::new();
    for claim in &selection.claims {
        let id = claim.article.id.as_str();
        let list = claims.entry(id).or_default();
        if list.is_empty() {
            order.push(id);
        }
        list.push(*claim);
    }
    order
        .into_iter()
        .filter_map(|id| {
            let mut claims = claims.remove(id)?;
            claims.sort_by_key(|c| c.index);
            let first = claims.first()?;
            let path = display_join(sources.root, Path::new(&first.article.source));
            let pieces = sources.texts.get(&path).map(|text| {
                let ranges: Vec<Option<Range<usize>>> = claims.iter().map(|c| sources.anchors.get(c.index)).collect();
                cut(text, &ranges)
            });
            let mut placed = vec![false; claims.len()];
            for piece in pieces.iter().flatten() {
                for &claim in &piece.starts {
                    placed[claim] = true;
                }
            }
            Some(ArticleText {
                article: first.article,
                outlet: first.outlet,
                path: path.display().to_string(),
                claims,
                pieces,
                placed,
            })
        })
        .collect()
}

/// `text` cut at every start and end of `ranges` (byte ranges, `None` for a claim that could
/// not be placed), each piece with the ranges covering it.
pub fn cut<'t>(text: &'t str, ranges: &[Option<Range<usize>>]) -> Vec<Piece<'t>> {
    let on_char = |at: usize| {
        let mut at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    // (position, 0 for an end and 1 for a start, claim): ends first, so a passage that ends
    // where another starts does not cover the other's first piece.
    let mut events: Vec<(usize, u8, usize)> = Vec::new();
    for (claim, range) in ranges.iter().enumerate() {
        if let Some(range) = range {
            let (start, end) = (on_char(range.start), on_char(range.end));
            if start < end {
                events.push((start, 1, claim));
                events.push((end, 0, claim));
            }
        }
    }
    events.sort_unstable();
    let mut pieces: Vec<Piece<'t>> = Vec::new();
    let mut active: Vec<usize> = Vec::new();
    let (mut at, mut i) = (0, 0);
    loop {
        let mut starts = Vec::new();
        while let Some(&(position, kind, claim)) = events.get(i) {
            if position != at {
                break;
            }
            if kind == 0 {
                active.retain(|&c| c != claim);
                // An end belongs to the piece before it.
                if let Some(last) = pieces.last_mut() {
                    last.ends.push(claim);
                }
            } else {
                active.push(claim);
                starts.push(claim);
            }
            i += 1;
        }
        if at >= text.len() {
            break;
        }
        let next = events.get(i).map_or(text.len(), |&(position, ..)| position);
        let mut claims = active.clone();
        claims.sort_unstable();
        pieces.push(Piece {
            text: &text[at..next],
            claims,
            starts,
            ends: Vec::new(),
        });
        at = next;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A piece's text, claims, starts and ends.
    type Shape<'t> = (&'t str, Vec<usize>, Vec<usize>, Vec<usize>);

    fn shape<'t>(pieces: &[Piece<'t>]) -> Vec<Shape<'t>> {
        pieces
            .iter()
            .map(|p| (p.text, p.claims.clone(), p.starts.clone(), p.ends.clone()))
            .collect()
    }

    #[test]
    fn passages_cut_the_text_and_overlaps_share_a_piece() {
        let text = "one two three four";
        let pieces = cut(text, &[Some(4..13), Some(8..18), None]);
        assert_eq!(
            shape(&pieces),
            vec![
                ("one ", vec![], vec![], vec![]),
                ("two ", vec![0], vec![0], vec![]),
                ("three", vec![0, 1], vec![1], vec![0]),
                (" four", vec![1], vec![], vec![1]),
            ]
        );
        let whole: String = pieces.iter().map(|p| p.text).collect();
        assert_eq!(whole, text);
    }

    #[test]
    fn a_passage_at_the_very_start_and_ranges_off_char_boundaries() {
        let text = "«ab» c";
        let pieces = cut(text, &[Some(0..3), Some(4..99)]);
        let whole: String = pieces.iter().map(|p| p.text).collect();
        assert_eq!(whole, text);
        assert_eq!(pieces[0].claims, vec![0]);
        assert_eq!(pieces.last().map(|p| p.ends.clone()), Some(vec![1]));
    }
}
