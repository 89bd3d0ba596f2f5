//! Shell completion through the real binary. The scripts call crossclaim back as the user
//! types, so what is tested is what the binary answers: every command and flag (taken from the
//! clap definitions themselves, so a new flag needs no edit here), every value an option takes,
//! and the ids of the project in the current directory. Bash completion is also run for real.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use clap::CommandFactory;
use crossclaim::cli::Cli;

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What crossclaim answers a shell asking for the completions of `line` (its last word being
/// typed), from `dir`, one candidate per line, in fish's form without the descriptions.
fn complete(dir: &Path, line: &[&str]) -> Vec<String> {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .arg("--")
        .args(line)
        .env("COMPLETE", "fish")
        .current_dir(dir)
        .output()
        .expect("run crossclaim");
    assert_eq!(output.status.code(), Some(0), "{line:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| line.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn every_shell_gets_a_script_that_asks_crossclaim() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
            .args(["completions", shell])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(output.stdout).unwrap();
        assert!(script.contains("crossclaim"), "{shell}: {script}");
        assert!(
            script.contains("COMPLETE") && script.contains(shell),
            "{shell}: {script}"
        );
    }
}

/// Every command, and each command's every flag and every value its options list.
#[test]
fn every_command_flag_and_listed_value_completes() {
    let dir = repository();
    let commands = complete(&dir, &["crossclaim", ""]);
    for command in Cli::command().get_subcommands() {
        let name = command.get_name().to_string();
        assert!(commands.contains(&name), "no `{name}` in {commands:?}");
        let flags = complete(&dir, &["crossclaim", &name, "--"]);
        for arg in command.get_arguments().filter(|arg| !arg.is_hide_set()) {
            let Some(long) = arg.get_long() else { continue };
            assert!(flags.contains(&format!("--{long}")), "{name}: no --{long} in {flags:?}");
            let listed: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|value| !value.is_hide_set())
                .map(|value| value.get_name().to_string())
                .collect();
            if !listed.is_empty() && arg.get_action().takes_values() {
                assert_eq!(complete(&dir, &["crossclaim", &name, &format!("--{long}"), ""]), listed);
            }
        }
    }
    assert_eq!(complete(&dir, &["crossclaim", "check", "--fo"]), ["--format"]);
}

/// The ids of the project in the current directory, from any directory in it.
#[test]
fn ids_come_from_the_project_in_the_current_directory() {
    let bundled = repository().join("claims/articles");
    let topics = complete(&bundled, &["crossclaim", "coverage", "--topic", "ku"]);
    assert_eq!(topics, ["kurds"]);
    let listed = complete(&bundled, &["crossclaim", "compare", "--topic", "kurds,oil"]);
    assert_eq!(listed, ["kurds,oil-and-resources"]);
    let harbour = repository().join("tests/cases/fixtures/harbour");
    let outlets = complete(&harbour, &["crossclaim", "report", "--outlet", ""]);
    assert!(
        !outlets.is_empty() && outlets.iter().all(|o| !o.starts_with('-')),
        "{outlets:?}"
    );
    // Outside any project there is no id to complete (only the flags), and no error.
    let empty = tempfile::tempdir().unwrap();
    let offered = complete(empty.path(), &["crossclaim", "show", ""]);
    assert!(offered.iter().all(|o| o.starts_with("--")), "{offered:?}");
}

/// Runs the bash completion function that `crossclaim completions bash` registers, on a
/// command line whose last word is being completed, with crossclaim on the PATH.
fn bash_complete(dir: &Path, words: &[&str]) -> Vec<String> {
    let script = r#"
source <(crossclaim completions bash)
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMP_TYPE=9
_clap_complete_crossclaim crossclaim "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let bin = Path::new(env!("CARGO_BIN_EXE_crossclaim")).parent().unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let output = Command::new("bash")
        .args(["-c", script, "bash"])
        .args(words)
        .env("PATH", path)
        .current_dir(dir)
        .output()
        .expect("run bash");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|line| !line.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_commands_flags_values_and_ids() {
    let dir = repository();
    let commands = bash_complete(&dir, &["crossclaim", ""]);
    for name in ["check", "schema", "completions", "man", "add"] {
        assert!(commands.iter().any(|c| c == name), "{commands:?}");
    }
    assert_eq!(bash_complete(&dir, &["crossclaim", "check", "--fo"]), ["--format"]);
    assert_eq!(
        bash_complete(&dir, &["crossclaim", "check", "--format", ""]),
        ["human", "json", "github", "sarif"]
    );
    assert_eq!(
        bash_complete(&dir, &["crossclaim", "add", "article", "--ou"]),
        ["--outlet"]
    );
    assert_eq!(
        bash_complete(&dir, &["crossclaim", "add", "article", "x", "--outlet", ""]),
        ["presstv", "tass"]
    );
    assert_eq!(
        bash_complete(&dir, &["crossclaim", "quotes", "tass"]),
        ["tass-2019-10-23-peskov-foreign-troops"]
    );
    assert_eq!(
        bash_complete(&dir, &["crossclaim", "check", "--deny", "w"]),
        ["warnings"]
    );
}
