//! Suggestions for mistyped names: ids, field names, values, rules, commands.

/// The closest known name to a mistyped one, if it is close enough to be a typo.
pub fn did_you_mean<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(2);
    known
        .map(|id| (strsim::damerau_levenshtein(wrong, id), id))
        .filter(|&(distance, _)| distance <= limit)
        .min()
        .map(|(_, id)| id)
}

/// Names in backticks as a sentence lists them: "`a`", "`a` and `b`", "`a`, `b` and `c`".
pub fn listing(names: &[&str]) -> String {
    joined(names, "and")
}

/// Names in backticks as choices: "`a`, `b` or `c`".
pub fn alternatives(names: &[&str]) -> String {
    joined(names, "or")
}

fn joined(names: &[&str], conjunction: &str) -> String {
    match names {
        [] => String::new(),
        [one] => format!("`{one}`"),
        [rest @ .., last] => {
            let rest: Vec<String> = rest.iter().map(|name| format!("`{name}`")).collect();
            format!("{} {conjunction} `{last}`", rest.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{alternatives, did_you_mean, listing};

    #[test]
    fn suggests_only_close_names() {
        let known = ["us-withdrawal", "oil-fields", "kurds"];
        assert_eq!(did_you_mean("us-withdrawl", known.into_iter()), Some("us-withdrawal"));
        assert_eq!(did_you_mean("kurd", known.into_iter()), Some("kurds"));
        assert_eq!(did_you_mean("turkey", known.into_iter()), None);
        let stances = ["supports", "opposes", "neutral"];
        assert_eq!(did_you_mean("support", stances.into_iter()), Some("supports"));
        assert_eq!(did_you_mean("oppose", stances.into_iter()), Some("opposes"));
        assert_eq!(did_you_mean("rol", ["id", "name", "role"].into_iter()), Some("role"));
    }

    #[test]
    fn lists_names_as_a_sentence() {
        assert_eq!(listing(&[]), "");
        assert_eq!(listing(&["a"]), "`a`");
        assert_eq!(listing(&["a", "b"]), "`a` and `b`");
        assert_eq!(listing(&["a", "b", "c"]), "`a`, `b` and `c`");
        assert_eq!(alternatives(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
