use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use crate::checking::{Report, check_project};
use crate::cli::{CheckArgs, ColorChoice, DenyLevel, DiagnosticFormat};
use crate::config::ConfigError;
use crate::diagnostic::{Code, Diagnostic, Omitted, Severity};
use crate::exit;
use crate::load;
use crate::project::Project;
use crate::render::{
    config_failure_line, omitted_line, render_github, render_human, render_json, render_sarif, summary_line,
};

/// `crossclaim check`: resolve the project, load, check, apply the project's severities,
/// locate, print; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    let project = match Project::resolve(&args.paths, &args.project) {
        Ok(project) => project,
        Err(error) => return config_failure(args, error),
    };
    let report = check_project(&project);
    let summary = summary_line(&report.counts);
    let printed = print(args, &report.diagnostics, &report.omitted, &report.texts(), &summary);
    let code = if printed.is_err() {
        exit::FAILURE
    } else {
        verdict(&report, args.deny == Some(DenyLevel::Warnings))
    };
    // The process ends next and the system takes its memory back at once; freeing a large
    // corpus allocation by allocation first would cost a tenth of the check.
    std::mem::forget(report);
    code
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
    let _ = print(args, &diagnostics, &[], &texts, &summary);
    exit::FAILURE
}

/// Findings left out of the report count as much as those in it.
fn verdict(report: &Report, deny_warnings: bool) -> u8 {
    if report
        .diagnostics
        .iter()
        .any(|d| d.code == Code::FileUnreadable && d.severity == Severity::Error)
    {
        exit::FAILURE
    } else if report.counts.errors > 0 || (deny_warnings && report.counts.warnings > 0) {
        exit::FINDINGS
    } else {
        exit::CLEAN
    }
}

/// Prints the findings in the requested format; the text formats end with what was left out
/// and `summary`. JSON Lines holds findings only, so what it leaves out is said on stderr.
fn print(
    args: &CheckArgs,
    diagnostics: &[Diagnostic],
    omitted: &[Omitted],
    texts: &HashMap<PathBuf, &str>,
    summary: &str,
) -> std::io::Result<()> {
    let mut out = stdout(args.color);
    match args.format {
        DiagnosticFormat::Json => {
            for diagnostic in diagnostics {
                writeln!(out, "{}", render_json(diagnostic))?;
            }
            let mut err = std::io::stderr().lock();
            for o in omitted {
                writeln!(err, "{}", omitted_line(o))?;
            }
        }
        DiagnosticFormat::Human => {
            for diagnostic in diagnostics {
                writeln!(out, "{}\n", render_human(diagnostic, texts, true))?;
            }
            for o in omitted {
                writeln!(out, "{}\n", omitted_line(o))?;
            }
            writeln!(out, "{summary}")?;
        }
        DiagnosticFormat::Github => {
            for diagnostic in diagnostics {
                writeln!(out, "{}", render_github(diagnostic))?;
            }
            // Plain lines are shown in the job's log as they are.
            for o in omitted {
                writeln!(out, "{}", omitted_line(o))?;
            }
            writeln!(out, "{summary}")?;
        }
        DiagnosticFormat::Sarif => writeln!(out, "{}", render_sarif(diagnostics, omitted))?,
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
