//! Arguments of the curator's commands: `init`, `add`, `rehash` and `quotes`.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use clap_complete::ArgValueCandidates;

use crate::complete;

use crate::model::PartialDate;

use super::ProjectArgs;

pub const CURATE_EXIT_CODES: &str = "Exit codes:\n  0  done; every file written is listed\n  2  usage error, a finding that stops the command (shown as `check` shows it), or a file that cannot be read or written; nothing is written";

pub const REHASH_EXIT_CODES: &str = "Exit codes:\n  0  every changed source rehashed (or none changed), and every quote of their claims still anchors\n  1  rehashed, but some claims' quotes no longer anchor in their edited sources (listed)\n  2  usage error, claim files that do not load, or a source or file that cannot be read or written; nothing is written";

pub const QUOTES_EXIT_CODES: &str = "Exit codes:\n  0  the listing was printed\n  2  usage error, an unknown article, claim files that do not load, or a source that cannot be read";

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Directory of the new project, created if missing [default: the current directory]
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[command(subcommand)]
    pub what: AddCommand,
}

#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// Add an article: pin a stored source by its sha256 in claims/articles/ID.yaml
    #[command(after_help = CURATE_EXIT_CODES)]
    Article(AddArticleArgs),
    /// Add an outlet to claims/outlets.yaml
    #[command(after_help = CURATE_EXIT_CODES)]
    Outlet(AddOutletArgs),
    /// Add a speaker (a person or institution) to claims/speakers.yaml
    #[command(after_help = CURATE_EXIT_CODES)]
    Speaker(AddSpeakerArgs),
    /// Add a topic and its propositions to claims/topics.yaml
    #[command(after_help = CURATE_EXIT_CODES)]
    Topic(AddTopicArgs),
}

#[derive(Debug, Args)]
pub struct AddArticleArgs {
    /// The article's stored text, inside the project's seeds directory (or anywhere, with --copy)
    #[arg(value_name = "SOURCE")]
    pub source: PathBuf,
    /// Id of the outlet that published it
    #[arg(long, value_name = "ID", add = ArgValueCandidates::new(complete::outlets))]
    pub outlet: String,
    /// The article's id [default: a kebab-case slug of the outlet, the date and the title]
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The headline as printed [default: the source's first non-empty line]
    #[arg(long, value_name = "TITLE")]
    pub title: Option<String>,
    /// Publication date, no more precise than the source gives: YYYY, YYYY-MM, YYYY-MM-DD, unknown, or bounds such as "on or before 2014-09-05" [default: unknown]
    #[arg(long, value_name = "DATE", value_parser = PartialDate::parse)]
    pub published: Option<PartialDate>,
    /// Where the article was published
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The dateline exactly as printed (e.g. "SOCHI, October 23")
    #[arg(long, value_name = "DATELINE")]
    pub dateline: Option<String>,
    /// When the stored source was taken: YYYY-MM-DD, or an RFC 3339 time such as 2014-09-05T10:22:00Z
    #[arg(long, value_name = "WHEN")]
    pub captured: Option<String>,
    /// Copy SOURCE into the seeds directory first, when it is stored elsewhere
    #[arg(long)]
    pub copy: bool,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Debug, Args)]
pub struct AddOutletArgs {
    /// The outlet's id (kebab-case, e.g. `tass`)
    #[arg(value_name = "ID")]
    pub id: String,
    /// The outlet's name as it presents itself
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the country it is based in (e.g. RU), or `unknown`
    #[arg(long, value_name = "CC")]
    pub country: String,
    /// Who owns or funds it
    #[arg(long, value_enum, value_name = "OWNERSHIP")]
    pub ownership: OwnershipArg,
    /// Free text: broadcaster, news agency, newspaper, ...
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// The outlet's home page
    #[arg(long, value_name = "URL")]
    pub homepage: Option<String>,
    /// A web domain the outlet publishes under, e.g. tass.com (repeatable)
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OwnershipArg {
    /// owned by a state or its agencies
    StateOwned,
    /// privately owned but funded mainly by a state
    StateFunded,
    /// a public broadcaster with legal editorial independence
    PublicService,
    /// owned by private persons or companies
    Private,
    /// run by a nonprofit organisation
    Nonprofit,
    /// not established
    Unknown,
}

#[derive(Debug, Args)]
pub struct AddSpeakerArgs {
    /// The speaker's id (kebab-case, e.g. `dmitry-peskov`)
    #[arg(value_name = "ID")]
    pub id: String,
    /// The person's or institution's name
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Office or function, e.g. "Kremlin spokesman"
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,
    /// The government, party or organisation the speaker belongs to
    #[arg(long, value_name = "AFFILIATION")]
    pub affiliation: Option<String>,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Debug, Args)]
pub struct AddTopicArgs {
    /// The topic's id (kebab-case, e.g. `us-withdrawal`)
    #[arg(value_name = "ID")]
    pub id: String,
    /// A short neutral heading
    #[arg(long, value_name = "TITLE")]
    pub title: String,
    /// What the topic covers
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// A proposition claims can take a stance on, as ID="Neutral statement." (repeatable)
    #[arg(long = "proposition", value_name = "ID=TEXT", value_parser = parse_proposition)]
    pub propositions: Vec<(String, String)>,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Debug, Args)]
pub struct RehashArgs {
    /// Articles to rehash [default: every article whose source changed]
    #[arg(value_name = "ARTICLE-ID", add = ArgValueCandidates::new(complete::articles))]
    pub articles: Vec<String>,
    /// Show what would change without writing
    #[arg(long)]
    pub dry_run: bool,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Debug, Args)]
pub struct QuotesArgs {
    /// The article whose source to read [default: one coverage line per article]
    #[arg(value_name = "ARTICLE-ID", add = ArgValueCandidates::new(complete::articles))]
    pub article: Option<String>,
    /// List only what no claim covers yet
    #[arg(long)]
    pub uncovered: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = QuotesFormat::Human)]
    pub format: QuotesFormat,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QuotesFormat {
    /// one line per quotation or reported sentence, then the coverage
    Human,
    /// claim stubs for what no claim covers, to paste under `claims:`
    Yaml,
    /// one JSON document (see docs/curating.md)
    Json,
}

/// `ID=TEXT`, split at the first `=`.
fn parse_proposition(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((id, statement)) if !id.trim().is_empty() && !statement.trim().is_empty() => {
            Ok((id.trim().to_string(), statement.trim().to_string()))
        }
        _ => Err(format!(
            "`{text}` is not ID=TEXT, e.g. us-forces-will-leave-syria=\"US forces will leave Syria.\""
        )),
    }
}
