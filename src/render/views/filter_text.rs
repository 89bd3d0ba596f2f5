use crate::compare::Filter;

/// How the filters read on a command line, for notes and the report: `--topic kurds --since
/// 2022`; empty when nothing is filtered.
pub fn describe_filter(filter: &Filter) -> String {
    let mut parts = Vec::new();
    for (flag, values) in [
        ("--topic", &filter.topics),
        ("--outlet", &filter.outlets),
        ("--speaker", &filter.speakers),
        ("--proposition", &filter.propositions),
    ] {
        if !values.is_empty() {
            parts.push(format!("{flag} {}", values.join(",")));
        }
    }
    if let Some(since) = filter.since {
        parts.push(format!("--since {since}"));
    }
    if let Some(until) = filter.until {
        parts.push(format!("--until {until}"));
    }
    parts.join(" ")
}
