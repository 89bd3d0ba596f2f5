use std::io::Write;
use std::path::Path;

use crate::cli::{ExportArgs, ExportFormat};
use crate::compare::FilterError;
use crate::edit::Staged;
use crate::exit;
use crate::interchange::{Input, annotations, csv, gexf, graphml, jsonl, jsonld, sqlite};

use super::views::{load_project, note, usage, write_out};

/// `crossclaim export --format F [--output FILE]`: a project that checks without errors, in
/// another format. Text goes to standard output unless `--output` names a file; a database
/// always needs one.
pub fn run(args: &ExportArgs) -> u8 {
    if args.format == ExportFormat::Sqlite && args.output.is_none() {
        return usage(&FilterError {
            message: "`--format sqlite` writes a database file, not text".into(),
            help: Some("name the file with `--output FILE`, e.g. `--output claims.db`".into()),
        });
    }
    let project = match load_project(&args.paths, &args.project) {
        Ok(project) => project,
        Err(code) => return code,
    };
    let input = Input::new(
        project.corpus(),
        &project.root,
        &project.checked.sources,
        &project.checked.anchors,
        &project.lexicon,
    );
    if input.claims.is_empty() {
        note("there are no claims to export");
    }
    let code = match &args.output {
        None => write_out(&text(args.format, &input).unwrap_or_default(), None),
        Some(path) => to_file(args.format, &input, path),
    };
    // The process ends next and the system takes its memory back at once, as after `check`;
    // freeing a large corpus allocation by allocation would only cost time.
    std::mem::forget(input);
    std::mem::forget(project);
    code
}

/// The export as text; `None` for the formats that are not text.
pub fn text(format: ExportFormat, input: &Input<'_>) -> Option<String> {
    Some(match format {
        ExportFormat::Jsonld => jsonld::jsonld(input),
        ExportFormat::Annotations => annotations::annotations(input),
        ExportFormat::Graphml => graphml::graphml(input),
        ExportFormat::Gexf => gexf::gexf(input),
        ExportFormat::Csv => csv::csv(input),
        ExportFormat::Jsonl => jsonl::jsonl(input),
        ExportFormat::Sqlite => return None,
    })
}

/// Writes the export to `path` whole or not at all, and says what was written on stderr.
fn to_file(format: ExportFormat, input: &Input<'_>, path: &Path) -> u8 {
    let mut staged = match Staged::new(path) {
        Ok(staged) => staged,
        Err(error) => return cannot_write(path, &error.to_string()),
    };
    let written = match text(format, input) {
        Some(text) => staged.write_all(text.as_bytes()).map_err(|e| e.to_string()),
        None => sqlite::write(staged.path(), input).map_err(|e| e.to_string()),
    };
    if let Err(error) = written {
        return cannot_write(path, &error);
    }
    match staged.commit() {
        Ok(size) => {
            let claims = input.claims.len();
            let mut err = std::io::stderr().lock();
            let _ = writeln!(
                err,
                "exported {claims} claim{} to `{}` ({}, {size} bytes)",
                if claims == 1 { "" } else { "s" },
                path.display(),
                format.name()
            );
            exit::CLEAN
        }
        Err(error) => cannot_write(path, &error.to_string()),
    }
}

fn cannot_write(path: &Path, reason: &str) -> u8 {
    usage(&FilterError {
        message: format!("cannot write `{}`: {}", path.display(), lower_first(reason)),
        help: Some("check that the directory exists and that you may write to it; nothing was written".into()),
    })
}

/// An operating system's message in the lower case of the other messages, paths untouched.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}
