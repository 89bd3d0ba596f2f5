//! Arguments of the comparison views: `compare`, `coverage`, `conflicts` and `show`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use clap_complete::ArgValueCandidates;

use crate::complete;

use crate::model::PartialDate;

use super::{ColorChoice, ProjectArgs};

pub const VIEW_EXIT_CODES: &str = "Claim files with findings: the view shows what loaded, a line on stderr counts the errors and warnings, and every claim with an error is marked ✗. --strict stops on errors instead.\n\nExit codes:\n  0  the view was printed, findings or not (an empty selection prints a note on stderr)\n  1  with --strict: the claim files have errors, printed on stderr; run `crossclaim check`\n  2  usage error, an unknown id, a path that does not exist or holds no claim file, or an invalid crossclaim.toml";

pub const REPORT_EXIT_CODES: &str = "Claim files with findings: the page shows what loaded, a line on stderr counts the errors and warnings, and every claim with an error is marked ✗. --strict stops on errors instead.\n\nExit codes:\n  0  the page was written, findings or not (an empty selection prints a note on stderr)\n  1  with --strict: the claim files have errors, printed on stderr; run `crossclaim check`\n  2  usage error, an unknown id, a path that does not exist or holds no claim file, an invalid crossclaim.toml, or an output file that cannot be written";

pub const REPORT_HELP: &str = "The page needs no network and no other file: its style and script are inline, and it reads in full without JavaScript (which only adds a filter). Topic tables follow --layout; auto lays them out as a 160-column terminal would.\n\nExamples:\n  crossclaim report --output report.html\n  crossclaim report --topic kurds --title \"The Kurds\" > kurds.html";

pub const DATE_RULE: &str = "Dates: the date of a claim is the date of the statement if the article gives one, else the date of the article. Dates keep their precision (2021, 2021-06, 2021-06-22). A claim is left out only when its date is certainly outside the range: an article dated only 2021 is inside --since 2021-06 and --until 2021-03, but not --since 2022. Claims with unknown dates are always kept.";

pub const VERDICTS: &str = "Stances: ▲ supports · ▼ opposes · ● neutral\n\nVerdicts (only supports and opposes take a side; neutral counts as coverage):\n  disagree              outlets take opposite sides (\"also within X\": X carries both)\n  mixed within X        only X takes sides, and it carries both\n  only X                X is the only outlet with claims on the proposition\n  X ▲, others neutral   several outlets cover it, only X takes a side\n  no side taken         several outlets cover it, none takes a side\n  agree ▲ / agree ▼     several outlets take a side, all the same one";

/// Where the claims are, which of them to show, and how.
#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Claim files or directories whose claims to show [default: the project's claims]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Stop on errors in the claim files instead of showing what loaded
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Filters (repeat a flag or separate values by commas for either of several)")]
pub struct FilterArgs {
    /// Only claims on this topic (its id, or its title in any case), and only its table
    #[arg(long = "topic", value_name = "TOPIC", value_delimiter = ',', add = ArgValueCandidates::new(complete::topics))]
    pub topics: Vec<String>,
    /// Only claims reported by this outlet (its id, or its name in any case)
    #[arg(long = "outlet", value_name = "OUTLET", value_delimiter = ',', add = ArgValueCandidates::new(complete::outlets))]
    pub outlets: Vec<String>,
    /// Only claims by this speaker (its id, or its name in any case)
    #[arg(long = "speaker", value_name = "SPEAKER", value_delimiter = ',', add = ArgValueCandidates::new(complete::speakers))]
    pub speakers: Vec<String>,
    /// Only claims taking a stance on this proposition (its id, or its text in any case), and only its row
    #[arg(long = "proposition", value_name = "PROPOSITION", value_delimiter = ',', add = ArgValueCandidates::new(complete::propositions))]
    pub propositions: Vec<String>,
    /// Leave out claims certainly dated before DATE (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_range_date)]
    pub since: Option<PartialDate>,
    /// Leave out claims certainly dated after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_range_date)]
    pub until: Option<PartialDate>,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = ViewFormat::Table)]
    pub format: ViewFormat,
    /// Table width in columns [default: $COLUMNS, else the terminal's width, else 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(30..))]
    pub width: Option<u16>,
}

/// How a claim reads in a cell.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct ClaimTextArgs {
    /// Show each claim's summary instead of its words as printed
    #[arg(long)]
    pub summary: bool,
    /// Show each claim's id (for `crossclaim show`)
    #[arg(long)]
    pub ids: bool,
}

/// Which way tables run.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output")]
pub struct LayoutArgs {
    /// Tables with a column per outlet, a row per outlet, or columns when they fit the width [with --by speaker: per topic]
    #[arg(long, value_enum, default_value_t = LayoutChoice::Auto)]
    pub layout: LayoutChoice,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Rows and columns: topic (propositions x outlets) or speaker (speakers x topics)
    #[arg(long, value_enum, default_value_t = CompareBy::Topic)]
    pub by: CompareBy,
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub text: ClaimTextArgs,
    #[command(flatten)]
    pub layout: LayoutArgs,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub outlets: CoverageOutletArgs,
    #[command(flatten)]
    pub layout: LayoutArgs,
    /// In CSV, also write a row for every topic an outlet never mentions
    #[arg(long, help_heading = "Output")]
    pub zeros: bool,
}

