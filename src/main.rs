// Only the binary chooses the allocator: the library stays usable with any (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    crossclaim::exit::code(crossclaim::run(std::env::args_os()))
}
