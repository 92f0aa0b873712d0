//! The README's example is the trybuild `pass` case, word for word.

#[test]
fn the_readme_example_is_the_trybuild_pass_case() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("```rust,no_run\n")
        .expect("the README has a Rust example")
        + 15;
    let end = start + readme[start..].find("```").unwrap();
    assert_eq!(
        &readme[start..end],
        include_str!("ui/pass/readme_example.rs")
    );
}
