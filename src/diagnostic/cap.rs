//! At most [`MAX_FINDINGS_PER_FILE`] findings are reported per file; the rest are counted, so a
//! file with a million copies of one mistake gives a short report that says what it left out.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{Diagnostic, Severity};

/// Findings reported per file. The first ones in the file are kept: fixing them usually fixes
/// many of the rest, and a check after that shows what remains.
pub const MAX_FINDINGS_PER_FILE: usize = 1_000;

/// What was left out of one file's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omitted {
    pub file: PathBuf,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Omitted {
    pub fn total(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

/// Keeps the first [`MAX_FINDINGS_PER_FILE`] findings of each file in `diagnostics` (sorted by
/// file, then position) and counts the rest, with the findings `counted` per file that loading
/// never kept, all of the severity `counted_severity` (`None` when their rule is off).
pub fn cap(
    diagnostics: &mut Vec<Diagnostic>,
    counted: &HashMap<PathBuf, usize>,
    counted_severity: Option<Severity>,
) -> Vec<Omitted> {
    let mut omitted: Vec<Omitted> = Vec::new();
    let mut kept_in_file = 0;
    let mut previous: Option<PathBuf> = None;
    diagnostics.retain(|d| {
        if previous.as_ref() != Some(&d.primary.file) {
            previous = Some(d.primary.file.clone());
            kept_in_file = 0;
        }
        kept_in_file += 1;
        if kept_in_file <= MAX_FINDINGS_PER_FILE {
            return true;
        }
        if omitted.last().is_none_or(|o| o.file != d.primary.file) {
            omitted.push(Omitted {
                file: d.primary.file.clone(),
                errors: 0,
                warnings: 0,
                infos: 0,
            });
        }
        if let Some(last) = omitted.last_mut() {
            match d.severity {
                Severity::Error => last.errors += 1,
                Severity::Warning => last.warnings += 1,
                Severity::Info => last.infos += 1,
            }
        }
        false
    });
    if let Some(severity) = counted_severity {
        for (file, &n) in counted.iter().filter(|(_, n)| **n > 0) {
            let entry = match omitted.iter_mut().find(|o| &o.file == file) {
                Some(entry) => entry,
                None => {
                    omitted.push(Omitted {
                        file: file.clone(),
                        errors: 0,
                        warnings: 0,
                        infos: 0,
                    });
                    let last = omitted.len() - 1;
                    &mut omitted[last]
                }
            };
            match severity {
                Severity::Error => entry.errors += n,
                Severity::Warning => entry.warnings += n,
                Severity::Info => entry.infos += n,
            }
        }
    }
    omitted.sort_by(|a, b| a.file.cmp(&b.file));
    omitted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Code, Location};

    #[test]
    fn keeps_the_first_findings_of_each_file_and_counts_the_rest() {
        let finding = |file: &str, code| Diagnostic::new(code, "m", Location::file(file));
        let mut diagnostics: Vec<Diagnostic> = (0..MAX_FINDINGS_PER_FILE + 3)
            .map(|i| {
                finding(
                    "a.yaml",
                    if i % 2 == 0 {
                        Code::UnknownReference
                    } else {
                        Code::UnusedDefinition
                    },
                )
            })
            .chain([finding("b.yaml", Code::UnknownReference)])
            .collect();
        let counted = HashMap::from([(PathBuf::from("b.yaml"), 5)]);
        let omitted = cap(&mut diagnostics, &counted, Some(Severity::Error));
        assert_eq!(diagnostics.len(), MAX_FINDINGS_PER_FILE + 1);
        assert_eq!(
            omitted,
            vec![
                Omitted {
                    file: "a.yaml".into(),
                    errors: 2,
                    warnings: 1,
                    infos: 0
                },
                Omitted {
                    file: "b.yaml".into(),
                    errors: 5,
                    warnings: 0,
                    infos: 0
                },
            ]
        );
    }
}
