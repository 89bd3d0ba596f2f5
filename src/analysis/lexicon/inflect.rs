//! The forms of an English verb, made from its base form, so the lexicon lists each verb once:
//! `say` gives `say`, `says`, `said`, `saying`. Irregular verbs and verbs that double their last
//! consonant are listed here; everything else follows the spelling rules.

/// What a form is, for the one place it matters: a base or third-person form of a verb that is
/// also a noun (`claim`, `claims`) is no cue in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Base,
    Third,
    Past,
    Participle,
    Gerund,
}

/// Past, participle: the verbs of reporting and of the lexicon's frames that do not add `-ed`.
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("say", "said", "said"),
    ("tell", "told", "told"),
    ("go", "went", "gone"),
    ("write", "wrote", "written"),
    ("think", "thought", "thought"),
    ("speak", "spoke", "spoken"),
    ("feel", "felt", "felt"),
    ("hold", "held", "held"),
    ("show", "showed", "shown"),
    ("prove", "proved", "proven"),
    ("be", "was", "been"),
];

/// Verbs of more than one syllable that double their last consonant before `-ed` and `-ing`
/// (stressed on the last syllable); one-syllable verbs are found by their spelling.
const DOUBLING: &[&str] = &[
    "admit", "rebut", "regret", "refer", "submit", "omit", "commit", "permit",
];

/// Every form of the verb `base`, each once, base form first.
pub fn forms(base: &str) -> Vec<(String, Form)> {
    let mut all = vec![(base.to_string(), Form::Base), (third(base), Form::Third)];
    match IRREGULAR.iter().find(|(verb, ..)| *verb == base) {
        Some((_, past, participle)) => {
            all.push((past.to_string(), Form::Past));
            all.push((participle.to_string(), Form::Participle));
        }
        None => {
            all.push((past(base), Form::Past));
            all.push((past(base), Form::Participle));
        }
    }
    all.push((gerund(base), Form::Gerund));
    if base == "be" {
        // The only verb whose present has more than two forms.
        for form in ["is", "are", "am", "were"] {
            all.push((form.to_string(), Form::Third));
        }
    }
    let mut seen = std::collections::HashSet::new();
    all.retain(|(form, _)| seen.insert(form.clone()));
    all
}

fn third(base: &str) -> String {
    if base == "be" {
        return "is".to_string();
    }
    if ["s", "x", "z", "ch", "sh", "o"].iter().any(|end| base.ends_with(end)) {
        format!("{base}es")
    } else if let Some(stem) = consonant_y(base) {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    }
}

fn past(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else if let Some(stem) = consonant_y(base) {
        format!("{stem}ied")
    } else if doubles(base) {
        format!("{base}{}ed", last(base))
    } else {
        format!("{base}ed")
    }
}

fn gerund(base: &str) -> String {
    if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if base.ends_with('e') && !["ee", "ye", "oe"].iter().any(|end| base.ends_with(end)) && base != "be" {
        format!("{}ing", &base[..base.len() - 1])
    } else if doubles(base) {
        format!("{base}{}ing", last(base))
    } else {
        format!("{base}ing")
    }
}

/// The stem before a final `y` that follows a consonant: `deny` -> `den`.
fn consonant_y(base: &str) -> Option<&str> {
    let stem = base.strip_suffix('y')?;
    let before = stem.chars().last()?;
    (!"aeiou".contains(before)).then_some(stem)
}

/// Whether the last consonant doubles: a listed verb, or one syllable ending in a single vowel
/// and a consonant other than w, x or y (`quip`, `plan`, `stop`; not `claim`, `warn`, `show`).
fn doubles(base: &str) -> bool {
    if DOUBLING.contains(&base) {
        return true;
    }
    // `u` after `q` is a consonant: `quip` has one vowel.
    let vowel: Vec<bool> = base
        .char_indices()
        .map(|(i, c)| "aeiou".contains(c) && !(c == 'u' && base[..i].ends_with('q')))
        .collect();
    let syllables = vowel
        .iter()
        .enumerate()
        .filter(|&(i, &v)| v && (i == 0 || !vowel[i - 1]))
        .count();
    let n = vowel.len();
    syllables == 1 && n >= 3 && !vowel[n - 3] && vowel[n - 2] && !vowel[n - 1] && !"wxy".contains(last(base))
}

fn last(base: &str) -> char {
    base.chars().last().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(base: &str) -> Vec<String> {
        forms(base).into_iter().map(|(form, _)| form).collect()
    }

    #[test]
    fn regular_verbs_follow_the_spelling_rules() {
        assert_eq!(words("claim"), ["claim", "claims", "claimed", "claiming"]);
        assert_eq!(words("stress"), ["stress", "stresses", "stressed", "stressing"]);
        assert_eq!(
            words("emphasize"),
            ["emphasize", "emphasizes", "emphasized", "emphasizing"]
        );
        assert_eq!(words("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(words("reply"), ["reply", "replies", "replied", "replying"]);
        assert_eq!(words("agree"), ["agree", "agrees", "agreed", "agreeing"]);
    }

    #[test]
    fn irregular_and_doubling_verbs_are_listed() {
        assert_eq!(words("say"), ["say", "says", "said", "saying"]);
        assert_eq!(words("go"), ["go", "goes", "went", "gone", "going"]);
        assert_eq!(words("admit"), ["admit", "admits", "admitted", "admitting"]);
        assert_eq!(words("quip"), ["quip", "quips", "quipped", "quipping"]);
        assert_eq!(words("warn"), ["warn", "warns", "warned", "warning"]);
        assert_eq!(words("add"), ["add", "adds", "added", "adding"]);
        assert_eq!(words("feel"), ["feel", "feels", "felt", "feeling"]);
        assert_eq!(words("be"), ["be", "is", "was", "been", "being", "are", "am", "were"]);
    }
}
