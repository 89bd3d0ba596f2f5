//! What the comparison views share: loading a project that checks clean, the filters, the
//! width, and writing the result.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::check;
use crate::checking::check_project;
use crate::cli::{ColorChoice, FilterArgs, LayoutChoice, OutputArgs, ViewFormat};
use crate::compare::{Filter, FilterError};
use crate::diagnostic::{Diagnostic, Severity};
use crate::error::{Error, Stopped};
use crate::exit;
use crate::load::Loaded;
use crate::model::Corpus;
use crate::project::{Project, Request};
use crate::render::layout::{Arrangement, Document};
use crate::render::views::describe_filter;
use crate::render::{DEFAULT_WIDTH, render_markdown, render_table};

use super::check::stdout;

/// A loaded corpus with no errors, and what checking it found out about its sources.
pub struct Checked {
    pub loaded: Loaded,
    pub checked: check::Checked,
    pub root: PathBuf,
}

impl Checked {
    pub fn corpus(&self) -> &Corpus {
        &self.loaded.corpus
    }
}

/// Loads and checks the project the request names, with the severities `crossclaim.toml`
/// sets. A view of a corpus with errors would mislead, so the errors stop it. Warnings do not
/// stop a view.
pub fn load_project(request: &Request) -> Result<Checked, Error> {
    let project = Project::resolve(request)?;
    let report = check_project(&project)?;
    let errors: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    if errors.is_empty() {
        return Ok(Checked {
            loaded: report.loaded,
            checked: report.checked,
            root: project.root,
        });
    }
    let texts: HashMap<PathBuf, String> = report
        .texts()
        .into_iter()
        .map(|(path, text)| (path, text.to_string()))
        .collect();
    Err(Error::Findings(Stopped {
        diagnostics: errors,
        texts,
    }))
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
    filter.resolve(corpus).map_err(usage)
}

/// A filter's error as a usage error.
pub fn usage(error: FilterError) -> Error {
    Error::Usage {
        message: error.message,
        help: error.help,
    }
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
        ViewFormat::Table => render_table(&document(), width(output.width)),
        ViewFormat::Markdown => render_markdown(&document()),
        ViewFormat::Json => json() + "\n",
        ViewFormat::Csv => csv(),
    }
}

/// Loads the project, draws a view of it and writes the view. The corpus is not freed: the
/// process ends next and the system takes its memory back at once, where freeing it
/// allocation by allocation would cost a tenth of a large view.
pub fn run_view(request: &Request, view: impl FnOnce(&Checked) -> Result<String, Error>) -> Result<u8, Error> {
    let checked = load_project(request)?;
    let output = view(&checked);
    std::mem::forget(checked);
    write_out(&output?, None)
}
