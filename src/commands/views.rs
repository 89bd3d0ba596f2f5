//! What the comparison views share: loading and checking a project, the filters, the width,
//! and writing the result.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::analysis::Lexicon;
use crate::check::{self, Index};
use crate::checking::{Tally, check_project};
use crate::cli::{ColorChoice, FilterArgs, LayoutChoice, OutputArgs, ViewFormat};
use crate::compare::{ClaimRef, Filter, Selection};
use crate::diagnostic::{Code, Diagnostic, Severity, Target};
use crate::error::{Error, Stopped};
use crate::exit;
use crate::load::{Keep, Loaded};
use crate::model::Corpus;
use crate::project::{Project, Request};
use crate::render::layout::{Arrangement, Document, ERROR_MARK};
use crate::render::views::describe_filter;
use crate::render::{DEFAULT_WIDTH, render_markdown, render_table};

use super::check::stdout;
use super::marks::{claim_path, claims_with_errors};

/// A loaded and checked corpus, the claims a view may show, and those with errors.
pub struct Checked {
    pub loaded: Loaded,
    pub checked: check::Checked,
    pub root: PathBuf,
    /// For each claim of the corpus, whether it is in a named file (all are when none were).
    named: Vec<bool>,
    /// For each claim of the corpus, whether `check` finds an error in it.
    errors: Vec<bool>,
    /// The errors in the named files, located.
    findings: Vec<Diagnostic>,
    /// The reporting verbs and markers the project classes its claims' framing by.
    pub lexicon: Lexicon,
}

impl Checked {
    pub fn corpus(&self) -> &Corpus {
        &self.loaded.corpus
    }

    /// Whether the claim at this position in the corpus is in a named file.
    pub fn is_named(&self, claim: usize) -> bool {
        self.named.get(claim).copied().unwrap_or(false)
    }

    /// Whether `check` finds an error in the claim at this position in the corpus.
    pub fn has_errors(&self, claim: usize) -> bool {
        self.errors.get(claim).copied().unwrap_or(false)
    }

    /// The claims of the named files that pass the filter, those with errors marked.
    pub fn select<'a>(&'a self, index: &Index<'a>, filter: &Filter) -> Selection<'a> {
        Selection::new(self.corpus(), index, filter)
            .only(|claim| self.is_named(claim))
            .with_errors(|claim| self.has_errors(claim))
    }

    /// The errors in one claim, as what stops a command that needs it whole.
    pub fn stopped_at(&self, claim: usize) -> Error {
        let corpus = self.corpus();
        let place = corpus
            .claims
            .get(claim)
            .map(|item| (corpus.file_path(item.file), item.path.to_string()));
        let diagnostics: Vec<Diagnostic> = self
            .findings
            .iter()
            .filter(|d| match (&d.primary.target, &place) {
                (Target::Yaml(path), Some((file, at))) => {
                    d.primary.file == *file && claim_path(path) == Some(at.as_str())
                }
                _ => false,
            })
            .cloned()
            .collect();
        let texts = corpus
            .files
            .iter()
            .filter(|file| diagnostics.iter().any(|d| d.primary.file == file.path))
            .map(|file| (file.path.clone(), file.text.clone()))
            .collect();
        Error::Findings(Stopped { diagnostics, texts })
    }
}

