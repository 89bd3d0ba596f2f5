fn main() -> std::process::ExitCode {
    crossclaim::exit::code(crossclaim::run(std::env::args_os()))
}
