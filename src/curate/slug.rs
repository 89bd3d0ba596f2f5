//! Ids made from text: kebab-case ASCII, as `check` requires, from titles and names in any
//! script (deunicode transliterates: "Лавров" gives "lavrov").

/// Words of `text` as a kebab-case id, at most `max_words` of them.
pub fn slug(text: &str, max_words: usize) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-")
}

/// Words of the title in a generated article id.
const TITLE_WORDS: usize = 6;

/// Words that end no id: `...-stationed-in` reads as cut off.
const STOPWORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
];

/// An article's id before it is made unique: the outlet, the date when it is a year, month or
/// day (bounds do not read well in an id), and the first words of the title,
/// `tass-2019-10-23-withdrawal-of-foreign-troops-stationed`.
pub fn article_id(outlet: &str, published: crate::model::PartialDate, title: &str) -> String {
    let date = published.point().map(|p| format!("-{p}")).unwrap_or_default();
    let mut words: Vec<String> = slug(title, TITLE_WORDS).split('-').map(str::to_string).collect();
    while words.last().is_some_and(|w| STOPWORDS.contains(&w.as_str())) {
        words.pop();
    }
    let base = format!("{outlet}{date}-{}", words.join("-"));
    base.trim_end_matches('-').to_string()
}

/// Ids handed out in one run, each unique among those taken before it: `base`, then `base-2`,
/// `base-3`... Remembers the last number given per base, so many ids from one base cost time in
/// proportion to their number, not its square.
#[derive(Debug, Default)]
pub struct Ids {
    taken: std::collections::HashSet<String>,
    next: std::collections::HashMap<String, usize>,
}

impl Ids {
    /// Takes `id` as it is (an id already defined).
    pub fn take(&mut self, id: &str) {
        self.taken.insert(id.to_string());
    }

    /// `base` or the first numbered form of it not yet taken, now taken.
    pub fn unique(&mut self, base: &str) -> String {
        let id = if self.taken.contains(base) {
            let n = self.next.entry(base.to_string()).or_insert(2);
            loop {
                let candidate = format!("{base}-{n}");
                *n += 1;
                if !self.taken.contains(&candidate) {
                    break candidate;
                }
            }
        } else {
            base.to_string()
        };
        self.taken.insert(id.clone());
        id
    }
}

/// `base`, or `base-2`, `base-3`... whichever `taken` does not hold.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makes_kebab_case_ascii_from_any_script() {
        assert_eq!(
            slug("Russia: All foreign troops to leave Syria soon", 5),
            "russia-all-foreign-troops-to"
        );
        assert_eq!(slug("Café «Лавров» — 2021", 9), "cafe-lavrov-2021");
        assert!(crate::model::is_valid_id(&slug("  Ёж & co.  ", 9)));
        assert_eq!(slug("!!!", 3), "");
    }

    #[test]
    fn numbers_an_id_that_is_taken() {
        let taken = ["a", "a-2"];
        assert_eq!(unique("a", |id| taken.contains(&id)), "a-3");
        assert_eq!(unique("b", |id| taken.contains(&id)), "b");
    }

    #[test]
    fn ids_handed_out_in_one_run_never_repeat() {
        let mut ids = Ids::default();
        ids.take("a");
        ids.take("a-3");
        assert_eq!(ids.unique("a"), "a-2");
        assert_eq!(ids.unique("a"), "a-4");
        assert_eq!(ids.unique("b"), "b");
        assert_eq!(ids.unique("b"), "b-2");
    }

    #[test]
    fn article_ids_leave_out_bounds_and_trailing_stopwords() {
        use crate::model::PartialDate;
        let day = PartialDate::parse("2019-10-23").unwrap_or(PartialDate::Unknown);
        assert_eq!(
            article_id("tass", day, "Withdrawal of foreign troops stationed in Syria"),
            "tass-2019-10-23-withdrawal-of-foreign-troops-stationed"
        );
        let bound = PartialDate::parse("on or before 2014-09-05").unwrap_or(PartialDate::Unknown);
        assert_eq!(article_id("cnn-com", bound, "The spider in the"), "cnn-com-the-spider");
    }
}
