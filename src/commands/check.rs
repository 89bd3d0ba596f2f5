use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::PathBuf;

use crate::checking::{Report, check_project};
use crate::cli::{CheckArgs, ColorChoice, DiagnosticFormat};
use crate::config::ConfigError;
use crate::diagnostic::{Code, Diagnostic, Omitted, Severity};
use crate::error::{Error, lower_first};
use crate::exit;
use crate::load::{Given, Keep, MAX_CLAIM_FILE_BYTES};
use crate::paths;
use crate::project::{Project, STDIN};
use crate::render::{
    config_failure_line, omitted_line, render_github, render_human, render_json, render_sarif, summary_line,
};

/// What standard input stands for when no `--stdin-filename` names a file.
const UNNAMED_STDIN: &str = "<stdin>";

/// `crossclaim check`: resolve the project, load, check, apply the project's severities,
/// locate, print; returns the exit code.
pub fn run(args: &CheckArgs) -> Result<u8, Error> {
    let mut request = args.project.request(&args.paths);
    request.levels = args.levels.clone();
    request.all_findings = args.all_findings;
    request.stdin = stdin(args)?;
    let project = match Project::resolve(&request) {
        Ok(project) => project,
        Err(Error::Config(error)) => return config_failure(args, &error),
        Err(error) => return Err(error),
    };
    let report = check_project(&project, Keep::FindingsOnly)?;
    let code = verdict(&report, args.deny_warnings());
    let summary = (!args.quiet || code != exit::CLEAN).then(|| summary_line(&report.counts));
    let mut listed = report.listed(args.show_allowed);
    if args.format == DiagnosticFormat::Github {
        from_workspace(listed.to_mut());
    }
    let printed = print(args, &listed, &report.omitted, &report.texts(), summary.as_deref());
    // The process ends next and the system takes its memory back at once; freeing a large
    // corpus allocation by allocation first would cost a tenth of the check.
    std::mem::forget(report);
    match printed {
        // A reader that stops early (`| head`) has what it wanted; the verdict stands.
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::output(None, &error)),
        _ => Ok(code),
    }
}

/// GitHub places an annotation by its path from the repository's root, whatever directory the
/// step ran in: every path is made relative to the workspace.
fn from_workspace(diagnostics: &mut [Diagnostic]) {
    let Some(base) = paths::workspace() else {
        return;
    };
    let mut rebased: HashMap<PathBuf, PathBuf> = HashMap::new();
    let mut rebase = |file: &mut PathBuf| {
        let path = rebased
            .entry(file.clone())
            .or_insert_with(|| paths::rebase(file, &base));
        file.clone_from(path);
    };
    for diagnostic in diagnostics {
        rebase(&mut diagnostic.primary.file);
        for related in &mut diagnostic.related {
            rebase(&mut related.location.file);
        }
        if let Some(allowed) = &mut diagnostic.allowed {
            rebase(&mut allowed.by.file);
        }
    }
}

/// The claim file on standard input, when `-` is among the paths.
fn stdin(args: &CheckArgs) -> Result<Option<Given>, Error> {
    let named = args.paths.iter().filter(|path| path.as_os_str() == STDIN).count();
    match (named, &args.stdin_filename) {
        (0, None) => return Ok(None),
        (0, Some(_)) => {
            return Err(Error::usage(
                "`--stdin-filename` names the file standard input stands for, but no path is `-`",
                "add `-` to the paths: `crossclaim check - --stdin-filename claims/x.yaml`",
            ));
        }
        (1, _) => {}
        _ => {
            return Err(Error::usage(
                "`-` is named more than once",
                "standard input can be read once",
            ));
        }
    }
    let path = args
        .stdin_filename
        .clone()
        .unwrap_or_else(|| PathBuf::from(UNNAMED_STDIN));
    let mut bytes = Vec::new();
    // One byte over the limit is enough to know the text is too large.
    std::io::stdin()
        .lock()
        .take(MAX_CLAIM_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| {
            Error::usage(
                format!("cannot read standard input: {}", lower_first(&error.to_string())),
                "pipe the claim file's text into `crossclaim check -`",
            )
        })?;
    Ok(Some(Given { path, bytes }))
}

/// A configuration that cannot be used stops the check before it starts: its problems are
/// the report, in the requested format, and the exit code is 2.
fn config_failure(args: &CheckArgs, error: &ConfigError) -> Result<u8, Error> {
    let summary = config_failure_line("nothing checked", &error.file, error.diagnostics.len());
    let mut texts: HashMap<PathBuf, &str> = HashMap::new();
    if let Some(text) = &error.text {
        texts.insert(error.file.clone(), text);
    }
    print(args, &error.diagnostics, &[], &texts, Some(&summary)).map_err(|error| Error::output(None, &error))?;
    Ok(exit::FAILURE)
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
/// and `summary`, if any. JSON Lines holds findings only, so what it leaves out is said on stderr.
fn print(
    args: &CheckArgs,
    diagnostics: &[Diagnostic],
    omitted: &[Omitted],
    texts: &HashMap<PathBuf, &str>,
    summary: Option<&str>,
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
            if let Some(summary) = summary {
                writeln!(out, "{summary}")?;
            }
        }
        DiagnosticFormat::Github => {
            for diagnostic in diagnostics {
                writeln!(out, "{}", render_github(diagnostic))?;
            }
            // Plain lines are shown in the job's log as they are.
            for o in omitted {
                writeln!(out, "{}", omitted_line(o))?;
            }
            if let Some(summary) = summary {
                writeln!(out, "{summary}")?;
            }
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
