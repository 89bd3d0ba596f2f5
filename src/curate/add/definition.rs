//! Outlets, speakers and topics: appended to the project's conventional file for their kind
//! (`claims/outlets.yaml`...), which is created when missing.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::diagnostic::{Code, Diagnostic, Location};
use crate::edit::{Original, Written, append_item, create, sequence_item, write_back};
use crate::model::{Corpus, Outlet, Speaker, Topic, country_help, is_domain, is_valid_country};

use super::super::loaded::located;
use super::super::read_back::{read_back, section_len};
use super::super::{Curated, Refusal};
use super::findings::{duplicate, invalid_id};

/// Appends `outlet` to `claims/outlets.yaml`.
pub fn add_outlet(curated: &Curated, outlet: &Outlet) -> Result<Written, Refusal> {
    let file = curated.layout.definitions_file("outlets");
    let mut found = common(curated, "outlet", &outlet.id, &file);
    if !is_valid_country(&outlet.country) {
        found.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("country `{}` is not an ISO 3166-1 alpha-2 code", outlet.country),
                Location::file(&file),
            )
            .with_help(country_help(&outlet.country)),
        );
    }
    for domain in outlet.domains.iter().filter(|d| !is_domain(d)) {
        found.push(
            Diagnostic::new(
                Code::InvalidValue,
                format!("domain `{domain}` is not a web domain"),
                Location::file(&file),
            )
            .with_help("write the host name alone, in lower case, e.g. `tass.com`: no `https://`, no path"),
        );
    }
    append(curated, found, &file, "outlets", outlet, |parsed| {
        parsed.outlets.last().map(|o| o.value.id.as_str())
    })
}

/// Appends `speaker` to `claims/speakers.yaml`.
pub fn add_speaker(curated: &Curated, speaker: &Speaker) -> Result<Written, Refusal> {
    let file = curated.layout.definitions_file("speakers");
    let found = common(curated, "speaker", &speaker.id, &file);
    append(curated, found, &file, "speakers", speaker, |parsed| {
        parsed.speakers.last().map(|s| s.value.id.as_str())
    })
}

/// Appends `topic`, with its propositions, to `claims/topics.yaml`.
pub fn add_topic(curated: &Curated, topic: &Topic) -> Result<Written, Refusal> {
    let file = curated.layout.definitions_file("topics");
    let mut found = common(curated, "topic", &topic.id, &file);
    let corpus = &curated.loaded.corpus;
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for proposition in &topic.propositions {
        let id = proposition.id.as_str();
        found.extend(invalid_id("proposition", id, &file));
        found.extend(duplicate(corpus, "proposition", id));
        if seen.insert(id, ()).is_some() {
            found.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("proposition `{id}` is given twice"),
                    Location::file(&file),
                )
                .with_help("give each proposition its own id"),
            );
        }
    }
    append(curated, found, &file, "topics", topic, |parsed| {
        parsed.topics.last().map(|t| t.value.id.as_str())
    })
}

/// The id's syntax and uniqueness, for every kind.
fn common(curated: &Curated, kind: &str, id: &str, file: &Path) -> Vec<Diagnostic> {
    let mut found: Vec<Diagnostic> = invalid_id(kind, id, file).into_iter().collect();
    found.extend(duplicate(&curated.loaded.corpus, kind, id));
    found
}

/// Writes `value` as the last item of `section` in `file` unless there are findings; reads
/// the result back to make sure it holds exactly one more item, the new one.
fn append<T: Serialize>(
    curated: &Curated,
    found: Vec<Diagnostic>,
    file: &Path,
    section: &str,
    value: &T,
    last_id: impl Fn(&Corpus) -> Option<&str>,
) -> Result<Written, Refusal> {
    if !found.is_empty() {
        let texts = curated
            .loaded
            .corpus
            .files
            .iter()
            .map(|f| (f.path.clone(), f.text.clone()))
            .collect();
        return Err(located(found, texts));
    }
    let item = sequence_item(value).map_err(|error| unplaceable(file, &error.to_string()))?;
    let id = serde_yaml::to_value(value)
        .ok()
        .and_then(|v| v.get("id").and_then(|id| id.as_str().map(str::to_string)))
        .unwrap_or_default();
    let root = &curated.layout.root;
    let exists = file.symlink_metadata().is_ok();
    let (original, before) = if exists {
        let original = Original::read(file, root)?;
        let before = read_back(file, &original.text).map_err(|error| unplaceable(file, &error))?;
        (Some(original), before)
    } else {
        (None, Corpus::default())
    };
    let text = match &original {
        Some(original) => append_item(&original.text, section, &item)
            .map_err(|error| unplaceable(file, &format!("`{section}` {error}")))?,
        None => {
            let body = append_item("", section, &item).map_err(|error| unplaceable(file, &error.to_string()))?;
            format!("{}\n{body}", curated.layout.schema_line(file))
        }
    };
    let after = read_back(file, &text).map_err(|error| unplaceable(file, &error))?;
    let count = |corpus: &Corpus| section_len(corpus, section);
    if last_id(&after) != Some(id.as_str()) || count(&after) != count(&before).map(|n| n + 1) {
        return Err(unplaceable(
            file,
            "the edited file does not read back with the new entry last",
        ));
    }
    Ok(match original {
        Some(original) => write_back(&original, &text)?,
        None => create(file, root, text.as_bytes())?,
    })
}

fn unplaceable(file: &Path, reason: &str) -> Refusal {
    Refusal::Unplaceable {
        path: file.to_path_buf(),
        reason: reason.to_string(),
    }
}
