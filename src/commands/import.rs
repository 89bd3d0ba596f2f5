use crate::checking::check_project;
use crate::cli::{ImportArgs, ImportCommand, ProjectArgs};
use crate::exit;
use crate::interchange::import::{ImportError, ImportRequest, MappingFlags, Outcome, import};
use crate::project::Project;
use crate::render::import_report;

use super::curate::{refuse, report};
use super::views::usage;

/// `crossclaim import csv FILE`: the rows become a project, or join the current one; then the
/// project is checked as `check` would.
pub fn run(args: &ImportArgs) -> u8 {
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
            return usage(&crate::compare::FilterError {
                message: error.message,
                help: Some(format!("{}; nothing was written", error.help)),
            });
        }
        Err(ImportError::Refused(why)) => return refuse(&why),
    };
    let project = Project::resolve(
        &[],
        &ProjectArgs {
            root: Some(imported.root.clone()),
            config: None,
        },
    );
    let counts = match project {
        Ok(project) => check_project(&project).counts,
        Err(_) => crate::render::Counts::default(),
    };
    let refused = imported.outcomes.iter().any(|o| matches!(o, Outcome::Refused { .. }));
    let code = if refused || counts.errors > 0 {
        exit::FINDINGS
    } else {
        exit::CLEAN
    };
    report(&import_report(&imported, &counts), code)
}
