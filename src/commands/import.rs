use crate::checking::{Counts, check_project};
use crate::cli::{ImportArgs, ImportCommand, ProjectArgs};
use crate::error::Error;
use crate::exit;
use crate::interchange::import::{ImportError, ImportRequest, MappingFlags, Outcome, import};
use crate::load::Keep;
use crate::project::Project;
use crate::render::import_report;

use super::curate::{refused, report};

/// `crossclaim import csv FILE`: the rows become a project, or join the current one; then the
/// project is checked as `check` would.
pub fn run(args: &ImportArgs) -> Result<u8, Error> {
    let ImportCommand::Csv(csv) = &args.what;
    let request = ImportRequest {
        csv: csv.file.clone(),
        mapping_file: csv.mapping.clone(),
        flags: MappingFlags {
            columns: csv.columns.clone(),
            stance_map: csv.stance_map.clone(),
            ids: csv.ids.clone(),
        },
        into: csv.into.clone(),
    };
    let imported = match import(&request) {
        Ok(imported) => imported,
        Err(ImportError::Usage(error)) => {
            return Err(Error::usage(
                error.message,
                format!("{}; nothing was written", error.help),
            ));
        }
        Err(ImportError::Refused(why)) => return Err(refused(why)),
        Err(ImportError::Project(error)) => return Err(error),
    };
    let project_args = ProjectArgs {
        root: Some(imported.root.clone()),
        config: None,
        no_config: false,
        exclude: Vec::new(),
    };
    let counts = match Project::resolve(&project_args.request(&[])) {
        Ok(project) => {
            check_project(&project, Keep::FindingsOnly).map_or_else(|_| Counts::default(), |report| report.counts)
        }
        Err(_) => Counts::default(),
    };
    let refused = imported.outcomes.iter().any(|o| matches!(o, Outcome::Refused { .. }));
    let code = if refused || counts.errors > 0 {
        exit::FINDINGS
    } else {
        exit::CLEAN
    };
    report(&import_report(&imported, &counts), code)
}
