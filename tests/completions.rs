//! `crossclaim completions SHELL` through the real binary. The expected commands and flags come
//! from the clap definitions themselves, so a new flag needs no edit here; bash completion is
//! also run for real.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use clap::{CommandFactory, ValueEnum};
use crossclaim::cli::Cli;

fn crossclaim(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .output()
        .expect("run crossclaim");
    assert_eq!(output.status.code(), Some(0), "{args:?}");
    String::from_utf8(output.stdout).expect("UTF-8 script")
}

/// What a command line can complete to, per subcommand, as the clap definitions say.
struct Expected {
    command: String,
    flags: Vec<String>,
    option_values: Vec<String>,
    positional_values: Vec<String>,
}

fn expected() -> Vec<Expected> {
    Cli::command()
        .get_subcommands()
        .map(|command| {
            let mut expected = Expected {
                command: command.get_name().to_string(),
                flags: Vec::new(),
                option_values: Vec::new(),
                positional_values: Vec::new(),
            };
            for arg in command.get_arguments() {
                expected.flags.extend(arg.get_long().map(str::to_string));
                // A switch such as `--ids` has the values true and false only inside clap.
                if !arg.get_action().takes_values() {
                    continue;
                }
                let values = arg.get_possible_values().into_iter().map(|v| v.get_name().to_string());
                if arg.is_positional() {
                    expected.positional_values.extend(values);
                } else {
                    expected.option_values.extend(values);
                }
            }
            expected
        })
        .collect()
}

/// Every shell gets every command and flag. The values an option or positional argument takes
/// are completed as far as clap_complete's generator for that shell goes: all of them in bash
/// and zsh, those of options in fish, none in elvish and PowerShell.
#[test]
fn every_script_offers_every_command_and_flag_and_the_values_its_shell_supports() {
    let expected = expected();
    assert!(
        expected
            .iter()
            .any(|e| e.command == "check" && e.option_values.contains(&"json".to_string()))
    );
    assert!(
        expected
            .iter()
            .any(|e| e.command == "completions" && !e.positional_values.is_empty())
    );
    for (shell, option_values, positional_values) in [
        ("bash", true, true),
        ("zsh", true, true),
        ("fish", true, false),
        ("elvish", false, false),
        ("powershell", false, false),
    ] {
        let script = crossclaim(&["completions", shell]);
        for e in &expected {
            let mut words = vec![&e.command];
            words.extend(&e.flags);
            if option_values {
                words.extend(&e.option_values);
            }
            if positional_values {
                words.extend(&e.positional_values);
            }
            for word in words {
                assert!(
                    script.contains(word.as_str()),
                    "{shell}: no `{word}` for `{}`",
                    e.command
                );
            }
        }
    }
}

/// Runs the bash completion function on a command line whose last word is being completed.
fn bash_complete(words: &[&str]) -> Vec<String> {
    let script = r#"
source <("$CROSSCLAIM" completions bash)
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
_crossclaim crossclaim "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
printf '%s\n' "${COMPREPLY[@]}"
"#;
    let output = Command::new("bash")
        .args(["-c", script, "bash"])
        .args(words)
        .env("CROSSCLAIM", env!("CARGO_BIN_EXE_crossclaim"))
        .output()
        .expect("run bash");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_commands_flags_and_values() {
    let commands = bash_complete(&["crossclaim", ""]);
    for name in ["check", "schema", "completions", "man"] {
        assert!(commands.iter().any(|c| c == name), "{commands:?}");
    }
    assert_eq!(bash_complete(&["crossclaim", "check", "--fo"]), ["--format"]);
    let formats: Vec<String> = crossclaim::cli::DiagnosticFormat::value_variants()
        .iter()
        .filter_map(|v| v.to_possible_value())
        .map(|v| v.get_name().to_string())
        .collect();
    assert_eq!(bash_complete(&["crossclaim", "check", "--format", ""]), formats);
    assert!(bash_complete(&["crossclaim", "completions", ""]).contains(&"fish".to_string()));
}

/// The commands of `add` complete like the others, with their own flags and values.
#[test]
fn bash_completes_the_commands_of_add_and_their_flags() {
    let kinds = bash_complete(&["crossclaim", "add", ""]);
    for kind in ["article", "outlet", "speaker", "topic"] {
        assert!(kinds.iter().any(|k| k == kind), "{kinds:?}");
    }
    assert_eq!(bash_complete(&["crossclaim", "add", "article", "--ou"]), ["--outlet"]);
    let ownership = bash_complete(&["crossclaim", "add", "outlet", "x", "--ownership", ""]);
    assert!(ownership.contains(&"state-owned".to_string()), "{ownership:?}");
    assert_eq!(bash_complete(&["crossclaim", "rehash", "--dry"]), ["--dry-run"]);
    assert!(bash_complete(&["crossclaim", "quotes", "--format", ""]).contains(&"yaml".to_string()));
}
