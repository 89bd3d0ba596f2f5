use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use crate::check;
use crate::cli::{CheckArgs, ColorChoice, DenyLevel, DiagnosticFormat};
use crate::config::{ConfigError, apply_overrides};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::exit;
use crate::load;
use crate::project::Project;
use crate::render::{
    Counts, config_failure_line, render_github, render_human, render_json, render_sarif, summary_line,
};

/// `crossclaim check`: resolve the project, load, check, apply the project's severities,
/// locate, print; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    let project = match Project::resolve(&args.paths, &args.project) {
        Ok(project) => project,
        Err(error) => return config_failure(args, error),
    };
    let loaded = load::load(&project.claim_paths);
    // Decided on the rules' own severities: a file that failed to load leaves the corpus
    // incomplete however a project rates that failure.
    let complete = !loaded.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let checked = check::check(&loaded.corpus, &project.root, project.seeds.as_deref(), complete);
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(checked.diagnostics);
    apply_overrides(&mut diagnostics, &project.overrides);

    let mut texts: HashMap<PathBuf, &str> = HashMap::new();
    for file in loaded.corpus.files.iter().chain(&loaded.unparsed) {
        texts.insert(file.path.clone(), &file.text);
    }
    for (path, text) in &checked.sources {
        texts.insert(path.clone(), text);
    }
    load::resolve(&mut diagnostics, &texts);
    sort(&mut diagnostics);

    let counts = Counts {
        files: loaded.corpus.files.len() + loaded.unparsed.len(),
        articles: checked.sources.len(),
        claims: loaded.corpus.claims.len(),
        errors: diagnostics.iter().filter(|d| d.severity == Severity::Error).count(),
        warnings: diagnostics.iter().filter(|d| d.severity == Severity::Warning).count(),
    };
    let summary = summary_line(&counts);
    if print(args, &diagnostics, &texts, &summary).is_err() {
        return exit::FAILURE;
    }
    verdict(&diagnostics, args.deny == Some(DenyLevel::Warnings))
}

/// A configuration that cannot be used stops the check before it starts: its problems are
/// reported in the requested format, and the exit code is 2.
fn config_failure(args: &CheckArgs, error: ConfigError) -> u8 {
    let ConfigError {
        file,
        mut diagnostics,
        text,
    } = error;
    let summary = config_failure_line(&file, diagnostics.len());
    let mut texts: HashMap<PathBuf, &str> = HashMap::new();
    if let Some(text) = &text {
        texts.insert(file, text);
    }
    load::resolve(&mut diagnostics, &texts);
    let _ = print(args, &diagnostics, &texts, &summary);
    exit::FAILURE
}

/// File order, then position, so output reads top to bottom like the files.
fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| {
            (
                d.primary.file.clone(),
                d.primary.span.as_ref().map(|s| s.bytes.start),
                d.code,
            )
        };
        key(a).cmp(&key(b))
    });
}

fn verdict(diagnostics: &[Diagnostic], deny_warnings: bool) -> u8 {
    if diagnostics
        .iter()
        .any(|d| d.code == Code::FileUnreadable && d.severity == Severity::Error)
    {
        exit::FAILURE
    } else if diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error || deny_warnings)
    {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

/// Prints the findings in the requested format; the text formats end with `summary`.
fn print(
    args: &CheckArgs,
    diagnostics: &[Diagnostic],
    texts: &HashMap<PathBuf, &str>,
    summary: &str,
) -> std::io::Result<()> {
    let mut out = stdout(args.color);
    match args.format {
        DiagnosticFormat::Json => {
            for diagnostic in diagnostics {
                writeln!(out, "{}", render_json(diagnostic))?;
            }
        }
        DiagnosticFormat::Human => {
            for diagnostic in diagnostics {
                writeln!(out, "{}\n", render_human(diagnostic, texts, true))?;
            }
            writeln!(out, "{summary}")?;
        }
        DiagnosticFormat::Github => {
            for diagnostic in diagnostics {
                writeln!(out, "{}", render_github(diagnostic))?;
            }
            // Plain lines are shown in the job's log as they are.
            writeln!(out, "{summary}")?;
        }
        DiagnosticFormat::Sarif => writeln!(out, "{}", render_sarif(diagnostics))?,
    }
    out.flush()
}

/// Standard output that keeps colour only on a terminal, honouring NO_COLOR and `--color`.
pub fn stdout(choice: ColorChoice) -> anstream::AutoStream<std::io::Stdout> {
    let choice = match choice {
        ColorChoice::Auto => anstream::ColorChoice::Auto,
        ColorChoice::Always => anstream::ColorChoice::Always,
        ColorChoice::Never => anstream::ColorChoice::Never,
    };
    anstream::AutoStream::new(std::io::stdout(), choice)
}
