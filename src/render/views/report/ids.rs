use std::collections::{HashMap, HashSet};

/// The page's element ids, all made before any section is written: each unique and valid
/// whatever the claim files' ids hold, and the same for a claim or a heading wherever it is
/// linked from. Sections only read them, so they can be written at the same time.
#[derive(Debug, Default)]
pub struct Ids {
    /// Claim id -> the stem of its element ids, and whether its passage is shown.
    claims: HashMap<String, (String, bool)>,
    /// Kind (`topic`, `conflict`, `article`) -> definition id -> element id of its heading.
    headings: HashMap<&'static str, HashMap<String, String>>,
}

impl Ids {
    /// `claims` are (claim id, whether its passage is shown in its article's text);
    /// `headings` are (kind, definition id) for every section a heading opens.
    pub fn new<'a>(
        claims: impl IntoIterator<Item = (&'a str, bool)>,
        headings: impl IntoIterator<Item = (&'static str, &'a str)>,
    ) -> Ids {
        let mut used = HashSet::new();
        let mut ids = Ids::default();
        for (claim, placed) in claims {
            if ids.claims.contains_key(claim) {
                continue;
            }
            let stem = fresh(&mut used, &safe(claim), |stem| {
                [format!("claim-{stem}"), format!("passage-{stem}")]
            });
            ids.claims.insert(claim.to_string(), (stem, placed));
        }
        for (kind, id) in headings {
            let of_kind = ids.headings.entry(kind).or_default();
            if of_kind.contains_key(id) {
                continue;
            }
            let stem = fresh(&mut used, &safe(id), |stem| [format!("{kind}-{stem}")]);
            of_kind.insert(id.to_string(), format!("{kind}-{stem}"));
        }
        ids
    }

    /// The element id of a claim's entry in its article's list.
    pub fn claim(&self, claim: &str) -> Option<String> {
        self.claims.get(claim).map(|(stem, _)| format!("claim-{stem}"))
    }

    /// The element id of a claim's passage in its article's text, if it is shown.
    pub fn passage(&self, claim: &str) -> Option<String> {
        self.claims
            .get(claim)
            .filter(|(_, placed)| *placed)
            .map(|(stem, _)| format!("passage-{stem}"))
    }

    /// Where a mention of a claim links to: its passage, else its entry.
    pub fn link(&self, claim: &str) -> Option<String> {
        self.passage(claim).or_else(|| self.claim(claim))
    }

    /// The element id of the heading of definition `id` of this `kind`, if the page has one.
    pub fn heading(&self, kind: &str, id: &str) -> Option<&str> {
        self.headings.get(kind)?.get(id).map(String::as_str)
    }
}

/// `stem`, or `stem-2`, `stem-3`... until none of the element ids it makes is taken; those
/// are then taken.
fn fresh<const N: usize>(used: &mut HashSet<String>, stem: &str, make: impl Fn(&str) -> [String; N]) -> String {
    let mut candidate = stem.to_string();
    let mut n = 1;
    while make(&candidate).iter().any(|id| used.contains(id)) {
        n += 1;
        candidate = format!("{stem}-{n}");
    }
    used.extend(make(&candidate));
    candidate
}

/// An id of letters, digits and `-_.`: anything else (which `check` would have reported in a
/// claim file's id) becomes `-`.
fn safe(id: &str) -> String {
    let cleaned: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    if cleaned.is_empty() { "x".to_string() } else { cleaned }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_valid_and_stable() {
        let ids = Ids::new(
            [("a", true), ("a", true), ("b c", true), ("b-c", true), ("d", false)],
            [("topic", "<x>"), ("topic", "-x-"), ("topic", "<x>"), ("article", "a")],
        );
        assert_eq!(ids.claim("a").as_deref(), Some("claim-a"));
        assert_eq!(ids.passage("b c").as_deref(), Some("passage-b-c"));
        assert_eq!(ids.passage("b-c").as_deref(), Some("passage-b-c-2"));
        assert_eq!(ids.passage("d"), None);
        assert_eq!(ids.link("d").as_deref(), Some("claim-d"));
        assert_eq!(ids.heading("topic", "<x>"), Some("topic--x-"));
        assert_eq!(ids.heading("topic", "-x-"), Some("topic--x--2"));
        assert_eq!(ids.heading("article", "a"), Some("article-a"));
        assert_eq!(ids.heading("conflict", "a"), None);
    }
}
