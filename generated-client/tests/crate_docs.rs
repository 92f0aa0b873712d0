//! The crate documentation's example is the trybuild `pass` case, word for word, so the
//! example users start from compiles and runs against a loopback server (`tests/ui.rs`).

#[test]
fn the_crate_docs_example_is_the_trybuild_pass_case() {
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
    assert_eq!(example, include_str!("ui/pass/crate_docs_example.rs"));
}
