//! Suggestions for mistyped names: ids, field names, values, rules, commands.

/// The closest known name to a mistyped one, if it is close enough to be a typo.
pub fn did_you_mean<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    close_enough(wrong, known).min().map(|(_, id)| id)
}

/// Up to `most` known names close enough to a mistyped one to be typos, closest first, keeping
/// only those within one edit of the closest.
pub fn closest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>, most: usize) -> Vec<&'a str> {
    let mut close: Vec<(usize, &str)> = close_enough(wrong, known).collect();
    close.sort_unstable();
    close.dedup();
    let best = close.first().map_or(0, |&(distance, _)| distance);
    close
        .into_iter()
        .take_while(|&(distance, _)| distance <= best + 1)
        .take(most)
        .map(|(_, id)| id)
        .collect()
}

/// Each known name with its edit distance from `wrong`, where that is small enough for a typo:
/// a third of the name's length, and at least two.
fn close_enough<'a, 'k>(
    wrong: &'k str,
    known: impl Iterator<Item = &'a str> + 'k,
) -> impl Iterator<Item = (usize, &'a str)> + 'k
where
    'a: 'k,
{
    let limit = (wrong.chars().count() / 3).max(2);
    known
        .map(move |id| (strsim::damerau_levenshtein(wrong, id), id))
        .filter(move |&(distance, _)| distance <= limit)
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
