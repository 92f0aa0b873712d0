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

/// The dependency line the crate docs show enables every API module its example uses: with it
/// copied as it is, the example compiles.
#[test]
fn the_crate_docs_dependency_line_enables_the_modules_its_example_uses() {
    let lib = include_str!("../src/lib.rs");
    let line = lib
        .lines()
        .find(|line| line.starts_with("//! generated-client = "))
        .expect("the crate docs show a dependency line");
    let manifest = include_str!("../Cargo.toml");
    let example = include_str!("public_api/crate_docs_example.rs");
    let modules: Vec<&str> = example
        .split("generated_client::")
        .skip(1)
        .filter_map(|rest| rest.split("::").next())
        .filter(|name| manifest.contains(&format!("\n{name} = []\n")))
        .collect();
    assert!(!modules.is_empty(), "the example calls an API module");
    for module in modules {
        assert!(
            line.contains(&format!("\"{module}\"")),
            "{line} lacks the feature {module}"
        );
    }
}
