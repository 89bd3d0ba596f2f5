use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::{Code, Diagnostic, Location, Target};
use crate::load::{ReadError, read_text};
use crate::suggest::did_you_mean;

use super::discover::{base_dir, join};
use super::model::{Config, RuleLevel, is_configurable};

/// A configuration is a few lines; anything larger is not one.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

const KEYS: [&str; 4] = ["claims", "seeds", "rules", "framing"];
const KEYS_HELP: &str = "the keys are `claims`, `seeds`, the `[rules]` table and the `[framing]` table";

/// Why a configuration could not be used: every problem found, and the file's text when it
/// was read, so the problems can be shown in place.
#[derive(Debug)]
pub struct ConfigError {
    pub file: PathBuf,
    pub diagnostics: Vec<Diagnostic>,
    pub text: Option<String>,
}

/// Reads and validates a configuration file. Every problem is collected, not only the first.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = match read_text(path, MAX_CONFIG_BYTES) {
        Ok(text) => text,
        Err(error) => {
            let help = match error {
                ReadError::Io(_) => "check the path and the file's permissions",
                ReadError::NotAFile { .. } => "the configuration must be a TOML file; remove or rename this entry",
                _ => "write the configuration as UTF-8 TOML text",
            };
            let diagnostic = Diagnostic::new(
                Code::ConfigInvalid,
                format!("cannot read configuration `{}`: {}", path.display(), error.describe()),
                Location::file(path),
            )
            .with_help(help);
            return Err(ConfigError {
                file: path.to_path_buf(),
                diagnostics: vec![diagnostic],
                text: None,
            });
        }
    };
    load_text(path, text)
}

/// Validates a configuration's text, as if read from `path` (which names it in findings and is
/// the base of its relative paths), for files and fuzzing alike.
pub fn load_text(path: &Path, text: String) -> Result<Config, ConfigError> {
    let mut validator = Validator {
        file: path,
        base: base_dir(path),
        found: Vec::new(),
    };
    let config = match DeTable::parse(&text) {
        Ok(table) => validator.config(table.get_ref()),
        Err(error) => {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim().replace('\n', "; ");
            validator.problem(
                span,
                format!("invalid TOML: {message}"),
                "fix the syntax; see `docs/configuration.md` for the format".into(),
            );
            Config::default()
        }
    };
    // File order, as the problems are read.
    validator.found.sort_by_key(|d| match &d.primary.target {
        Target::Bytes(span) => span.start,
        _ => 0,
    });
    if validator.found.is_empty() {
        Ok(config)
    } else {
        Err(ConfigError {
            file: path.to_path_buf(),
            diagnostics: validator.found,
            text: Some(text),
        })
    }
}

/// A TOML type with its article, for messages: "an array", "a string".
pub(super) fn kind(value: &DeValue<'_>) -> String {
    let name = value.type_str();
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name}")
}

pub(super) struct Validator<'a> {
    file: &'a Path,
    base: PathBuf,
    found: Vec<Diagnostic>,
}

