//! Suggestions for mistyped names: ids, field names, values, rules, commands.

use rapidfuzz::distance::osa;

/// Names longer than this get no suggestion: ids and field names are short, and comparing long
/// texts costs the product of their lengths.
pub const MAX_SUGGESTED_CHARS: usize = 128;

/// The closest known name to a mistyped one, if it is close enough to be a typo: at most a third
/// of its characters edited (insertions, deletions, substitutions and swaps of neighbours, the
/// optimal string alignment distance), and two edits for any name. Ties go to the name that sorts
/// first.
///
/// The mistyped name is compiled once into bit vectors and compared with each known name by
/// Hyyrö's bit-parallel algorithm, which gives up on a name as soon as it is further than the
/// best so far: a project with thousands of ids and thousands of unknown references is checked
/// in a moment.
pub fn did_you_mean<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let length = wrong.chars().count();
    if length > MAX_SUGGESTED_CHARS {
        return None;
    }
    let comparator = osa::BatchComparator::new(wrong.chars());
    let mut best: Option<(usize, &str)> = None;
    let mut limit = (length / 3).max(2);
    for id in known {
        if id.chars().count().abs_diff(length) > limit {
            continue;
        }
        let cutoff = osa::Args::default().score_cutoff(limit);
        let Some(distance) = comparator.distance_with_args(id.chars(), &cutoff) else {
            continue;
        };
        if best.is_none_or(|closest| (distance, id) < closest) {
            best = Some((distance, id));
            limit = distance;
        }
    }
    best.map(|(_, id)| id)
}

/// Up to `most` known names close enough to a mistyped one to be typos, closest first, keeping
/// only those within one edit of the closest.
pub fn closest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>, most: usize) -> Vec<&'a str> {
    if wrong.chars().count() > MAX_SUGGESTED_CHARS {
        return Vec::new();
    }
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
        .map(move |id| (osa::distance(wrong.chars(), id.chars()), id))
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

    proptest::proptest! {
        #[test]
        fn suggests_the_closest_name_as_a_plain_scan_would(
            wrong in "[a-d\u{e9}-]{0,9}",
            known in proptest::collection::vec("[a-d\u{e9}-]{0,9}", 0..8),
        ) {
            let limit = (wrong.chars().count() / 3).max(2);
            let expected = known
                .iter()
                .map(|id| (strsim::osa_distance(&wrong, id), id.as_str()))
                .filter(|&(distance, _)| distance <= limit)
                .min()
                .map(|(_, id)| id);
            proptest::prop_assert_eq!(did_you_mean(&wrong, known.iter().map(String::as_str)), expected);
        }
    }

    #[test]
    fn suggests_nothing_for_a_name_too_long_to_be_an_id() {
        let long = "a".repeat(super::MAX_SUGGESTED_CHARS + 1);
        let known = [long.as_str(), "a"];
        assert_eq!(did_you_mean(&long, known.into_iter()), None);
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
