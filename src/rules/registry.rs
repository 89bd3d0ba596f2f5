use crate::diagnostic::{Code, Severity};

use super::Rule;

/// May be changed in `crossclaim.toml`.
const CONFIGURABLE: bool = true;
/// Says crossclaim could not read its input; cannot be changed.
const FIXED: bool = false;

/// One registry row; the long explanation is `docs/rules/<name>.md`.
macro_rules! row {
    ($code:ident, $name:literal, $severity:ident, $configurable:expr, $description:literal $(,)?) => {
        &Rule {
            code: Code::$code,
            name: $name,
            default_severity: Severity::$severity,
            configurable: $configurable,
            description: $description,
            explanation: include_str!(concat!("../../docs/rules/", $name, ".md")),
        }
    };
}

/// The registry row of a rule. The match is exhaustive: a rule without a row does not compile.
pub fn rule(code: Code) -> &'static Rule {
    match code {
        Code::ConfigInvalid => row!(
            ConfigInvalid,
            "config-invalid",
            Error,
            FIXED,
            "`crossclaim.toml` cannot be read, is not TOML, or has an unknown key, rule or severity",
        ),
        Code::FileUnreadable => row!(
            FileUnreadable,
            "file-unreadable",
            Error,
            FIXED,
            "a claim file or directory cannot be read (permissions, broken or looping symlinks, not a regular file)",
        ),
        Code::FileTooLarge => row!(
            FileTooLarge,
            "file-too-large",
            Error,
            CONFIGURABLE,
            "a claim file is larger than the 32 MiB limit",
        ),
        Code::InvalidEncoding => row!(
            InvalidEncoding,
            "invalid-encoding",
            Error,
            CONFIGURABLE,
            "a claim file is not UTF-8 text (invalid bytes, UTF-16 or a binary file)",
        ),
        Code::EmptyFile => row!(
            EmptyFile,
            "empty-file",
            Warning,
            CONFIGURABLE,
            "a claim file holds only whitespace and comments",
        ),
        Code::YamlSyntax => row!(
            YamlSyntax,
            "yaml-syntax",
            Error,
            CONFIGURABLE,
            "a claim file is not well-formed YAML, or holds more than one document",
        ),
        Code::YamlLimit => row!(
            YamlLimit,
            "yaml-limit",
            Error,
            CONFIGURABLE,
            "a claim file exceeds the nesting depth or alias expansion limits",
        ),
        Code::SchemaViolation => row!(
            SchemaViolation,
            "schema-violation",
            Error,
            CONFIGURABLE,
            "a field is unknown, missing, duplicated, tagged or of the wrong type",
        ),
        Code::InvalidValue => row!(
            InvalidValue,
            "invalid-value",
            Error,
            CONFIGURABLE,
            "a value is malformed: an id that is not kebab-case, a bad sha256 or country code, an empty quote or topic list",
        ),
        Code::AttributionMismatch => row!(
            AttributionMismatch,
            "attribution-mismatch",
            Error,
            CONFIGURABLE,
            "quotes and paraphrases need a speaker, and a verb or an `attribution`; narration has none of them",
        ),
        Code::UnclassedVerb => row!(
            UnclassedVerb,
            "unclassed-verb",
            Info,
            CONFIGURABLE,
            "a claim's attribution verb or framing marker is not in the lexicon, so no view can class it",
        ),
        Code::DuplicateId => row!(
            DuplicateId,
            "duplicate-id",
            Error,
            CONFIGURABLE,
            "two definitions of the same kind share an id",
        ),
        Code::DuplicateUrl => row!(
            DuplicateUrl,
            "duplicate-url",
            Error,
            CONFIGURABLE,
            "two articles have the same url, once normalised (scheme, `www.`, trailing slash, fragment, tracking parameters)",
        ),
        Code::DuplicateSource => row!(
            DuplicateSource,
            "duplicate-source",
            Error,
            CONFIGURABLE,
            "two articles are pinned to the same source sha256",
        ),
        Code::UnknownReference => row!(
            UnknownReference,
            "unknown-reference",
            Error,
            CONFIGURABLE,
            "a reference names an outlet, speaker, article, topic, proposition or claim that is not defined",
        ),
        Code::SourceMissing => row!(
            SourceMissing,
            "source-missing",
            Error,
            CONFIGURABLE,
            "an article's source file does not exist",
        ),
        Code::SourceOutsideRoot => row!(
            SourceOutsideRoot,
            "source-outside-root",
            Error,
            CONFIGURABLE,
            "an article's source path leaves the project root or the configured seeds directory (absolute, `..`, or a symlink out)",
        ),
        Code::SourceUnreadable => row!(
            SourceUnreadable,
            "source-unreadable",
            Error,
            CONFIGURABLE,
            "an article's source file cannot be read, is not a regular file, is too large or is not UTF-8 text",
        ),
        Code::SourceChanged => row!(
            SourceChanged,
            "source-changed",
            Error,
            CONFIGURABLE,
            "an article's source file no longer matches its recorded sha256",
        ),
        Code::QuoteNotFound => row!(
            QuoteNotFound,
            "quote-not-found",
            Error,
            CONFIGURABLE,
            "a claim's quote does not appear in its article's source",
        ),
        Code::QuoteAmbiguous => row!(
            QuoteAmbiguous,
            "quote-ambiguous",
            Warning,
            CONFIGURABLE,
            "a claim's quote appears more than once and names no prefix, suffix or occurrence",
        ),
        Code::DisambiguatorMismatch => row!(
            DisambiguatorMismatch,
            "disambiguator-mismatch",
            Error,
            CONFIGURABLE,
            "a claim's prefix, suffix or occurrence selects none of the quote's occurrences",
        ),
        Code::OverlappingQuotes => row!(
            OverlappingQuotes,
            "overlapping-quotes",
            Warning,
            CONFIGURABLE,
            "two claims in one article quote overlapping passages",
        ),
        Code::MarkerNotFound => row!(
            MarkerNotFound,
            "marker-not-found",
            Error,
            CONFIGURABLE,
            "a claim's framing marker does not appear in the paragraph of its quote",
        ),
        Code::StanceTopicNotListed => row!(
            StanceTopicNotListed,
            "stance-topic-not-listed",
            Error,
            CONFIGURABLE,
            "a claim takes a stance on a proposition whose topic it does not list",
        ),
        Code::CertaintyOnNeutral => row!(
            CertaintyOnNeutral,
            "certainty-on-neutral",
            Warning,
            CONFIGURABLE,
            "a neutral stance gives a certainty, which only a side taken can have",
        ),
        Code::StatementAfterArticle => row!(
            StatementAfterArticle,
            "statement-after-article",
            Error,
            CONFIGURABLE,
            "a claim's statement date is after its article's publication date",
        ),
        Code::StatementSpeakerMismatch => row!(
            StatementSpeakerMismatch,
            "statement-speaker-mismatch",
            Error,
            CONFIGURABLE,
            "claims tied into one statement name different speakers",
        ),
        Code::TranslationCycle => row!(
            TranslationCycle,
            "translation-cycle",
            Error,
            CONFIGURABLE,
            "`translation_of` links lead back to the claim they start from",
        ),
        Code::TranslationMismatch => row!(
            TranslationMismatch,
            "translation-mismatch",
            Error,
            CONFIGURABLE,
            "a translation names a statement other than its original's, or is in its original's language",
        ),
        Code::LanguageUndeclared => row!(
            LanguageUndeclared,
            "language-undeclared",
            Error,
            CONFIGURABLE,
            "a claim tied to a rendering in another language does not say its own language",
        ),
        Code::UnusedDefinition => row!(
            UnusedDefinition,
            "unused-definition",
            Warning,
            CONFIGURABLE,
            "an outlet, speaker, topic or proposition is defined but no claim uses it",
        ),
        Code::UnusedAllow => row!(
            UnusedAllow,
            "unused-allow",
            Warning,
            CONFIGURABLE,
            "an `allow` names a rule that does not exist, or one with no finding to silence in its definition",
        ),
        Code::UnusedSource => row!(
            UnusedSource,
            "unused-source",
            Warning,
            CONFIGURABLE,
            "a file under the seeds directory is the source of no article",
        ),
    }
}
