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
}
