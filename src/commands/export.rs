use std::io::Write;
use std::path::Path;

use crate::cli::{ExportArgs, ExportFormat};
use crate::edit::Staged;
use crate::error::{Error, lower_first};
use crate::exit;
use crate::interchange::{Input, annotations, csv, gexf, graphml, jsonl, jsonld, sqlite};

use crate::load::Keep;

use super::views::{load_project, note, write_out};

/// `crossclaim export --format F [--output FILE]`: a project that checks without errors, in
/// another format. Text goes to standard output unless `--output` names a file; a database
/// always needs one.
pub fn run(args: &ExportArgs) -> Result<u8, Error> {
    if args.format == ExportFormat::Sqlite && args.output.is_none() {
        return Err(Error::usage(
            "`--format sqlite` writes a database file, not text",
            "name the file with `--output FILE`, e.g. `--output claims.db`",
        ));
    }
    // Its readers trust an export: only a project without errors is exported.
    let project = load_project(&args.project.request(&args.paths), true, Keep::Everything)?;
    let mut input = Input::new(
        project.corpus(),
        &project.root,
        &project.checked.sources,
        &project.checked.anchors,
        &project.lexicon,
    );
    input.claims.retain(|claim| project.is_named(claim.index));
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
fn to_file(format: ExportFormat, input: &Input<'_>, path: &Path) -> Result<u8, Error> {
    let cannot_write = |reason: String| Error::Output {
        target: Some(path.to_path_buf()),
        reason: lower_first(&reason),
    };
    let mut staged = Staged::new(path).map_err(|e| cannot_write(e.to_string()))?;
    match text(format, input) {
        Some(text) => staged
            .write_all(text.as_bytes())
            .map_err(|e| cannot_write(e.to_string()))?,
        None => sqlite::write(staged.path(), input).map_err(|e| cannot_write(e.to_string()))?,
    }
    let size = staged.commit().map_err(|e| cannot_write(e.to_string()))?;
    let claims = input.claims.len();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "exported {claims} claim{} to `{}` ({}, {size} bytes)",
        if claims == 1 { "" } else { "s" },
        path.display(),
        format.name()
    );
    Ok(exit::CLEAN)
}
