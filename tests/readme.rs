//! The README's rule table is the user's reference: it must list every rule with its default
//! severity and description exactly as the code has them.

use crossclaim::rules;

#[test]
fn readme_lists_every_rule_as_the_code_defines_it() {
    let readme = include_str!("../README.md");
    let rows: Vec<String> = rules::all()
        .map(|rule| format!("| `{}` | {} | {} |", rule.name, rule.default_severity, rule.description))
        .collect();
    let missing: Vec<&String> = rows.iter().filter(|row| !readme.contains(row.as_str())).collect();
    assert!(
        missing.is_empty(),
        "README.md rule table is out of date; it should contain:\n{}",
        rows.join("\n")
    );
}
