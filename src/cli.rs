//! Command-line definitions. Parsing only; the commands live in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "crossclaim",
    version,
    about = "Check curated claim files against their source articles and compare what news outlets report"
)]
#[command(propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check claim files: references, quotes against their sources, duplicates, source hashes
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// List every rule: its code, default severity and what it checks
    Rules(RulesArgs),
}

pub const EXIT_CODES: &str = "Exit codes:\n  0  no errors (warnings allowed unless --deny warnings)\n  1  errors found, or warnings under --deny warnings\n  2  usage error, a path that does not exist, an unreadable file, or an invalid crossclaim.toml";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Claim files or directories to check [default: claims/]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,
    /// Fail on warnings too
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<DenyLevel>,
    /// When to colour the output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Args, Clone)]
pub struct ProjectArgs {
    /// Project root that article sources are relative to [default: the directory holding crossclaim.toml, else the one holding claims/]
    #[arg(long, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Configuration file [default: crossclaim.toml here or in the nearest parent, up to a directory holding claims/ or .git]
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// aligned columns: code, default severity, description
    Table,
    /// one JSON object per rule per line
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// rustc-style text with the offending lines
    Human,
    /// one JSON object per diagnostic per line
    Json,
    /// GitHub Actions workflow commands: annotations on the files and lines
    Github,
    /// a SARIF 2.1.0 log, for code scanning
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// make warnings fail the check
    Warnings,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
