//! Arguments of the comparison views: `compare`, `coverage`, `conflicts` and `show`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::model::PartialDate;

use super::{ColorChoice, ProjectArgs};

pub const VIEW_EXIT_CODES: &str = "Exit codes:\n  0  the view was printed (an empty selection prints a note on stderr)\n  1  the claim files have errors; run `crossclaim check`\n  2  usage error, an unknown id, a path that does not exist, an unreadable file, or an invalid crossclaim.toml";

pub const DATE_RULE: &str = "Dates: the date of a claim is the date of the statement if the article gives one, else the date of the article. Dates keep their precision (2021, 2021-06, 2021-06-22). A claim is left out only when its date is certainly outside the range: an article dated only 2021 is inside --since 2021-06 and --until 2021-03, but not --since 2022. Claims with unknown dates are always kept.";

pub const VERDICTS: &str = "Stances: ▲ supports · ▼ opposes · ● neutral\n\nVerdicts (only supports and opposes take a side; neutral counts as coverage):\n  disagree              outlets take opposite sides (\"also within X\": X carries both)\n  mixed within X        only X takes sides, and it carries both\n  only X                X is the only outlet with claims on the proposition\n  X ▲, others neutral   several outlets cover it, only X takes a side\n  no side taken         several outlets cover it, none takes a side\n  agree ▲ / agree ▼     several outlets take a side, all the same one";

/// Where the claims are, which of them to show, and how.
#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Claim files or directories [default: claims/]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Filters (repeat a flag or separate ids by commas for either of several)")]
pub struct FilterArgs {
    /// Only claims on this topic, and only its table
    #[arg(long = "topic", value_name = "ID", value_delimiter = ',')]
    pub topics: Vec<String>,
    /// Only claims reported by this outlet
    #[arg(long = "outlet", value_name = "ID", value_delimiter = ',')]
    pub outlets: Vec<String>,
    /// Only claims by this speaker
    #[arg(long = "speaker", value_name = "ID", value_delimiter = ',')]
    pub speakers: Vec<String>,
    /// Only claims taking a stance on this proposition, and only its row
    #[arg(long = "proposition", value_name = "ID", value_delimiter = ',')]
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

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Rows and columns: topic (propositions x outlets) or speaker (speakers x topics)
    #[arg(long, value_enum, default_value_t = CompareBy::Topic)]
    pub by: CompareBy,
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub text: ClaimTextArgs,
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Debug, Args)]
pub struct ConflictsArgs {
    #[command(flatten)]
    pub view: ViewArgs,
    #[command(flatten)]
    pub text: ClaimTextArgs,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The claim's id
    #[arg(value_name = "CLAIM-ID")]
    pub claim: String,
    /// Claim files or directories [default: claims/]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
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

/// `--since` and `--until` take a year, a month or a day: a range's ends are not themselves
/// unknown or bounded.
fn parse_range_date(text: &str) -> Result<PartialDate, String> {
    match PartialDate::parse(text).ok().and_then(PartialDate::point) {
        Some(point) => Ok(point.into()),
        None => Err(format!("`{text}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")),
    }
}
