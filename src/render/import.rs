//! What `crossclaim import csv` did: every row that was not simply imported, one line each
//! with its place in the file, then the tally of rows, what was added and written, and what
//! `check` says of the project now.

use std::fmt::Write as _;

use crate::edit::WrittenKind;
use crate::interchange::import::{ImportReport, Outcome};

use crate::checking::Counts;

pub fn import_report(report: &ImportReport, checked: &Counts) -> String {
    let mut out = String::new();
    let csv = report.csv.display();
    let (mut imported, mut merged, mut present, mut skipped, mut refused) = (0, 0, 0, 0, 0);
    for outcome in &report.outcomes {
        match outcome {
            Outcome::Imported { .. } => imported += 1,
            Outcome::Merged { place, with } => {
                merged += 1;
                let _ = writeln!(
                    out,
                    "{csv}:{}: row {} merged with row {}: the same article, quote, proposition and stance",
                    place.line, place.row, with.row
                );
            }
            // Counted, not listed: importing a file again would list every row.
            Outcome::Present { .. } => present += 1,
            Outcome::Skipped { place, label } => {
                skipped += 1;
                let _ = writeln!(
                    out,
                    "{csv}:{}: row {} skipped: the stance map says `{label}` rows are not about the proposition",
                    place.line, place.row
                );
            }
            Outcome::Refused { place, reason } => {
                refused += 1;
                let _ = writeln!(out, "{csv}:{}: row {} refused: {reason}", place.line, place.row);
            }
        }
    }
    let rows = report.outcomes.len();
    let _ = writeln!(
        out,
        "{rows} row{} in {csv}: {imported} imported, {merged} merged as duplicates, {present} already in the project, {skipped} skipped, {refused} refused",
        plural(rows)
    );
    let a = &report.added;
    let _ = writeln!(
        out,
        "added {} outlet{}, {} topic{}, {} proposition{}, {} article{}, {} claim{}",
        a.outlets,
        plural(a.outlets),
        a.topics,
        plural(a.topics),
        a.propositions,
        plural(a.propositions),
        a.articles,
        plural(a.articles),
        a.claims,
        plural(a.claims)
    );
    if report.created {
        let _ = writeln!(out, "created the project `{}`", report.root.display());
    }
    for written in &report.files {
        let verb = match written.kind {
            WrittenKind::Created => "created",
            WrittenKind::Updated => "updated",
        };
        let _ = writeln!(out, "{verb} {}", written.path.display());
    }
    if report.article_files > 0 || report.sources > 0 {
        let _ = writeln!(
            out,
            "created {} article file{} in {}/ and {} source{} in {}/",
            report.article_files,
            plural(report.article_files),
            report.articles_dir.display(),
            report.sources,
            plural(report.sources),
            report.seeds_dir.display()
        );
    }
    if report.files.is_empty() && report.article_files == 0 && report.sources == 0 && !report.created {
        out.push_str("nothing written: the project holds every row already\n");
    }
    let verdict = match (checked.errors, checked.warnings) {
        (0, 0) => "no problems found".to_string(),
        (e, w) => format!(
            "{e} error{}, {w} warning{}; run `crossclaim check` for details",
            plural(e),
            plural(w)
        ),
    };
    let _ = writeln!(
        out,
        "checked the project: {} claim{}, {} article source{}: {verdict}",
        checked.claims,
        plural(checked.claims),
        checked.articles,
        plural(checked.articles)
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
