use crate::checking::Counts;

/// The last line of a human check: what was checked, the verdict, and what the other files of
/// the project hold when only some were named.
pub fn summary_line(counts: &Counts) -> String {
    let checked = format!(
        "checked {} in {}, {}",
        plural(counts.claims, "claim"),
        plural(counts.files, "file"),
        plural(counts.articles, "article source")
    );
    let mut verdict = if counts.errors == 0 && counts.warnings == 0 {
        "no problems found".to_string()
    } else {
        format!(
            "{}, {}",
            plural(counts.errors, "error"),
            plural(counts.warnings, "warning")
        )
    };
    // Info findings are counted after the verdict: they never make a check fail.
    if counts.infos > 0 {
        if counts.errors == 0 && counts.warnings == 0 {
            verdict.push_str(&format!(" ({} info)", counts.infos));
        } else {
            verdict.push_str(&format!(", {} info", counts.infos));
        }
    }
    if counts.allowed > 0 {
        verdict.push_str(&format!(" ({} allowed)", counts.allowed));
    }
    let elsewhere = &counts.elsewhere;
    if elsewhere.is_empty() {
        return format!("{checked}: {verdict}");
    }
    format!(
        "{checked}: {verdict}; the project's other files have {}, {} (`--all-findings` shows them)",
        plural(elsewhere.errors, "error"),
        plural(elsewhere.warnings, "warning")
    )
}

/// A line saying what was left out of one file's findings.
pub fn omitted_line(omitted: &crate::diagnostic::Omitted) -> String {
    let infos = match omitted.infos {
        0 => String::new(),
        n => format!(", {n} info"),
    };
    format!(
        "note: {} in `{}` not shown ({}, {}{infos}): at most {} are shown per file",
        plural(omitted.total(), "more finding"),
        omitted.file.display(),
        plural(omitted.errors, "error"),
        plural(omitted.warnings, "warning"),
        crate::diagnostic::MAX_FINDINGS_PER_FILE
    )
}

/// The last line when the configuration could not be used: `{verdict}: N errors in
/// configuration FILE`, the verdict saying what did not happen (`nothing checked`).
pub fn config_failure_line(verdict: &str, file: &std::path::Path, errors: usize) -> String {
    format!(
        "{verdict}: {} in configuration `{}`",
        plural(errors, "error"),
        file.display()
    )
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_no_problems_only_when_clean() {
        let clean = Counts {
            files: 1,
            articles: 2,
            claims: 1,
            errors: 0,
            warnings: 0,
            ..Counts::default()
        };
        assert_eq!(
            summary_line(&clean),
            "checked 1 claim in 1 file, 2 article sources: no problems found"
        );
        let dirty = Counts {
            errors: 2,
            warnings: 1,
            ..clean
        };
        assert_eq!(
            summary_line(&dirty),
            "checked 1 claim in 1 file, 2 article sources: 2 errors, 1 warning"
        );
        let elsewhere = Counts {
            elsewhere: crate::checking::Tally {
                errors: 3,
                ..Default::default()
            },
            ..clean
        };
        assert_eq!(
            summary_line(&elsewhere),
            "checked 1 claim in 1 file, 2 article sources: no problems found; the project's other files have 3 errors, 0 warnings (`--all-findings` shows them)"
        );
        let noted = Counts { infos: 3, ..clean };
        assert_eq!(
            summary_line(&noted),
            "checked 1 claim in 1 file, 2 article sources: no problems found (3 info)"
        );
        assert_eq!(
            summary_line(&Counts { infos: 1, ..dirty }),
            "checked 1 claim in 1 file, 2 article sources: 2 errors, 1 warning, 1 info"
        );
    }
}
