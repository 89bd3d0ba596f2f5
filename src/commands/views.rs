//! What the comparison views share: loading a project that checks clean, the filters, the
//! width, and writing the result.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::analysis::Lexicon;
use crate::check;
use crate::checking::check_project;
use crate::cli::{ColorChoice, FilterArgs, LayoutChoice, OutputArgs, ProjectArgs, ViewFormat};
use crate::compare::{Filter, FilterError};
use crate::config::ConfigError;
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::exit;
use crate::load::{self, Loaded};
use crate::model::Corpus;
use crate::project::Project;
use crate::render::layout::{Arrangement, Document};
use crate::render::views::describe_filter;
use crate::render::{DEFAULT_WIDTH, render_human, render_markdown, render_table, usage_error};

use super::check::stdout;

/// A loaded corpus with no errors, and what checking it found out about its sources.
pub struct Checked {
    pub loaded: Loaded,
    pub checked: check::Checked,
    pub root: PathBuf,
    /// The reporting verbs and markers the project classes its claims' framing by.
    pub lexicon: Lexicon,
}

impl Checked {
    pub fn corpus(&self) -> &Corpus {
        &self.loaded.corpus
    }
}

/// Loads and checks the project's claims (the paths given, else the configured ones, else
/// `claims/`), with the severities `crossclaim.toml` sets. A view of a corpus with errors would
/// mislead, so the errors are printed to stderr and the exit code returned: 2 if a file or the
/// configuration could not be read, else 1. Warnings do not stop a view.
pub fn load_project(paths: &[PathBuf], args: &ProjectArgs) -> Result<Checked, u8> {
    let project = match Project::resolve(paths, args) {
        Ok(project) => project,
        Err(ConfigError {
            file,
            mut diagnostics,
            text,
        }) => {
            let mut texts: HashMap<PathBuf, &str> = HashMap::new();
            if let Some(text) = &text {
                texts.insert(file, text);
            }
            load::resolve(&mut diagnostics, &texts);
            report_errors(&diagnostics, &texts);
            return Err(exit::FAILURE);
        }
    };
    let report = check_project(&project);
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
            lexicon: project.lexicon,
        });
    }
    report_errors(&errors, &report.texts());
    Err(if errors.iter().any(|d| d.code == Code::FileUnreadable) {
        exit::FAILURE
    } else {
        exit::FINDINGS
    })
}

/// The errors that stop a view, in the human form, then where to look further.
fn report_errors(errors: &[Diagnostic], texts: &HashMap<PathBuf, &str>) {
    let mut err = stderr();
    for error in errors {
        let _ = writeln!(err, "{}\n", render_human(error, texts, true));
    }
    let _ = writeln!(err, "hint: run `crossclaim check` for details");
    let _ = err.flush();
}

/// The filter the flags ask for, its values resolved to ids: a value that names nothing is a
/// usage error that suggests ids.
pub fn filter(args: &FilterArgs, corpus: &Corpus) -> Result<Filter, u8> {
    let filter = Filter {
        topics: args.topics.clone(),
        outlets: args.outlets.clone(),
        speakers: args.speakers.clone(),
        propositions: args.propositions.clone(),
        since: args.since,
        until: args.until,
    };
    filter.resolve(corpus).map_err(|error| usage(&error))
}

/// Prints a usage error; returns its exit code.
pub fn usage(error: &FilterError) -> u8 {
    let mut err = stderr();
    let _ = write!(err, "{}", usage_error(&error.message, error.help.as_deref()));
    let _ = err.flush();
    exit::FAILURE
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
pub fn write_out(text: &str, color: Option<ColorChoice>) -> u8 {
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
        Ok(()) => exit::CLEAN,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => exit::CLEAN,
        Err(_) => exit::FAILURE,
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
pub fn run_view(paths: &[PathBuf], project: &ProjectArgs, view: impl FnOnce(&Checked) -> Result<String, u8>) -> u8 {
    let checked = match load_project(paths, project) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    let code = finish(view(&checked), None);
    std::mem::forget(checked);
    code
}

/// Writes a command's output, or returns the exit code it failed with.
pub fn finish(output: Result<String, u8>, color: Option<ColorChoice>) -> u8 {
    match output {
        Ok(text) => write_out(&text, color),
        Err(code) => code,
    }
}
