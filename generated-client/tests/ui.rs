//! Misuse of the public API does not compile, with the errors users would see (`ui/fail/*.rs`
//! and their `.stderr`). What must compile and run is `public_api.rs`: without `pass` cases,
//! trybuild only checks, which keeps this test cheap.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/fail/*.rs");
}
