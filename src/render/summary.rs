/// What a check looked at and what it found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub files: usize,
    pub articles: usize,
    pub claims: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Info findings: reported, never a failure.
    pub infos: usize,
}

/// The last line of a human check: what was checked, and the verdict.
pub fn summary_line(counts: &Counts) -> String {
    let checked = format!(
        "checked {} in {}, {}",
        plural(counts.claims, "claim"),
        plural(counts.files, "file"),
        plural(counts.articles, "article source")
    );
    let info = match counts.infos {
        0 => String::new(),
        n => format!(", {n} info"),
    };
    if counts.errors == 0 && counts.warnings == 0 {
        return match counts.infos {
            0 => format!("{checked}: no problems found"),
            n => format!("{checked}: no problems found ({n} info)"),
        };
    }
    format!(
        "{checked}: {}, {}{info}",
        plural(counts.errors, "error"),
        plural(counts.warnings, "warning")
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

/// The last line when the configuration could not be used and nothing was checked.
pub fn config_failure_line(file: &std::path::Path, errors: usize) -> String {
    format!(
        "nothing checked: {} in configuration `{}`",
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
            infos: 0,
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
