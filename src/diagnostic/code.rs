use std::fmt;

use super::Severity;

/// Declares the enum and the list of all its variants from one list, so no rule can be left
/// out of `Code::ALL`.
macro_rules! codes {
    ($($variant:ident,)*) => {
        /// Every rule crossclaim checks. The kebab-case names are stable: CI configurations,
        /// severity overrides and JSON consumers depend on them. Each has one row in the rule
        /// registry (`crate::rules`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($variant,)*
        }

        impl Code {
            /// Every rule, in the order they are listed.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];
        }
    };
}

codes! {
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
    UnclassedVerb,
    DuplicateId,
    DuplicateUrl,
    DuplicateSource,
    UnknownReference,
    SourceMissing,
    SourceOutsideRoot,
    SourceUnreadable,
    SourceChanged,
    QuoteNotFound,
    QuoteAmbiguous,
    DisambiguatorMismatch,
    OverlappingQuotes,
    MarkerNotFound,
    StanceTopicNotListed,
    CertaintyOnNeutral,
    StatementAfterArticle,
    StatementSpeakerMismatch,
    TranslationCycle,
    TranslationMismatch,
    LanguageUndeclared,
    UnusedDefinition,
    UnusedAllow,
    UnusedSource,
}

impl Code {
    pub fn name(self) -> &'static str {
        crate::rules::rule(self).name
    }

    pub fn default_severity(self) -> Severity {
        crate::rules::rule(self).default_severity
    }

    /// One line: what the rule checks.
    pub fn description(self) -> &'static str {
        crate::rules::rule(self).description
    }

    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|code| code.name() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
