//! Command-line definitions. Parsing only; the commands live in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod views;
pub use views::*;

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
    /// Compare outlets side by side: per topic, who said what on each proposition
    #[command(after_help = format!("{VERDICTS}\n\n{DATE_RULE}\n\n{VIEW_EXIT_CODES}"))]
    Compare(CompareArgs),
    /// Count the claims of each outlet per topic, showing the topics an outlet never mentions
    #[command(after_help = format!("{DATE_RULE}\n\n{VIEW_EXIT_CODES}"))]
    Coverage(CoverageArgs),
    /// List the propositions that some claims support and others oppose
    #[command(after_help = format!("{VERDICTS}\n\n{DATE_RULE}\n\n{VIEW_EXIT_CODES}"))]
    Conflicts(ConflictsArgs),
    /// Show a claim with its passage in the source article
    #[command(after_help = VIEW_EXIT_CODES)]
    Show(ShowArgs),
    /// Write one self-contained HTML page: overview and coverage heatmap, topics, conflicts, and articles with their claimed passages marked
    #[command(after_help = format!("{REPORT_HELP}\n\n{DATE_RULE}\n\n{REPORT_EXIT_CODES}"))]
    Report(ReportArgs),
    /// List every rule: its code, default severity and what it checks
    Rules(RulesArgs),
    /// Print the JSON Schema of claim files, for editors and validators
    Schema,
    /// Print a shell completion script
    #[command(after_help = COMPLETIONS_HELP)]
    Completions(CompletionsArgs),
    /// Print a man page in roff
    #[command(after_help = MAN_HELP)]
    Man(ManArgs),
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

pub const COMPLETIONS_HELP: &str = "Examples:\n  crossclaim completions bash > ~/.local/share/bash-completion/completions/crossclaim\n  crossclaim completions zsh > ~/.zfunc/_crossclaim\n  crossclaim completions fish > ~/.config/fish/completions/crossclaim.fish";

pub const MAN_HELP: &str =
    "Examples:\n  crossclaim man | man -l -\n  crossclaim man check > ~/.local/share/man/man1/crossclaim-check.1";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Print the page of this command (e.g. `check`) instead of the overview
    #[arg(value_parser = existing_command)]
    pub command: Option<String>,
}

/// Accepts the name of a crossclaim command; checked at parse time against the definitions
/// above so the list cannot go stale.
fn existing_command(name: &str) -> Result<String, String> {
    let cli = <Cli as clap::CommandFactory>::command();
    let names: Vec<&str> = cli.get_subcommands().map(|c| c.get_name()).collect();
    if names.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(format!("no command `{name}`; the commands are {}", names.join(", ")))
    }
}
