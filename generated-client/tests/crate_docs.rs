//! The crate documentation's example is `public_api/crate_docs_example.rs`, word for word, so the
//! example users start from compiles and runs against a loopback server (`tests/public_api.rs`).

#[test]
fn the_crate_docs_example_is_the_one_the_tests_run() {
    let lib = include_str!("../src/lib.rs");
    let start = lib
        .find("//! ```no_run\n")
        .expect("the crate docs have an example")
        + "//! ```no_run\n".len();
    let end = start + lib[start..].find("//! ```\n").unwrap();
    let example: String = lib[start..end]
        .lines()
        .map(|line| {
            let line = line.strip_prefix("//!").unwrap();
            format!("{}\n", line.strip_prefix(' ').unwrap_or(line))
        })
        .collect();
    assert_eq!(example, include_str!("public_api/crate_docs_example.rs"));
}