/// Loads and checks the project the request names, with the severities `crossclaim.toml`
/// sets. A claim path that cannot be read stops the view (exit code 2), and under `strict`
/// so do errors (exit code 1), which are printed. Otherwise the view shows what loaded: one
/// line on stderr counts the findings, and the claims with errors are marked. `keep` says
/// which texts stay in memory: a view that shows passages in their sources needs them all.
pub fn load_project(request: &Request, strict: bool, keep: Keep) -> Result<Checked, Error> {
    let project = Project::resolve(request)?;
    let report = check_project(&project, keep)?;
    let found = Tally::of(&report.diagnostics);
    let unreadable = report.diagnostics.iter().any(|d| d.code == Code::FileUnreadable);
    let (findings, _): (Vec<Diagnostic>, Vec<Diagnostic>) = report
        .diagnostics
        .iter()
        .cloned()
        .partition(|d| d.severity == Severity::Error);
    if (strict && found.errors > 0) || unreadable {
        let texts: HashMap<PathBuf, String> = report
            .texts()
            .into_iter()
            .map(|(path, text)| (path, text.to_string()))
            .collect();
        return Err(Error::Findings(Stopped {
            diagnostics: findings,
            texts,
        }));
    }
    let corpus = &report.loaded.corpus;
    let named: Vec<bool> = corpus
        .claims
        .iter()
        .map(|claim| report.is_target(corpus.file_path(claim.file)))
        .collect();
    let errors = claims_with_errors(corpus, &findings);
    if !found.is_empty() {
        let index = Index::new(corpus);
        let left_out = corpus
            .claims
            .iter()
            .enumerate()
            .filter(|(i, claim)| named[*i] && ClaimRef::resolve(&index, *i, &claim.value).is_none())
            .count();
        note(&findings_line(&found, left_out));
    }
    Ok(Checked {
        named,
        errors,
        findings,
        loaded: report.loaded,
        checked: report.checked,
        root: project.root,
        lexicon: project.lexicon,
    })
}

/// `the claim files have 2 errors, 1 warning: ...`, saying what the view does about them.
fn findings_line(found: &Tally, left_out: usize) -> String {
    let count = |n: usize, noun: &str| format!("{n} {noun}{}", if n == 1 { "" } else { "s" });
    let counted = format!(
        "the claim files have {}, {}",
        count(found.errors, "error"),
        count(found.warnings, "warning")
    );
    if found.errors == 0 {
        return format!("{counted}; run `crossclaim check` for details");
    }
    let left_out = match left_out {
        0 => String::new(),
        1 => " and 1 left out (a reference of it is not defined)".to_string(),
        n => format!(" and {n} left out (references of theirs are not defined)"),
    };
    format!(
        "{counted}: showing what loaded, claims with errors marked {ERROR_MARK}{left_out}; run `crossclaim check` for details, or pass `--strict` to stop on errors"
    )
}

/// The filter the flags ask for, its values resolved to ids: a value that names nothing is a
/// usage error that suggests ids.
pub fn filter(args: &FilterArgs, corpus: &Corpus) -> Result<Filter, Error> {
    let filter = Filter {
        topics: args.topics.clone(),
        outlets: args.outlets.clone(),
        speakers: args.speakers.clone(),
        propositions: args.propositions.clone(),
        since: args.since,
        until: args.until,
    };
    Ok(filter.resolve(corpus)?)
}

/// A note on stderr that leaves stdout to the data, e.g. that nothing matched.
pub fn note(message: &str) {
    let mut err = stderr();
    let _ = writeln!(err, "note: {message}");
    let _ = err.flush();
}

/// `--width`, else `COLUMNS`, else the terminal's width, else [`DEFAULT_WIDTH`] when the
/// output is not a terminal.
pub fn width(flag: Option<u16>) -> u16 {
    flag.or_else(|| {
        std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|&c| c > 0)
    })
    .or_else(|| terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0))
    .unwrap_or(DEFAULT_WIDTH)
}

/// Writes the output; a reader that stops early (`| head`) is not an error. Only styled
/// output (`show`) goes through the colour-stripping stream: tables are plain text, and
/// scanning megabytes of them for escape codes would cost time for nothing.
pub fn write_out(text: &str, color: Option<ColorChoice>) -> Result<u8, Error> {
    let written = match color {
        Some(choice) => {
            let mut out = stdout(choice);
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        }
    };
    match written {
        Ok(()) => Ok(exit::CLEAN),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(exit::CLEAN),
        Err(error) => Err(Error::output(None, &error)),
    }
}

