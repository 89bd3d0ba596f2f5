//! What is wrong with a reference that is not kebab-case ASCII. An id with a letter from another
//! script (`jоey-hood` with a Cyrillic `о`) looks exactly like the id it was meant to be, so a
//! bare "did you mean `joey-hood`?" would name two ids that read the same: the message names the
//! foreign character, its code point and its script instead.

use unicode_script::{Script, UnicodeScript};

use crate::model::is_valid_id;

/// Why `id` cannot be an id, for the end of an "unknown ..." message, or `None` when it is
/// kebab-case. `suggestion` is the known id it is closest to, if any.
pub fn not_kebab_case(id: &str, suggestion: Option<&str>) -> Option<String> {
    if is_valid_id(id) {
        return None;
    }
    let Some((at, c)) = id.chars().enumerate().find(|(_, c)| !c.is_ascii()) else {
        return Some("not kebab-case".to_string());
    };
    let counterpart = suggestion
        .filter(|s| s.chars().count() == id.chars().count())
        .and_then(|s| s.chars().nth(at))
        .filter(|&other| other != c && other.is_ascii());
    let foreign = describe(c);
    Some(match counterpart {
        Some(other) => format!("its `{c}` is {foreign}, not the ASCII `{other}`"),
        None => format!("its `{c}` is {foreign}; ids are kebab-case ASCII"),
    })
}

/// A character's code point and script: "U+043E, a Cyrillic character".
fn describe(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    match c.script() {
        Script::Common | Script::Inherited | Script::Unknown => format!("{code}, outside ASCII"),
        script => format!("{code}, a {} character", script.full_name()),
    }
}

#[cfg(test)]
mod tests {
    use super::not_kebab_case;

    #[test]
    fn names_the_foreign_character_its_code_point_and_script() {
        assert_eq!(
            not_kebab_case("j\u{043E}ey-hood", Some("joey-hood")).as_deref(),
            Some("its `\u{043E}` is U+043E, a Cyrillic character, not the ASCII `o`")
        );
        assert_eq!(
            not_kebab_case("\u{03BF}ne", None).as_deref(),
            Some("its `\u{03BF}` is U+03BF, a Greek character; ids are kebab-case ASCII")
        );
        assert_eq!(
            not_kebab_case("joey\u{00A0}hood", Some("joey-hood")).as_deref(),
            Some("its `\u{00A0}` is U+00A0, outside ASCII, not the ASCII `-`")
        );
        assert_eq!(not_kebab_case("Joey_Hood", None).as_deref(), Some("not kebab-case"));
        assert_eq!(not_kebab_case("joey-hood", Some("joey-hood")), None);
    }
}
