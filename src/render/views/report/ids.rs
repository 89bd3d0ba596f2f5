use std::collections::{HashMap, HashSet};

/// The page's element ids: each unique and valid whatever the claim files' ids hold, and
/// the same for a claim wherever it is linked from.
#[derive(Debug, Default)]
pub struct Ids {
    used: HashSet<String>,
    /// Claim id -> the id its element ids are made from, and whether its passage is shown.
    claims: HashMap<String, (String, bool)>,
    /// (kind, id) -> element id of a heading, fixed once first asked for.
    headings: HashMap<(String, String), String>,
}

impl Ids {
    /// Ids for these claims, reserved before anything else so that every link to a claim
    /// finds it.
    /// `claims` are (claim id, whether its passage is shown in its article's text).
    pub fn new<'a>(claims: impl IntoIterator<Item = (&'a str, bool)>) -> Ids {
        let mut ids = Ids::default();
        for (claim, placed) in claims {
            if ids.claims.contains_key(claim) {
                continue;
            }
            let base = ids.fresh(&format!("claim-{}", safe(claim)));
            let stem = base["claim-".len()..].to_string();
            ids.used.insert(format!("passage-{stem}"));
            ids.claims.insert(claim.to_string(), (stem, placed));
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

    /// The element id of the section headed by definition `id` of this `kind` (`topic`...).
    pub fn heading(&mut self, kind: &str, id: &str) -> String {
        let key = (kind.to_string(), id.to_string());
        if let Some(found) = self.headings.get(&key) {
            return found.clone();
        }
        let fresh = self.fresh(&format!("{kind}-{}", safe(id)));
        self.headings.insert(key, fresh.clone());
        fresh
    }

    /// `base`, or `base-2`, `base-3`... if taken.
    pub fn fresh(&mut self, base: &str) -> String {
        let mut candidate = base.to_string();
        let mut n = 1;
        while self.used.contains(&candidate) || self.used.contains(&candidate.replacen("claim-", "passage-", 1)) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        self.used.insert(candidate.clone());
        candidate
    }
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
        let mut ids = Ids::new([("a", true), ("a", true), ("b c", true), ("b-c", true), ("d", false)]);
        assert_eq!(ids.passage("d"), None);
        assert_eq!(ids.link("d").as_deref(), Some("claim-d"));
        assert_eq!(ids.claim("a").as_deref(), Some("claim-a"));
        assert_eq!(ids.passage("b c").as_deref(), Some("passage-b-c"));
        assert_eq!(ids.passage("b-c").as_deref(), Some("passage-b-c-2"));
        assert_eq!(ids.heading("topic", "<x>"), "topic--x-");
        assert_eq!(ids.heading("topic", "<x>"), "topic--x-");
        assert_eq!(ids.heading("topic", "_x_"), "topic-_x_");
        assert_eq!(ids.fresh("claim-a"), "claim-a-2");
    }
}
