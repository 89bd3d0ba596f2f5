//! Every CLI case in `tests/cases/`: a command, its fixture directory and its exact expected
//! output and exit code. `TRYCMD=overwrite cargo test --test cli` rewrites the expectations.

#[test]
fn cli_cases() {
    // Cases sit one level down (`tests/cases/<area>/<name>.toml`); deeper `.toml` files are
    // fixtures' own `crossclaim.toml` configurations, not cases.
    trycmd::TestCases::new().case("tests/cases/*/*.toml");
}
