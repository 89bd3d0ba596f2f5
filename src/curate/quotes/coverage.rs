//! Each article's quotations and reported speech, marked covered where a claim's anchored
//! passage overlaps them.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::anchor::Source;
use crate::check::Index;
use crate::checking::Report;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::model::{Article, Item as Defined};
use crate::project::Project;

use super::super::add::unknown_article;
use super::super::loaded::located;
use super::super::{Layout, Refusal};
use super::attribution::analyse;
use super::stubs::{Speakers, Stub, stubs};
use crate::analysis::Lexicon;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text between quotation marks.
    Quotation,
    /// A sentence with a reporting verb and no quotation.
    Reported,
}

/// One quotation or reported sentence of a source.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: Kind,
    /// The quoted text, or the sentence, in the source.
    pub range: Range<usize>,
    /// Where it starts (the opening mark of a quotation), 1-based.
    pub line: usize,
    pub column: usize,
    /// The text on one line.
    pub text: String,
    /// The text as printed, with its quotation marks, on one line.
    pub shown: String,
    pub verb: Option<String>,
    pub speaker: Option<String>,
    /// The line and column of the quotation this one continues after an interruption.
    pub continues: Option<(usize, usize)>,
    /// The claims whose passages overlap it.
    pub claims: Vec<String>,
}

/// An article's source, read for quotations.
#[derive(Debug, Clone)]
pub struct ArticleQuotes {
    pub article: String,
    pub source: PathBuf,
    pub items: Vec<Item>,
    /// Claim stubs for the uncovered items.
    pub stubs: Vec<Stub>,
}

impl ArticleQuotes {
    /// Quotations covered, and all quotations.
    pub fn coverage(&self) -> (usize, usize) {
        let quotations = self.items.iter().filter(|i| i.kind == Kind::Quotation);
        let total = quotations.clone().count();
        (quotations.filter(|i| !i.claims.is_empty()).count(), total)
    }
}

#[derive(Debug)]
pub struct QuotesReport {
    pub articles: Vec<ArticleQuotes>,
}

/// Reads the named article's source (every article's when `article` is `None`).
pub fn list(project: &Project, report: &Report, article: Option<&str>) -> Result<QuotesReport, Refusal> {
    let layout = Layout::of(project);
    let corpus = &report.loaded.corpus;
    let index = Index::new(corpus);
    let mut articles: Vec<&Defined<Article>> = match article {
        Some(id) => match index.articles.get(id) {
            Some(found) => vec![*found],
            None => {
                return Err(located(
                    vec![unknown_article(id, index.articles.keys(), &layout.claims)],
                    HashMap::new(),
                ));
            }
        },
        None => index.articles.values().copied().collect(),
    };
    articles.sort_by(|a, b| a.value.id.cmp(&b.value.id));
    let blocking: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error && blocks(d.code))
        .cloned()
        .collect();
    // Each claim's anchored passage, by article, in one pass over the claims.
    let mut anchored: HashMap<&str, Vec<(Range<usize>, String)>> = HashMap::new();
    for (i, claim) in corpus.claims.iter().enumerate() {
        if let Some(range) = report.checked.anchors.get(i) {
            anchored
                .entry(claim.value.article.as_ref())
                .or_default()
                .push((range, claim.value.id.to_string()));
        }
    }
    let mut taken: HashSet<String> = corpus.claims.iter().map(|c| c.value.id.to_string()).collect();
    let speakers = Speakers::new(corpus);
    let mut listed = Vec::new();
    for article in articles {
        let path = crate::paths::join(&project.root, Path::new(&article.value.source));
        let Some(text) = report.checked.sources.get(&path) else {
            // The source did not load: `check`'s findings say why.
            let texts = report.texts().into_iter().map(|(p, t)| (p, t.to_string())).collect();
            return Err(Refusal::Findings {
                diagnostics: blocking,
                texts,
            });
        };
        let mut claims = anchored.remove(article.value.id.as_str()).unwrap_or_default();
        claims.sort_by_key(|(r, _)| (r.start, r.end));
        let items = items(text, &claims, &project.lexicon);
        let stubs = stubs(&speakers, &mut taken, &article.value.id, &items);
        listed.push(ArticleQuotes {
            article: article.value.id.clone(),
            source: path,
            items,
            stubs,
        });
    }
    Ok(QuotesReport { articles: listed })
}

/// Findings that leave a source unread or the claims unloaded.
fn blocks(code: Code) -> bool {
    matches!(
        code,
        Code::SourceMissing
            | Code::SourceOutsideRoot
            | Code::SourceUnreadable
            | Code::FileUnreadable
            | Code::YamlSyntax
            | Code::SchemaViolation
            | Code::InvalidEncoding
            | Code::FileTooLarge
            | Code::YamlLimit
    )
}

/// The listing of one source, in text order.
fn items(text: &str, claims: &[(Range<usize>, String)], lexicon: &Lexicon) -> Vec<Item> {
    let analysis = analyse(text, lexicon);
    let source = Source::new(text);
    let longest = claims.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
    let covering = |range: &Range<usize>| -> Vec<String> {
        let from = claims.partition_point(|(r, _)| r.start + longest < range.start);
        claims[from..]
            .iter()
            .take_while(|(r, _)| r.start < range.end)
            .filter(|(r, _)| r.end > range.start && r.start < range.end)
            .map(|(_, id)| id.clone())
            .collect()
    };
    let one_line = |range: &Range<usize>| text[range.clone()].split_whitespace().collect::<Vec<_>>().join(" ");
    let mut items: Vec<Item> = Vec::new();
    let starts: Vec<(usize, usize)> = analysis
        .quotations
        .iter()
        .map(|q| source.line_col(q.quotation.marks.start))
        .collect();
    for (i, quoted) in analysis.quotations.iter().enumerate() {
        let range = quoted.quotation.text.clone();
        let (line, column) = starts[i];
        items.push(Item {
            kind: Kind::Quotation,
            claims: covering(&range),
            text: one_line(&range),
            shown: one_line(&quoted.quotation.marks),
            range,
            line,
            column,
            verb: quoted.attribution.as_ref().map(|a| a.verb.clone()),
            speaker: quoted.attribution.as_ref().and_then(|a| a.speaker.clone()),
            continues: quoted.continues.map(|c| starts[c]),
        });
    }
    for reported in &analysis.reported {
        let range = reported.sentence.clone();
        let (line, column) = source.line_col(range.start);
        items.push(Item {
            kind: Kind::Reported,
            claims: covering(&range),
            text: one_line(&range),
            shown: one_line(&range),
            range,
            line,
            column,
            verb: Some(reported.attribution.verb.clone()),
            speaker: reported.attribution.speaker.clone(),
            continues: None,
        });
    }
    items.sort_by_key(|item| item.range.start);
    items
}
