//! Misuse of the public API does not compile, with the errors users would see (`ui/fail/*.rs`
//! and their `.stderr`). What must compile and run is `public_api.rs`: without `pass` cases,
//! trybuild only checks, which keeps this test cheap.

/// The flags trybuild (1.0.122) gives rustc when it checks the cases (`--diagnostic-width=140`
/// included), in the form cargo reads from `CARGO_ENCODED_RUSTFLAGS`.
const TRYBUILD_RUSTFLAGS: &[&str] = &[
    "--cfg",
    "trybuild",
    "--verbose",
    "-A",
    "dead_code",
    "--diagnostic-width=140",
];

#[test]
fn ui() {
    // trybuild checks every dependency with its flags, then checks the cases with
    // `--diagnostic-width=140` added: other flags, so cargo checks every dependency a second
    // time. `CARGO_ENCODED_RUSTFLAGS` (which trybuild leaves in place, and which cargo prefers
    // to the flags trybuild passes with `--config`) gives both builds the flags of the second,
    // so the dependencies are checked once and the cases see the same flags as before.
    // SAFETY: the only test of this binary, run before any thread of its own is started.
    unsafe {
        std::env::set_var("CARGO_ENCODED_RUSTFLAGS", TRYBUILD_RUSTFLAGS.join("\x1f"));
    }
    trybuild::TestCases::new().compile_fail("tests/ui/fail/*.rs");
}