impl Validator<'_> {
    pub(super) fn problem(&mut self, span: Range<usize>, message: String, help: String) {
        self.found
            .push(Diagnostic::new(Code::ConfigInvalid, message, Location::bytes(self.file, span)).with_help(help));
    }

    fn config(&mut self, table: &DeTable<'_>) -> Config {
        let mut config = Config::default();
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "claims" => config.claims = self.claims(value),
                "seeds" => config.seeds = self.seeds(value),
                "rules" => config.rules = self.rules(value),
                "framing" => config.framing = self.framing(value),
                other => {
                    let help = match did_you_mean(other, KEYS.into_iter()) {
                        Some(key) => format!("did you mean `{key}`? {KEYS_HELP}"),
                        None => KEYS_HELP.to_string(),
                    };
                    self.problem(key.span(), format!("unknown key `{other}`"), help);
                }
            }
        }
        config
    }

    fn claims(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Vec<PathBuf>> {
        let example = "list claim files or directories, e.g. `claims = [\"claims\"]`";
        let DeValue::Array(items) = value.get_ref() else {
            let message = format!("`claims` must be an array of paths, not {}", kind(value.get_ref()));
            self.problem(value.span(), message, example.into());
            return None;
        };
        if items.is_empty() {
            self.problem(value.span(), "`claims` is empty".into(), example.into());
            return None;
        }
        let mut paths = Vec::with_capacity(items.len());
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(path) => paths.push(PathBuf::from(path.as_ref())),
                other => {
                    let message = format!("an entry of `claims` must be a path, not {}", kind(other));
                    self.problem(item.span(), message, example.into());
                }
            }
        }
        Some(paths)
    }

    fn seeds(&mut self, value: &Spanned<DeValue<'_>>) -> Option<PathBuf> {
        let DeValue::String(seeds) = value.get_ref() else {
            let message = format!("`seeds` must be a path, not {}", kind(value.get_ref()));
            let help = "name the directory that holds the article sources, e.g. `seeds = \"seeds\"`";
            self.problem(value.span(), message, help.into());
            return None;
        };
        let seeds = PathBuf::from(seeds.as_ref());
        let directory = join(&self.base, &seeds);
        let inside = match (directory.canonicalize(), self.base.canonicalize()) {
            (Ok(directory), Ok(base)) if directory.is_dir() => directory.starts_with(base),
            _ => {
                let message = format!("seeds directory `{}` does not exist", seeds.display());
                let help = format!(
                    "create it, or set `seeds` to the directory that holds the article sources, relative to `{}`",
                    self.file.display()
                );
                self.problem(value.span(), message, help);
                return None;
            }
        };
        if !inside {
            let message = format!("seeds directory `{}` is outside the project", seeds.display());
            let help = format!(
                "article sources live inside the project: name a directory under `{}`",
                self.base.display()
            );
            self.problem(value.span(), message, help);
            return None;
        }
        Some(seeds)
    }

    fn rules(&mut self, value: &Spanned<DeValue<'_>>) -> HashMap<Code, RuleLevel> {
        let mut rules = HashMap::new();
        let DeValue::Table(table) = value.get_ref() else {
            let message = format!("`rules` must be a table, not {}", kind(value.get_ref()));
            let help = "write `[rules]` and under it one `rule-code = \"error\"` line per rule".to_string();
            self.problem(value.span(), message, help);
            return rules;
        };
        for (key, level) in table.iter() {
            let name = key.get_ref().as_ref();
            let Some(code) = Code::from_name(name) else {
                let known = Code::ALL.iter().map(|code| code.name());
                let help = match did_you_mean(name, known) {
                    Some(code) => format!("did you mean `{code}`? `crossclaim rules` lists every rule"),
                    None => "`crossclaim rules` lists every rule".to_string(),
                };
                self.problem(key.span(), format!("unknown rule `{name}`"), help);
                continue;
            };
            if !is_configurable(code) {
                let message = format!("the severity of `{name}` cannot be changed");
                let help = "it reports that crossclaim could not read its input, which always fails the check".into();
                self.problem(key.span(), message, help);
                continue;
            }
            if let Some(level) = self.level(name, level) {
                rules.insert(code, level);
            }
        }
        rules
    }

    fn level(&mut self, rule: &str, value: &Spanned<DeValue<'_>>) -> Option<RuleLevel> {
        let help = "use `error`, `warning`, `info` or `off`".to_string();
        let DeValue::String(name) = value.get_ref() else {
            let message = format!(
                "the severity of `{rule}` must be a string, not {}",
                kind(value.get_ref())
            );
            self.problem(value.span(), message, help);
            return None;
        };
        let level = RuleLevel::from_name(name);
        if level.is_none() {
            let message = format!("unknown severity `{name}` for `{rule}`");
            // `warn` (as other linters spell it) is a prefix, too far from `warning` for an edit distance.
            let names = RuleLevel::ALL.map(RuleLevel::name);
            let close = names
                .into_iter()
                .find(|level| !name.is_empty() && level.starts_with(name.as_ref()))
                .or_else(|| did_you_mean(name, names.into_iter()));
            let help = match close {
                Some(level) => format!("did you mean `{level}`? {help}"),
                None => help,
            };
            self.problem(value.span(), message, help);
        }
        level
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn problems(toml: &str) -> Vec<(String, Range<usize>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crossclaim.toml");
        std::fs::write(&path, toml).unwrap();
        match load(&path) {
            Ok(_) => Vec::new(),
            Err(error) => error
                .diagnostics
                .into_iter()
                .map(|d| match d.primary.target {
                    crate::diagnostic::Target::Bytes(span) => (d.message, span),
                    _ => (d.message, 0..0),
                })
                .collect(),
        }
    }

    #[test]
    fn accepts_every_key() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("seeds")).unwrap();
        let path = dir.path().join("crossclaim.toml");
        let text = "claims = [\"claims\", \"more\"]\nseeds = \"seeds\"\n[rules]\nquote-ambiguous = \"error\"\nunused-definition = \"off\"\n";
        std::fs::write(&path, text).unwrap();
        let config = load(&path).unwrap();
        assert_eq!(
            config.claims,
            Some(vec![PathBuf::from("claims"), PathBuf::from("more")])
        );
        assert_eq!(config.seeds, Some(PathBuf::from("seeds")));
        assert_eq!(config.rules.get(&Code::QuoteAmbiguous), Some(&RuleLevel::Error));
        assert_eq!(config.rules.get(&Code::UnusedDefinition), Some(&RuleLevel::Off));
    }

    #[test]
    fn reports_every_problem_at_its_span() {
        let text =
            "claim = []\n[rules]\nquote-ambigous = \"error\"\nempty-file = \"warn\"\nfile-unreadable = \"off\"\n";
        let found = problems(text);
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            start..start + needle.len()
        };
        assert_eq!(
            found,
            vec![
                ("unknown key `claim`".to_string(), at("claim")),
                ("unknown rule `quote-ambigous`".to_string(), at("quote-ambigous")),
                ("unknown severity `warn` for `empty-file`".to_string(), at("\"warn\"")),
                (
                    "the severity of `file-unreadable` cannot be changed".to_string(),
                    at("file-unreadable")
                ),
            ]
        );
    }

    #[test]
    fn reports_wrong_types_and_syntax() {
        assert_eq!(
            problems("claims = \"claims\"\nseeds = 3\nrules = 1\n"),
            vec![
                ("`claims` must be an array of paths, not a string".to_string(), 9..17),
                ("`seeds` must be a path, not an integer".to_string(), 26..27),
                ("`rules` must be a table, not an integer".to_string(), 36..37),
            ]
        );
        let syntax = problems("claims = [\n");
        assert_eq!(syntax.len(), 1);
        assert!(syntax[0].0.starts_with("invalid TOML: "), "{syntax:?}");
    }
}
