//! `crossclaim man [COMMAND]` through the real binary: an overview page naming one page per
//! command, and per-command pages documenting every flag and value the clap definitions have.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use clap::CommandFactory;
use crossclaim::cli::Cli;

fn man(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .arg("man")
        .args(args)
        .output()
        .expect("run crossclaim");
    assert_eq!(output.status.code(), Some(0), "{args:?}");
    String::from_utf8(output.stdout).expect("UTF-8 roff")
}

/// roff escapes hyphens.
fn roff(text: &str) -> String {
    text.replace('-', "\\-")
}

#[test]
fn overview_names_a_page_for_every_command() {
    let page = man(&[]);
    assert!(page.contains("\n.TH crossclaim 1 "), "{page}");
    assert!(page.contains(&format!("crossclaim {}", env!("CARGO_PKG_VERSION"))));
    for command in Cli::command().get_subcommands() {
        let reference = format!("crossclaim\\-{}(1)", command.get_name());
        assert!(page.contains(&reference), "no {reference}");
    }
}

#[test]
fn each_command_page_documents_its_flags_values_and_notes() {
    for command in Cli::command().get_subcommands() {
        let name = command.get_name();
        let page = man(&[name]);
        assert!(page.contains(&format!("\n.TH crossclaim-{name} 1 ")), "{page}");
        assert!(page.contains(&format!("\\fBcrossclaim {name}\\fR")), "{name}: synopsis");
        if let Some(about) = command.get_about() {
            assert!(page.contains(&roff(&about.to_string())), "{name}: about");
        }
        for arg in command.get_arguments() {
            if let Some(long) = arg.get_long() {
                assert!(
                    page.contains(&format!("\\fB\\-\\-{}\\fR", roff(long))),
                    "{name}: --{long}"
                );
            }
            // A switch such as `--ids` has the values true and false only inside clap.
            let values = if arg.get_action().takes_values() {
                arg.get_possible_values()
            } else {
                Vec::new()
            };
            for value in values {
                assert!(page.contains(&roff(value.get_name())), "{name}: {}", value.get_name());
            }
        }
        if let Some(notes) = command.get_after_help() {
            let first = notes.to_string();
            let first = first.lines().next().unwrap_or_default();
            assert!(page.contains(&roff(first)), "{name}: after help");
        }
    }
}

/// `crossclaim add article` and the other commands of a command have pages of their own,
/// `crossclaim-add-article(1)`, named on the parent's page.
#[test]
fn commands_of_a_command_have_pages_with_their_flags() {
    let mut nested = 0;
    for parent in Cli::command().get_subcommands() {
        for command in parent.get_subcommands() {
            nested += 1;
            let name = format!("{}-{}", parent.get_name(), command.get_name());
            let page = man(&[&name]);
            assert!(page.contains(&format!("\n.TH crossclaim-{name} 1 ")), "{page}");
            let synopsis = format!("\\fBcrossclaim {} {}\\fR", parent.get_name(), command.get_name());
            assert!(page.contains(&synopsis), "{name}: synopsis");
            assert!(man(&[parent.get_name()]).contains(&format!("crossclaim\\-{}(1)", roff(&name))));
            for arg in command.get_arguments() {
                if let Some(long) = arg.get_long() {
                    assert!(
                        page.contains(&format!("\\fB\\-\\-{}\\fR", roff(long))),
                        "{name}: --{long}"
                    );
                }
            }
        }
    }
    assert!(nested >= 4, "the add commands have pages");
}
