use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

use crate::check;
use crate::cli::{CheckArgs, ColorChoice, DenyLevel, DiagnosticFormat};
use crate::diagnostic::{Code, Diagnostic, Severity};
use crate::exit;
use crate::load;
use crate::project::{CLAIMS_DIR, find_root};
use crate::render::{Counts, render_human, render_json, summary_line};

/// `crossclaim check`: load, check, locate, print; returns the exit code.
pub fn run(args: &CheckArgs) -> u8 {
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(CLAIMS_DIR)]
    } else {
        args.paths.clone()
    };
    let root = args.project.root.clone().unwrap_or_else(|| find_root(&paths));
    let loaded = load::load(&paths);
    let complete = !loaded.diagnostics.iter().any(|d| d.severity == Severity::Error);
    let checked = check::check(&loaded.corpus, &root, complete);
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(checked.diagnostics);

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
    if print(args, &diagnostics, &texts, &counts).is_err() {
        return exit::FAILURE;
    }
    verdict(&diagnostics, args.deny == Some(DenyLevel::Warnings))
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

fn print(
    args: &CheckArgs,
    diagnostics: &[Diagnostic],
    texts: &HashMap<PathBuf, &str>,
    counts: &Counts,
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
            writeln!(out, "{}", summary_line(counts))?;
        }
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