/// Standard error that keeps colour only on a terminal, honouring NO_COLOR.
fn stderr() -> anstream::AutoStream<std::io::Stderr> {
    anstream::AutoStream::new(std::io::stderr(), anstream::ColorChoice::Auto)
}

/// Sources as `compare::show` needs them.
pub fn sources<'a>(project: &'a Checked) -> crate::compare::Sources<'a> {
    crate::compare::Sources {
        root: Path::new(&project.root),
        texts: &project.checked.sources,
        anchors: &project.checked.anchors,
    }
}

/// The note for a selection with no claims.
pub fn nothing_matches(filter: &Filter) {
    if filter.is_empty() {
        note("there are no claims to show");
    } else {
        note(&format!("no claims match `{}`", describe_filter(filter)));
    }
}

/// The arrangement `--layout` asks for; `auto` decides at the output's width.
pub fn arrangement(layout: LayoutChoice, output: &OutputArgs) -> Arrangement {
    match layout {
        LayoutChoice::Columns => Arrangement::Columns,
        LayoutChoice::Rows => Arrangement::Rows,
        LayoutChoice::Auto => Arrangement::Auto {
            width: usize::from(width(output.width)),
        },
    }
}

/// Renders a view in the asked-for format. Tables and Markdown of an empty view are empty (the
/// caller has put a note on stderr); JSON and CSV keep their structure.
pub fn render(
    output: &OutputArgs,
    empty: bool,
    document: impl FnOnce() -> Document,
    json: impl FnOnce() -> String,
    csv: impl FnOnce() -> String,
) -> String {
    match output.format {
        ViewFormat::Table | ViewFormat::Markdown if empty => String::new(),
        ViewFormat::Table => drawn_then_let_go(document(), |d| render_table(d, width(output.width))),
        ViewFormat::Markdown => drawn_then_let_go(document(), render_markdown),
        ViewFormat::Json => json() + "\n",
        ViewFormat::Csv => csv(),
    }
}

/// Draws a document, then frees it on the thread pool: a large one is tens of thousands of
/// small strings, whose freeing (4 ms for the compare benchmark's) would hold up the output.
fn drawn_then_let_go(document: Document, draw: impl FnOnce(&Document) -> String) -> String {
    let drawn = draw(&document);
    rayon::spawn(move || drop(document));
    drawn
}

/// Loads the project for a view that shows the claims' own words, never their sources: only
/// the texts findings name are kept, as `check` keeps them, so each source is let go once it
/// is checked.
pub fn load_view(request: &Request, strict: bool) -> Result<Checked, Error> {
    load_project(request, strict, Keep::FindingsOnly)
}

/// Loads the project, draws a view of it and writes the view. The corpus is not freed: the
/// process ends next and the system takes its memory back at once, where freeing it
/// allocation by allocation would cost a tenth of a large view.
pub fn run_view(
    request: &Request,
    strict: bool,
    view: impl FnOnce(&Checked) -> Result<String, Error>,
) -> Result<u8, Error> {
    let checked = load_view(request, strict)?;
    let output = view(&checked);
    std::mem::forget(checked);
    write_out(&output?, None)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::path::PathBuf;

    use super::{load_project, load_view};
    use crate::load::Keep;
    use crate::project::Request;

    fn bundled() -> Request {
        Request {
            root: Some(PathBuf::from(env!("CARGO_MANIFEST_DIR"))),
            ..Request::default()
        }
    }

    #[test]
    fn views_of_the_claims_alone_keep_no_source_in_memory() {
        let view = load_view(&bundled(), true).unwrap();
        assert!(view.findings.is_empty());
        assert!(view.checked.sources.is_empty());
        // Still checked: both sources were read, and every quote has its passage.
        assert_eq!(view.checked.read.len(), 2);
        let claims = view.corpus().claims.len();
        assert!((0..claims).all(|claim| view.checked.anchors.get(claim).is_some()));

        let everything = load_project(&bundled(), true, Keep::Everything).unwrap();
        assert_eq!(everything.checked.sources.len(), 2);
    }
}
