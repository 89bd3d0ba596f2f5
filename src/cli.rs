//! Command-line definitions. Parsing only; the commands live in `commands/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::ArgValueCandidates;

use crate::complete;
use crate::config::RuleLevel;
use crate::diagnostic::Code;
use crate::project::Request;

mod curate;
mod export;
mod import;
mod views;
pub use curate::*;
pub use export::*;
pub use import::*;
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
    #[command(after_help = format!("{CHECK_HELP}\n\n{EXIT_CODES}"))]
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
    /// Show how each outlet frames each side: its reporting verbs and markers by class, per speaker and affiliation
    #[command(after_help = format!("{FRAMING_HELP}\n\n{DATE_RULE}\n\n{VIEW_EXIT_CODES}"))]
    Framing(FramingArgs),
    /// Show the renderings of one statement across articles and outlets, diffed word by word
    #[command(after_help = format!("{VERSIONS_HELP}\n\n{DATE_RULE}\n\n{VIEW_EXIT_CODES}"))]
    Versions(VersionsArgs),
    /// Show a claim with its passage in the source article
    #[command(after_help = VIEW_EXIT_CODES)]
    Show(ShowArgs),
    /// Write one self-contained HTML page: overview and coverage heatmap, topics, conflicts, and articles with their claimed passages marked
    #[command(after_help = format!("{REPORT_HELP}\n\n{DATE_RULE}\n\n{REPORT_EXIT_CODES}"))]
    Report(ReportArgs),
    /// Export the claims to JSON-LD, Web Annotations, GraphML, GEXF, CSV, JSON Lines or SQLite
    #[command(after_help = format!("{EXPORT_HELP}\n\n{EXPORT_EXIT_CODES}"))]
    Export(ExportArgs),
    /// Import a stance dataset (CSV) as a project: outlets, topics, articles with their sources, claims
    #[command(disable_help_subcommand = true)]
    Import(ImportArgs),
    /// List every rule: its code, default severity and what it checks; or explain one rule
    #[command(after_help = RULES_HELP)]
    Rules(RulesArgs),
    /// Print the JSON Schema of claim files, for editors and validators
    Schema,
    /// Print a shell completion script that completes commands, flags and the ids of the project
    #[command(after_help = COMPLETIONS_HELP)]
    Completions(CompletionsArgs),
    /// Print a man page in roff
    #[command(after_help = MAN_HELP)]
    Man(ManArgs),
    /// Start a project: crossclaim.toml, claims/ with commented examples, seeds/, the schema
    #[command(after_help = CURATE_EXIT_CODES)]
    Init(InitArgs),
    /// Add an article, outlet, speaker or topic, keeping every other byte of the files
    #[command(disable_help_subcommand = true)]
    Add(AddArgs),
    /// Record the new sha256 of edited sources, and name the claims the edits broke
    #[command(after_help = REHASH_EXIT_CODES)]
    Rehash(RehashArgs),
    /// List the quotations and reported speech in a source, and which of them claims cover
    #[command(after_help = QUOTES_EXIT_CODES)]
    Quotes(QuotesArgs),
}

pub const EXIT_CODES: &str = "Exit codes:\n  0  no errors (warnings allowed unless --deny warnings)\n  1  errors found, or warnings under --deny warnings\n  2  usage error, a path that does not exist or holds no claim file, an unreadable file, or an invalid crossclaim.toml";

pub const CHECK_HELP: &str = "Named files are checked in the context of their project: every claim file of the project is loaded, so references to definitions elsewhere resolve, and the findings in the named files (or pointing into them) are reported.\n\nExamples:\n  crossclaim check                                    the whole project, from any directory in it\n  crossclaim check claims/articles/tass.yaml          one file\n  crossclaim check - --stdin-filename claims/x.yaml   an unsaved buffer, as if it were that file\n  crossclaim check --warn quote-ambiguous --deny unused-definition";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Claim files or directories to check; `-` reads one from standard input [default: the project's claims]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub project: ProjectArgs,
    /// The claim file standard input stands for (with `-` among the paths): findings name it, and the project is found from it
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub format: DiagnosticFormat,
    /// Report RULE's findings as errors; `--deny warnings` fails the check on any warning (repeatable)
    #[arg(long, value_name = "RULE", value_parser = deny_value, help_heading = "Rules", add = ArgValueCandidates::new(complete::deny))]
    pub deny: Vec<Deny>,
    /// Report RULE's findings as warnings (repeatable)
    #[arg(long, value_name = "RULE", value_parser = rule_value, help_heading = "Rules", add = ArgValueCandidates::new(complete::configurable_rules))]
    pub warn: Vec<Code>,
    /// Turn RULE off: its findings are not reported (repeatable)
    #[arg(long, value_name = "RULE", value_parser = rule_value, help_heading = "Rules", add = ArgValueCandidates::new(complete::configurable_rules))]
    pub allow: Vec<Code>,
    /// The severities --deny, --warn and --allow set, in the order given (a later one wins)
    #[arg(skip)]
    pub levels: Vec<(Code, RuleLevel)>,
    /// Also report findings in files not named, such as a definition the named files no longer use
    #[arg(long, help_heading = "Output")]
    pub all_findings: bool,
    /// Also show the findings that an `allow:` in the claim files silences
    #[arg(long, help_heading = "Output")]
    pub show_allowed: bool,
    /// Print only the findings, and the summary line only when the check fails
    #[arg(long, short, help_heading = "Output")]
    pub quiet: bool,
    /// When to colour the output
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, help_heading = "Output")]
    pub color: ColorChoice,
}