/// Which outlets `coverage` shows, and in which order.
#[derive(Debug, Args)]
#[command(next_help_heading = "Outlets")]
pub struct CoverageOutletArgs {
    /// Only outlets with at least N claims in the selection
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_claims: usize,
    /// Only the N outlets with the most claims (ties in the order the claim files define them)
    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub top: Option<usize>,
    /// Order of the outlets [default: the order the claim files define them]
    #[arg(long, value_enum, value_name = "ORDER")]
    pub sort: Option<OutletSort>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutletSort {
    /// most claims first
    Claims,
    /// by name, ignoring case
    Name,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LayoutChoice {
    /// columns when they fit the width, else rows
    Auto,
    /// one column per outlet (or per topic)
    Columns,
    /// one row per outlet (or per speaker) with its claims beside it
    Rows,
}

/// `crossclaim report`: where the claims are, which of them, and where the page goes.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Claim files or directories whose claims to show [default: the project's claims]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Stop on errors in the claim files instead of showing what loaded
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Write the page to FILE (replaced whole, never half-written) instead of standard output
    #[arg(long, short = 'o', value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,
    /// The page's title
    #[arg(
        long,
        value_name = "TEXT",
        default_value = "What the outlets report",
        help_heading = "Output"
    )]
    pub title: String,
    /// Topic tables with a column per outlet, a row per outlet, or columns when they fit 160 columns
    #[arg(long, value_enum, default_value_t = LayoutChoice::Auto, help_heading = "Output")]
    pub layout: LayoutChoice,
}

#[derive(Debug, Args)]
pub struct ConflictsArgs {
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub text: ClaimTextArgs,
}

#[derive(Debug, Args)]
pub struct FramingArgs {
    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Debug, Args)]
pub struct VersionsArgs {
    /// Only this statement (the `statement` id its claims share); `crossclaim versions ID` says the same
    #[arg(long, value_name = "ID")]
    pub statement: Option<String>,
    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The claim's id
    #[arg(value_name = "CLAIM-ID", add = ArgValueCandidates::new(complete::claims))]
    pub claim: String,
    /// A claim file or directory of the project [default: the current directory's project]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Stop on errors in the claim files instead of showing the claim
    #[arg(long)]
    pub strict: bool,
    /// Lines of the source to show before and after the passage
    #[arg(long, short = 'C', value_name = "LINES", default_value_t = 2)]
    pub context: usize,
    /// Output format
    #[arg(long, value_enum, default_value_t = ShowFormat::Human)]
    pub format: ShowFormat,
    /// Wrap long lines at N columns [default: $COLUMNS, else the terminal's width, else 100]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(30..))]
    pub width: Option<u16>,
    /// When to colour the passage
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareBy {
    /// one table per topic: a row per proposition, a column per outlet
    Topic,
    /// one table: a row per speaker, a column per topic
    Speaker,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
    /// tables that fit the terminal
    Table,
    /// GitHub-flavoured Markdown tables
    Markdown,
    /// one JSON document (see docs/compare.md)
    Json,
    /// one row per claim in a cell (per cell for coverage)
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// the passage with line numbers, the quote marked
    Human,
    /// a block quote with the quote in bold
    Markdown,
    /// one JSON document (see docs/compare.md)
    Json,
}

/// A count that must be at least 1.
fn at_least_one(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("`{text}` is not a whole number of at least 1")),
    }
}

/// `--since` and `--until` take a year, a month or a day: a range's ends are not themselves
/// unknown or bounded.
fn parse_range_date(text: &str) -> Result<PartialDate, String> {
    match PartialDate::parse(text).ok().and_then(PartialDate::point) {
        Some(point) => Ok(point.into()),
        None => Err(format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    }
}

pub const FRAMING_HELP: &str = "Classes (the lexicon, docs/framing.md; the [framing] table of crossclaim.toml adds or reclasses cues):\n  endorsing    presents the words as true or firmly held: confirmed, pointed out, stressed\n  neutral      reports the words: said, told, added, according to\n  distancing   casts doubt: claimed, alleged, insisted, so-called, purportedly, scare quotes\n  other        concessive, belief, directive, warning, denial; unclassed verbs; no verb\n\nAn asymmetry: the outlet frames one affiliation's words with distancing cues and another's, with endorsing or neutral ones, never. Narration is left out: it has no speaker to frame.";

pub const VERSIONS_HELP: &str = "Each statement (the claims that share a statement id, with their translations) is shown with every rendering: outlet, where it sits, the verb and its class, the date, and the words. The longest rendering is the base; each other rendering in the same language is diffed against it word by word, over normalized text (Unicode NFC, whitespace, quote marks; case and the punctuation around words ignored):\n  [-words-]          in the base, dropped here\n  {+words+}          added here\n  [-old-]{+new+}     substituted\n  […-words-]          in the base, stood for by an ellipsis here\nA rendering in another language is linked to the claim it translates, not diffed. Without --statement, statements with one selected rendering are left out.";
