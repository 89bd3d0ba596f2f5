//! The `[framing]` table: reporting verbs and framing markers a project adds to the lexicon or
//! reclasses, each `"cue" = "class"`.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::analysis::{CueClass, Overrides};
use crate::suggest::{did_you_mean, listing};

use super::load::{Validator, kind};

const TABLES: [&str; 2] = ["verbs", "markers"];
const TABLES_HELP: &str = "`[framing]` holds the tables `[framing.verbs]` and `[framing.markers]`";

impl Validator<'_> {
    pub(super) fn framing(&mut self, value: &Spanned<DeValue<'_>>) -> Overrides {
        let mut overrides = Overrides::default();
        let Some(table) = self.table(value, "framing", TABLES_HELP) else {
            return overrides;
        };
        for (key, value) in table.iter() {
            match key.get_ref().as_ref() {
                "verbs" => overrides.verbs = self.cues(value, "framing.verbs"),
                "markers" => overrides.markers = self.cues(value, "framing.markers"),
                other => {
                    let help = match did_you_mean(other, TABLES.into_iter()) {
                        Some(close) => format!("did you mean `{close}`? {TABLES_HELP}"),
                        None => TABLES_HELP.to_string(),
                    };
                    self.problem(key.span(), format!("unknown key `{other}` in `[framing]`"), help);
                }
            }
        }
        overrides
    }

    fn table<'t>(&mut self, value: &'t Spanned<DeValue<'_>>, name: &str, help: &str) -> Option<&'t DeTable<'t>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                let message = format!("`{name}` must be a table, not {}", kind(other));
                self.problem(value.span(), message, help.to_string());
                None
            }
        }
    }

    /// `"cue" = "class"` lines: a cue of words, a class the lexicon knows.
    fn cues(&mut self, value: &Spanned<DeValue<'_>>, name: &str) -> Vec<(String, CueClass)> {
        let help =
            format!("write `[{name}]` and under it one `\"cue\" = \"class\"` line per cue, e.g. `quip = \"neutral\"`");
        let Some(table) = self.table(value, name, &help) else {
            return Vec::new();
        };
        let classes = CueClass::ALL.map(CueClass::name);
        let mut cues = Vec::new();
        for (key, class) in table.iter() {
            let cue = key.get_ref().as_ref();
            if cue.split_whitespace().next().is_none() || !cue.chars().all(|c| c.is_alphabetic() || " -'’".contains(c))
            {
                self.problem(
                    key.span(),
                    format!("`{cue}` in `[{name}]` is not a cue of words"),
                    "write the verb or marker in letters, spaces, hyphens and apostrophes, e.g. `\"point out\"`"
                        .to_string(),
                );
                continue;
            }
            let DeValue::String(written) = class.get_ref() else {
                let message = format!("the class of `{cue}` must be a string, not {}", kind(class.get_ref()));
                self.problem(class.span(), message, format!("use one of {}", listing(&classes)));
                continue;
            };
            match CueClass::from_name(written) {
                Some(found) => cues.push((cue.to_string(), found)),
                None => {
                    let help = match did_you_mean(written, classes.into_iter()) {
                        Some(close) => format!("did you mean `{close}`? the classes are {}", listing(&classes)),
                        None => format!("the classes are {}", listing(&classes)),
                    };
                    self.problem(class.span(), format!("unknown class `{written}` for `{cue}`"), help);
                }
            }
        }
        cues
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::load;

    #[test]
    fn reads_verbs_and_markers_and_reports_every_mistake() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("crossclaim.toml");
        let text = "[framing.verbs]\nquip = \"neutral\"\n\"point out\" = \"distancing\"\n[framing.markers]\n\"self-described\" = \"distancing\"\n";
        std::fs::write(&path, text).unwrap();
        let framing = load(&path).unwrap().framing;
        let names = |cues: &[(String, crate::analysis::CueClass)]| -> Vec<String> {
            cues.iter().map(|(cue, class)| format!("{cue}={class}")).collect()
        };
        assert_eq!(names(&framing.verbs), ["point out=distancing", "quip=neutral"]);
        assert_eq!(names(&framing.markers), ["self-described=distancing"]);

        let bad = "[framing]\nverb = {}\nmarkers = 3\n[framing.verbs]\n\"said:\" = \"neutral\"\nclaim = \"distancin\"\nhint = 2\n";
        std::fs::write(&path, bad).unwrap();
        let messages: Vec<String> = load(&path)
            .unwrap_err()
            .diagnostics
            .into_iter()
            .map(|d| format!("{} / {}", d.message, d.help.unwrap_or_default()))
            .collect();
        assert_eq!(
            messages,
            [
                "unknown key `verb` in `[framing]` / did you mean `verbs`? `[framing]` holds the tables `[framing.verbs]` and `[framing.markers]`",
                "`framing.markers` must be a table, not an integer / write `[framing.markers]` and under it one `\"cue\" = \"class\"` line per cue, e.g. `quip = \"neutral\"`",
                "`said:` in `[framing.verbs]` is not a cue of words / write the verb or marker in letters, spaces, hyphens and apostrophes, e.g. `\"point out\"`",
                "unknown class `distancin` for `claim` / did you mean `distancing`? the classes are `neutral`, `endorsing`, `distancing`, `concessive`, `belief`, `directive`, `warning` and `denial`",
                "the class of `hint` must be a string, not an integer / use one of `neutral`, `endorsing`, `distancing`, `concessive`, `belief`, `directive`, `warning` and `denial`",
            ]
        );
    }
}
