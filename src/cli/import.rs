//! Arguments of `crossclaim import`.

use std::path::PathBuf;

use clap::{Args, Subcommand};

pub const IMPORT_EXIT_CODES: &str = "Exit codes:\n  0  every row imported, merged with another or already in the project; the project checks clean\n  1  some rows were refused (each is listed with its row and reason; the others were imported), or the project has errors\n  2  usage error, a mapping that does not fit the file, or a file that cannot be read or written; nothing is written";

pub const IMPORT_HELP: &str = "Each row is one outlet's article and its stance on a proposition. FIELD is one of topic, proposition, outlet, quote, body, url, date, stance; each is read from the column of its own name unless --column names another. Without a proposition column, the topic's text is the proposition. Stance labels for/against/observing (Emergent), agree/disagree/discuss/unrelated (FNC-1; unrelated rows are skipped) and supports/opposes/neutral are understood without a map. See docs/import.md.\n\nExample:\n  crossclaim import csv emergent.csv --column topic=claimHeadline --column outlet=source --column quote=articleHeadline --column stance=articleHeadlineStance --id emergent=articleId --into emergent";

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    pub what: ImportCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import a stance dataset from CSV: outlets, topics, propositions, articles with their sources, claims
    #[command(after_help = format!("{IMPORT_HELP}\n\n{IMPORT_EXIT_CODES}"))]
    Csv(ImportCsvArgs),
}

#[derive(Debug, Args)]
pub struct ImportCsvArgs {
    /// The CSV file: UTF-8, comma-separated, with a header row
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Read FIELD from COLUMN, e.g. `--column quote=headline` (repeatable)
    #[arg(long = "column", value_name = "FIELD=COLUMN")]
    pub columns: Vec<String>,
    /// What stance labels mean: LABEL=supports|opposes|neutral|skip, several joined by commas (repeatable)
    #[arg(long = "stance-map", value_name = "LABEL=STANCE,...")]
    pub stance_map: Vec<String>,
    /// Record each article's id in a dataset from COLUMN, e.g. `--id emergent=articleId` (repeatable)
    #[arg(long = "id", value_name = "DATASET=COLUMN")]
    pub ids: Vec<String>,
    /// A TOML file with the tables [columns], [stance-map] and [ids], in place of (or under) the flags
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// The project to import into, created if absent [default: the current project]
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
}
