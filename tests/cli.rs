//! Every CLI case in `tests/cases/`: a command, its fixture directory and its exact expected
//! output and exit code. `TRYCMD=overwrite cargo test --test cli` rewrites the expectations.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cases/**/*.toml");
}