/// What `--deny` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deny {
    /// `--deny warnings`: any warning fails the check.
    Warnings,
    Rule(Code),
}

fn deny_value(text: &str) -> Result<Deny, String> {
    if text == "warnings" {
        return Ok(Deny::Warnings);
    }
    rule_value(text).map(Deny::Rule)
}

/// A rule whose severity may be changed, by its code.
fn rule_value(text: &str) -> Result<Code, String> {
    let Some(rule) = crate::rules::find(text) else {
        let close = crate::suggest::did_you_mean(text, crate::rules::all().map(|rule| rule.name));
        return Err(match close {
            Some(close) => format!("no rule `{text}`; did you mean `{close}`? `crossclaim rules` lists every rule"),
            None => format!("no rule `{text}`; `crossclaim rules` lists every rule"),
        });
    };
    if !rule.configurable {
        return Err(format!(
            "the severity of `{text}` cannot be changed: it reports that crossclaim could not read its input"
        ));
    }
    Ok(rule.code)
}

impl CheckArgs {
    /// Whether `--deny warnings` was given.
    pub fn deny_warnings(&self) -> bool {
        self.deny.contains(&Deny::Warnings)
    }
}

/// Parses the command line, then orders the severities `check` was given as they were typed,
/// which clap keeps per flag only.
pub fn parse(args: impl IntoIterator<Item = impl Into<std::ffi::OsString> + Clone>) -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let matches = Cli::command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    if let (Command::Check(check), Some(("check", sub))) = (&mut cli.command, matches.subcommand()) {
        check.levels = levels_in_order(check, sub);
    }
    Ok(cli)
}

fn levels_in_order(check: &CheckArgs, matches: &clap::ArgMatches) -> Vec<(Code, RuleLevel)> {
    let at = |id: &str| -> Vec<usize> { matches.indices_of(id).map(Iterator::collect).unwrap_or_default() };
    let mut levels: Vec<(usize, Code, RuleLevel)> = Vec::new();
    for (deny, index) in check.deny.iter().zip(at("deny")) {
        if let Deny::Rule(code) = deny {
            levels.push((index, *code, RuleLevel::Error));
        }
    }
    levels.extend(
        check
            .warn
            .iter()
            .zip(at("warn"))
            .map(|(code, i)| (i, *code, RuleLevel::Warning)),
    );
    levels.extend(
        check
            .allow
            .iter()
            .zip(at("allow"))
            .map(|(code, i)| (i, *code, RuleLevel::Off)),
    );
    levels.sort_by_key(|(index, _, _)| *index);
    levels.into_iter().map(|(_, code, level)| (code, level)).collect()
}

#[derive(Debug, Args, Clone)]
pub struct ProjectArgs {
    /// Project root that article sources are relative to [default: the nearest directory, from the first path named or the current one upwards, that holds crossclaim.toml or claims/]
    #[arg(long, value_name = "DIR", value_parser = existing_directory)]
    pub root: Option<PathBuf>,
    /// Configuration file [default: the project root's crossclaim.toml]
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore crossclaim.toml: default claim paths and severities
    #[arg(long)]
    pub no_config: bool,
    /// Leave out claim files and directories matching GLOB: a name at any depth (`drafts`) or a path from the project root (`claims/archive/**`) (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
}

impl ProjectArgs {
    /// The project these flags and the named paths ask for.
    pub fn request(&self, paths: &[PathBuf]) -> Request {
        Request {
            paths: paths.to_vec(),
            root: self.root.clone(),
            config: self.config.clone(),
            no_config: self.no_config,
            exclude: self.exclude.clone(),
            ..Request::default()
        }
    }
}

pub const RULES_HELP: &str = "Examples:\n  crossclaim rules                    every rule, one per line\n  crossclaim rules quote-not-found    what the rule checks, why, examples and how to fix it\n\nExit codes:\n  0  printed\n  2  no rule of that name, or a usage error";

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A rule to explain (e.g. `quote-not-found`): what it checks, why it matters, a failing and a passing example, how to fix it
    #[arg(value_name = "CODE", add = ArgValueCandidates::new(complete::rules))]
    pub code: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// aligned columns: code, default severity, description; with a CODE, its explanation as Markdown text
    Table,
    /// one JSON object per rule per line; with a CODE, one object with its explanation
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
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub const COMPLETIONS_HELP: &str = "Examples:\n  crossclaim completions bash > ~/.local/share/bash-completion/completions/crossclaim\n  source <(crossclaim completions zsh)   # in ~/.zshrc\n  crossclaim completions fish > ~/.config/fish/completions/crossclaim.fish";

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
    let mut names: Vec<String> = Vec::new();
    for command in cli.get_subcommands() {
        names.push(command.get_name().to_string());
        // A command's own commands have pages too: `add-article` for `crossclaim add article`.
        names.extend(
            command
                .get_subcommands()
                .map(|sub| format!("{}-{}", command.get_name(), sub.get_name())),
        );
    }
    if names.iter().any(|known| known == name) {
        Ok(name.to_string())
    } else {
        Err(format!("no command `{name}`; the commands are {}", names.join(", ")))
    }
}

/// Accepts a path to a directory that exists: every source is looked up under the root, so a
/// mistyped root would otherwise be reported as every source missing.
fn existing_directory(path: &str) -> Result<PathBuf, String> {
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => Ok(PathBuf::from(path)),
        Ok(_) => Err(format!("`{path}` is not a directory")),
        Err(error) => Err(format!("no directory `{path}`: {}", error.to_string().to_lowercase())),
    }
}
