//! Filter values as people type them: an id, or a name or title in any case. A value that
//! names nothing is an error that lists the ids containing it and the closest one.

use crate::model::Corpus;
use crate::suggest::closest;

use super::{Filter, FilterError};

/// One kind of definition a filter selects by: its ids with their names, in definition order.
struct Kind<'a> {
    /// `topic`, `outlet`...
    noun: &'static str,
    flag: &'static str,
    /// What its names are called: `name`, `title`, `text`.
    named_by: &'static str,
    /// (id, name or title)
    known: Vec<(&'a str, &'a str)>,
}

/// How many ids containing the value a help lists before it says how many there are.
const LISTED: usize = 8;

impl Filter {
    /// The filter with every value replaced by the ids it names: the id itself, else every
    /// definition whose name (title, text) it is, ignoring case and runs of whitespace. Dates
    /// are checked too: a range no date can be in is an error.
    pub fn resolve(self, corpus: &Corpus) -> Result<Filter, FilterError> {
        let kinds = [
            Kind {
                noun: "topic",
                flag: "--topic",
                named_by: "title",
                known: corpus
                    .topics
                    .iter()
                    .map(|t| (t.value.id.as_str(), t.value.title.as_str()))
                    .collect(),
            },
            Kind {
                noun: "outlet",
                flag: "--outlet",
                named_by: "name",
                known: corpus
                    .outlets
                    .iter()
                    .map(|o| (o.value.id.as_str(), o.value.name.as_str()))
                    .collect(),
            },
            Kind {
                noun: "speaker",
                flag: "--speaker",
                named_by: "name",
                known: corpus
                    .speakers
                    .iter()
                    .map(|s| (s.value.id.as_str(), s.value.name.as_str()))
                    .collect(),
            },
            Kind {
                noun: "proposition",
                flag: "--proposition",
                named_by: "text",
                known: corpus
                    .propositions
                    .iter()
                    .map(|p| (p.value.proposition.id.as_str(), p.value.proposition.text.as_str()))
                    .collect(),
            },
        ];
        let [topics, outlets, speakers, propositions] = kinds;
        let filter = Filter {
            topics: topics.resolve(&self.topics)?,
            outlets: outlets.resolve(&self.outlets)?,
            speakers: speakers.resolve(&self.speakers)?,
            propositions: propositions.resolve(&self.propositions)?,
            ..self
        };
        filter.check_dates()?;
        Ok(filter)
    }
}

impl Kind<'_> {
    fn resolve(&self, given: &[String]) -> Result<Vec<String>, FilterError> {
        let mut ids: Vec<String> = Vec::new();
        for value in given {
            let named: Vec<&str> = if self.known.iter().any(|(id, _)| id == value) {
                vec![value.as_str()]
            } else {
                let wanted = folded(value);
                self.known
                    .iter()
                    .filter(|(_, name)| folded(name) == wanted)
                    .map(|(id, _)| *id)
                    .collect()
            };
            if named.is_empty() {
                return Err(self.unknown(value));
            }
            for id in named {
                if !ids.iter().any(|known| known == id) {
                    ids.push(id.to_string());
                }
            }
        }
        Ok(ids)
    }

    fn unknown(&self, value: &str) -> FilterError {
        let wanted = folded(value);
        let containing: Vec<&str> = self
            .known
            .iter()
            .filter(|(id, name)| id.contains(wanted.as_str()) || folded(name).contains(wanted.as_str()))
            .map(|(id, _)| *id)
            .collect();
        let close = closest(value, self.known.iter().map(|(id, _)| *id), 3);
        let mut help: Vec<String> = Vec::new();
        if !close.is_empty() {
            let close: Vec<String> = close.iter().map(|id| format!("`{id}`")).collect();
            help.push(format!("did you mean {}?", close.join(" or ")));
        }
        match containing.len() {
            0 => {}
            // Already suggested.
            1 if close == [containing[0]] => {}
            1 => help.push(format!("1 {} contains `{value}`: `{}`", self.noun, containing[0])),
            n => help.push(format!(
                "{n} {}s contain `{value}`: {}",
                self.noun,
                listed(&containing, n)
            )),
        }
        if help.is_empty() {
            let mut all: Vec<&str> = self.known.iter().map(|(id, _)| *id).collect();
            all.sort_unstable();
            all.dedup();
            help.push(match all.len() {
                0 => format!("no {} is defined", self.noun),
                n if n <= 10 => format!("known {}s: {}", self.noun, all.join(", ")),
                n => format!("known {}s include {}, … ({n} in all)", self.noun, all[..10].join(", ")),
            });
        }
        FilterError {
            message: format!(
                "no {} has the id or {} `{value}` (given to `{}`)",
                self.noun, self.named_by, self.flag
            ),
            help: Some(help.join(" ")),
        }
    }
}

/// The first few ids in backticks, and how many there are when that is not all of them.
fn listed(ids: &[&str], n: usize) -> String {
    let shown: Vec<String> = ids.iter().take(LISTED).map(|id| format!("`{id}`")).collect();
    if n > LISTED {
        format!("{}, … ({n} in all)", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// Lower case with single spaces, for comparing names as people type them.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn outlets<'a>(known: &[(&'a str, &'a str)]) -> Kind<'a> {
        Kind {
            noun: "outlet",
            flag: "--outlet",
            named_by: "name",
            known: known.to_vec(),
        }
    }

    #[test]
    fn a_name_in_any_case_selects_every_outlet_it_names() {
        let kind = outlets(&[("presstv", "Press TV"), ("tass", "TASS"), ("press-tv-2", "Press  TV")]);
        assert_eq!(
            kind.resolve(&["press tv".into()]).unwrap(),
            vec!["presstv", "press-tv-2"]
        );
        assert_eq!(kind.resolve(&["tass".into(), "TASS".into()]).unwrap(), vec!["tass"]);
    }

    #[test]
    fn an_unknown_value_lists_the_ids_containing_it_and_how_many() {
        let known: Vec<(String, String)> = (1..=12)
            .map(|i| (format!("northern-herald-{i}"), format!("Northern Herald {i}")))
            .collect();
        let known: Vec<(&str, &str)> = known.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let error = outlets(&known).resolve(&["herald".into()]).unwrap_err();
        assert_eq!(
            error.message,
            "no outlet has the id or name `herald` (given to `--outlet`)"
        );
        assert_eq!(
            error.help.unwrap(),
            "12 outlets contain `herald`: `northern-herald-1`, `northern-herald-2`, `northern-herald-3`, \
             `northern-herald-4`, `northern-herald-5`, `northern-herald-6`, `northern-herald-7`, \
             `northern-herald-8`, … (12 in all)"
        );
    }

    #[test]
    fn a_typo_gets_the_close_ids_closest_first() {
        let kind = outlets(&[
            ("wire-1", "Wire 1"),
            ("tass", "TASS"),
            ("wire-2", "Wire 2"),
            ("wired-9", "Wired"),
        ]);
        let error = kind.resolve(&["wire-3".into()]).unwrap_err();
        assert_eq!(error.help.unwrap(), "did you mean `wire-1` or `wire-2` or `wired-9`?");
    }

    #[test]
    fn a_typo_gets_the_closest_id_too() {
        let kind = outlets(&[("presstv", "Press TV"), ("tass", "TASS")]);
        let error = kind.resolve(&["tas".into()]).unwrap_err();
        assert_eq!(error.help.unwrap(), "did you mean `tass`?");
        let error = kind.resolve(&["pres".into()]).unwrap_err();
        assert_eq!(error.help.unwrap(), "1 outlet contains `pres`: `presstv`");
    }
}
