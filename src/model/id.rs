/// Ids are kebab-case ASCII (`us-withdrawal`, `peskov-2019`) so that they read the same in
/// YAML, on a command line and in URLs, and so that a typo is never hidden by case or spacing.
pub fn is_valid_id(id: &str) -> bool {
    // One pass over the bytes: every id of a large corpus goes through here.
    let mut after_hyphen = true;
    for b in id.bytes() {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => after_hyphen = false,
            b'-' if !after_hyphen => after_hyphen = true,
            _ => return false,
        }
    }
    !after_hyphen
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn accepts_kebab_case_and_rejects_everything_else() {
        for good in ["a", "us-withdrawal", "tass-2019-10-23", "x1-y2"] {
            assert!(is_valid_id(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "US", "a_b", "a b", "ä"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
