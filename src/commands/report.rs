use std::io::Write;
use std::path::Path;

use crate::check::Index;
use crate::cli::{LayoutChoice, ReportArgs};
use crate::compare::{OutletChoice, Versions, by_topic, conflicts, coverage, framing, overview, passages, versions};
use crate::error::Error;
use crate::exit;
use crate::render::layout::{Arrangement, ClaimText};
use crate::render::views::{ReportInput, render_report};

use crate::load::Keep;

use super::views::{Checked, filter, load_project, nothing_matches, sources, write_out};

/// The width `--layout auto` lays the report's topic tables out for: a laptop screen.
const REPORT_WIDTH: usize = 160;

/// `crossclaim report`: the HTML page, to standard output or a file.
pub fn run(args: &ReportArgs) -> Result<u8, Error> {
    let project = load_project(&args.project.request(&args.paths), args.strict, Keep::Everything)?;
    let page = view(args, &project);
    // As for the other views: the process ends next, and the system frees the corpus faster.
    std::mem::forget(project);
    let page = page?;
    let Some(path) = &args.output else {
        return write_out(&page, None);
    };
    write_atomically(path, page.as_bytes()).map_err(|error| Error::output(Some(path.clone()), &error))?;
    let mut err = std::io::stderr();
    let _ = writeln!(err, "wrote {} ({} KB)", path.display(), page.len().div_ceil(1024));
    Ok(exit::CLEAN)
}

/// The page, or why there is none.
pub fn output(args: &ReportArgs) -> Result<String, Error> {
    view(
        args,
        &load_project(&args.project.request(&args.paths), args.strict, Keep::Everything)?,
    )
}

fn view(args: &ReportArgs, project: &Checked) -> Result<String, Error> {
    let corpus = project.corpus();
    let filter = filter(&args.filter, corpus)?;
    let index = Index::new(corpus);
    let selection = project.select(&index, &filter);
    if selection.claims.is_empty() {
        nothing_matches(&filter);
    }
    let input = ReportInput {
        title: args.title.clone(),
        filter: &filter,
        overview: overview(&selection),
        coverage: coverage(&selection, &filter, OutletChoice::default()),
        by_topic: by_topic(&selection, &filter),
        conflicts: conflicts(&selection, &filter),
        framing: framing(&selection, &project.lexicon),
        // Without a statement asked for, versions cannot fail.
        versions: versions(corpus, &index, &selection, &project.lexicon, None)
            .unwrap_or(Versions { statements: Vec::new() }),
        articles: passages(&selection, &sources(project)),
        propositions: index
            .propositions
            .iter()
            .map(|(id, item)| (*id, &item.value.proposition))
            .collect(),
        text: ClaimText::default(),
        arrangement: match args.layout {
            LayoutChoice::Auto => Arrangement::Auto { width: REPORT_WIDTH },
            LayoutChoice::Columns => Arrangement::Columns,
            LayoutChoice::Rows => Arrangement::Rows,
        },
    };
    Ok(render_report(&input))
}

/// Writes `bytes` to a new file beside `path`, then renames it over `path`: a reader never
/// sees half a page, and a failed write leaves the old file as it was. The file keeps the
/// permissions of the one it replaces, else gets those of a new file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".crossclaim-report-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o666, |m| m.permissions().mode());
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut file = builder.tempfile_in(dir)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|e| e.error)?;
    Ok(())
}
