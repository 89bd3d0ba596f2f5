use std::fmt;

use super::Severity;

/// Every rule crossclaim checks. The kebab-case names are stable: CI configurations, severity
/// overrides and JSON consumers depend on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    ConfigInvalid,
    FileUnreadable,
    FileTooLarge,
    InvalidEncoding,
    EmptyFile,
    YamlSyntax,
    YamlLimit,
    SchemaViolation,
    InvalidValue,
    AttributionMismatch,
    DuplicateId,
    UnknownReference,
    SourceMissing,
    SourceOutsideRoot,
    SourceUnreadable,
    SourceChanged,
    QuoteNotFound,
    QuoteAmbiguous,
    DisambiguatorMismatch,
    OverlappingQuotes,
    StanceTopicNotListed,
    StatementAfterArticle,
    UnusedDefinition,
}

impl Code {
    pub const ALL: [Code; 23] = [
        Code::ConfigInvalid,
        Code::FileUnreadable,
        Code::FileTooLarge,
        Code::InvalidEncoding,
        Code::EmptyFile,
        Code::YamlSyntax,
        Code::YamlLimit,
        Code::SchemaViolation,
        Code::InvalidValue,
        Code::AttributionMismatch,
        Code::DuplicateId,
        Code::UnknownReference,
        Code::SourceMissing,
        Code::SourceOutsideRoot,
        Code::SourceUnreadable,
        Code::SourceChanged,
        Code::QuoteNotFound,
        Code::QuoteAmbiguous,
        Code::DisambiguatorMismatch,
        Code::OverlappingQuotes,
        Code::StanceTopicNotListed,
        Code::StatementAfterArticle,
        Code::UnusedDefinition,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Code::ConfigInvalid => "config-invalid",
            Code::FileUnreadable => "file-unreadable",
            Code::FileTooLarge => "file-too-large",
            Code::InvalidEncoding => "invalid-encoding",
            Code::EmptyFile => "empty-file",
            Code::YamlSyntax => "yaml-syntax",
            Code::YamlLimit => "yaml-limit",
            Code::SchemaViolation => "schema-violation",
            Code::InvalidValue => "invalid-value",
            Code::AttributionMismatch => "attribution-mismatch",
            Code::DuplicateId => "duplicate-id",
            Code::UnknownReference => "unknown-reference",
            Code::SourceMissing => "source-missing",
            Code::SourceOutsideRoot => "source-outside-root",
            Code::SourceUnreadable => "source-unreadable",
            Code::SourceChanged => "source-changed",
            Code::QuoteNotFound => "quote-not-found",
            Code::QuoteAmbiguous => "quote-ambiguous",
            Code::DisambiguatorMismatch => "disambiguator-mismatch",
            Code::OverlappingQuotes => "overlapping-quotes",
            Code::StanceTopicNotListed => "stance-topic-not-listed",
            Code::StatementAfterArticle => "statement-after-article",
            Code::UnusedDefinition => "unused-definition",
        }
    }

    pub fn default_severity(self) -> Severity {
        match self {
            Code::EmptyFile | Code::QuoteAmbiguous | Code::OverlappingQuotes | Code::UnusedDefinition => {
                Severity::Warning
            }
            _ => Severity::Error,
        }
    }

    /// One line: what the rule checks.
    pub fn description(self) -> &'static str {
        match self {
            Code::ConfigInvalid => {
                "`crossclaim.toml` cannot be read, is not TOML, or has an unknown key, rule or severity"
            }
            Code::FileUnreadable => {
                "a claim file or directory cannot be read (permissions, broken or looping symlinks, not a regular file)"
            }
            Code::FileTooLarge => "a claim file is larger than the 32 MiB limit",
            Code::InvalidEncoding => "a claim file is not UTF-8 text (invalid bytes or a binary file)",
            Code::EmptyFile => "a claim file holds only whitespace and comments",
            Code::YamlSyntax => "a claim file is not well-formed YAML",
            Code::YamlLimit => "a claim file exceeds the nesting depth or alias expansion limits",
            Code::SchemaViolation => "a field is unknown, missing, duplicated or of the wrong type",
            Code::InvalidValue => {
                "a value is malformed: an id that is not kebab-case, a bad sha256 or country code, an empty quote or topic list"
            }
            Code::AttributionMismatch => {
                "quotes and paraphrases need a speaker and an attribution verb; narration has neither"
            }
            Code::DuplicateId => "two definitions of the same kind share an id",
            Code::UnknownReference => {
                "a reference names an outlet, speaker, article, topic or proposition that is not defined"
            }
            Code::SourceMissing => "an article's source file does not exist",
            Code::SourceOutsideRoot => {
                "an article's source path leaves the project root or the configured seeds directory (absolute, `..`, or a symlink out)"
            }
            Code::SourceUnreadable => "an article's source file cannot be read, is too large or is not UTF-8 text",
            Code::SourceChanged => "an article's source file no longer matches its recorded sha256",
            Code::QuoteNotFound => "a claim's quote does not appear in its article's source",
            Code::QuoteAmbiguous => "a claim's quote appears more than once and names no prefix, suffix or occurrence",
            Code::DisambiguatorMismatch => {
                "a claim's prefix, suffix or occurrence selects none of the quote's occurrences"
            }
            Code::OverlappingQuotes => "two claims in one article quote overlapping passages",
            Code::StanceTopicNotListed => "a claim takes a stance on a proposition whose topic it does not list",
            Code::StatementAfterArticle => "a claim's statement date is after its article's publication date",
            Code::UnusedDefinition => "an outlet, speaker, topic or proposition is defined but no claim uses it",
        }
    }

    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.name() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::Code;

    #[test]
    fn names_are_unique_kebab_case_and_round_trip() {
        let names: HashSet<_> = Code::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), Code::ALL.len());
        for code in Code::ALL {
            assert!(crate::model::is_valid_id(code.name()), "{code}");
            assert_eq!(Code::from_name(code.name()), Some(code));
            assert!(!code.description().is_empty());
        }
    }
}
