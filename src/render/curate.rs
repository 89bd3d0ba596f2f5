//! What the curator's commands say: each file written, and why nothing was.

use std::path::Path;

use crate::curate::add::ArticleAdded;
use crate::curate::{InitReport, Refusal};
use crate::edit::{Written, WrittenKind};

use super::error::findings;
use super::usage_error;

/// One line per file written: `created claims/outlets.yaml`.
pub fn written_line(written: &Written, what: &str) -> String {
    let verb = match written.kind {
        WrittenKind::Created => "created",
        WrittenKind::Updated => "updated",
    };
    if what.is_empty() {
        format!("{verb} {}\n", written.path.display())
    } else {
        format!("{verb} {}: {what}\n", written.path.display())
    }
}

/// The files `init` wrote and kept, then how to go on.
pub fn init_report(report: &InitReport) -> String {
    let mut out = String::new();
    for written in &report.written {
        out.push_str(&written_line(written, ""));
    }
    for kept in &report.kept {
        out.push_str(&format!("kept {} (it exists; left as it is)\n", kept.display()));
    }
    out.push_str("\nnext steps:\n");
    if report.root != Path::new(".") {
        out.push_str(&format!("  cd {}\n", report.root.display()));
    }
    out.push_str("  crossclaim add outlet ID --name NAME --country CC --ownership OWNERSHIP\n");
    out.push_str("  crossclaim add article seeds/FILE --outlet ID    # with the article's text saved in seeds/\n");
    out
}

/// The article added, the files written for it, and the next step.
pub fn article_added(added: &ArticleAdded, source: &Path) -> String {
    let mut out = String::new();
    if let Some(copied) = &added.copied {
        out.push_str(&written_line(copied, &format!("a copy of {}", source.display())));
    }
    let article = &added.article;
    out.push_str(&written_line(
        &added.file,
        &format!("article `{}`, sha256 {}", article.id, article.sha256),
    ));
    out.push_str(&format!(
        "\nnext: crossclaim quotes {} lists the quotations in its source\n",
        article.id
    ));
    out
}

/// Why a command did nothing, for stderr; `writes` for the commands that would have written.
pub fn refusal(refusal: &Refusal, writes: bool) -> String {
    let mut out = String::new();
    let errors = match refusal {
        Refusal::Findings { diagnostics, texts } => {
            out.push_str(&findings(diagnostics, texts));
            diagnostics.len()
        }
        Refusal::Edit(error) => {
            out.push_str(&usage_error(&error.to_string(), Some(error.help())));
            out.push('\n');
            1
        }
        Refusal::Unplaceable { path, reason } => {
            out.push_str(&usage_error(
                &format!("cannot edit `{}`: {reason}", path.display()),
                Some("add the entry by hand; the file is left as it was"),
            ));
            out.push('\n');
            1
        }
    };
    let plural = if errors == 1 { "" } else { "s" };
    if writes {
        out.push_str(&format!("nothing written: {errors} error{plural}\n"));
    } else {
        out.push_str(&format!("nothing listed: {errors} error{plural}\n"));
    }
    out
}
