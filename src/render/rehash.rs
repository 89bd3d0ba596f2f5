//! `rehash`: each article rehashed with its old and new sha256, the files written, then the
//! claims the edits broke, as `check` shows them.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::curate::RehashReport;

use super::curate::written_line;
use super::render_human;

pub fn rehash_report(report: &RehashReport, dry_run: bool) -> String {
    let mut out = String::new();
    if report.changed.is_empty() {
        let n = report.unchanged;
        let plural = if n == 1 { "" } else { "s" };
        return format!("{n} article source{plural} match their recorded sha256: nothing to rehash\n");
    }
    let verb = if dry_run { "would rehash" } else { "rehashed" };
    for changed in &report.changed {
        out.push_str(&format!(
            "{verb} article `{}` ({})\n  old sha256 {}\n  new sha256 {}\n",
            changed.article,
            changed.source.display(),
            changed.old,
            changed.new
        ));
    }
    if dry_run {
        let mut files: Vec<&PathBuf> = report.changed.iter().map(|c| &c.file).collect();
        files.dedup();
        for file in files {
            out.push_str(&format!("would update {}\n", file.display()));
        }
    }
    for written in &report.written {
        out.push_str(&written_line(written, ""));
    }
    let texts: HashMap<PathBuf, &str> = report.texts.iter().map(|(p, t)| (p.clone(), t.as_str())).collect();
    for diagnostic in &report.broken {
        out.push('\n');
        out.push_str(&render_human(diagnostic, &texts, true));
        out.push('\n');
    }
    out.push('\n');
    match report.broken_claims.as_slice() {
        [] => out.push_str("every quote of their claims still anchors\n"),
        ids => {
            let names: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
            let (n, verb) = if ids.len() == 1 {
                ("1 claim", "anchors")
            } else {
                ("claims", "anchor")
            };
            let count = if ids.len() == 1 {
                n.to_string()
            } else {
                format!("{} {n}", ids.len())
            };
            out.push_str(&format!(
                "{count} no longer {verb} in the edited source: {}\n",
                names.join(", ")
            ));
        }
    }
    if dry_run {
        out.push_str("dry run: nothing written\n");
    }
    out
}
