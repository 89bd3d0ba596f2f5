//! Arguments of `crossclaim export`.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::ProjectArgs;

pub const EXPORT_EXIT_CODES: &str = "Exit codes:\n  0  the export was written\n  1  the claim files have errors; run `crossclaim check`\n  2  usage error (e.g. sqlite without --output), a path that does not exist, an unreadable file, an invalid crossclaim.toml, or an output that cannot be written";

pub const EXPORT_HELP: &str = "Only a project whose claims check without errors is exported (warnings are allowed). Text formats go to standard output unless --output is given; with --output the file is written whole or not at all, and what was written is said on standard error. Formats and their fields are described in docs/export.md.";

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Claim files or directories [default: claims/]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// The format to export to
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Write to FILE (replaced atomically) instead of standard output; required for sqlite
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// schema.org JSON-LD: a Claim per claim, its NewsArticle, publisher and speaker
    Jsonld,
    /// W3C Web Annotations (JSON-LD): each claim's passage by quote and by position
    Annotations,
    /// the actor network (speakers, outlets, propositions) as GraphML
    Graphml,
    /// the actor network as GEXF 1.3, for Gephi
    Gexf,
    /// one row per claim and stance, every attribute, for spreadsheets, pandas or R
    Csv,
    /// the CSV rows as JSON Lines: one JSON object per line
    Jsonl,
    /// an SQLite database with a table per kind of definition, keys and foreign keys
    Sqlite,
}

impl ExportFormat {
    /// The name as typed on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Jsonld => "jsonld",
            ExportFormat::Annotations => "annotations",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Gexf => "gexf",
            ExportFormat::Csv => "csv",
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Sqlite => "sqlite",
        }
    }
}
