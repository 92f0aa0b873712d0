//! Legal but awkward specs (`tests/awkward/`: names that collide, recursive models) give code
//! that compiles and passes clippy and rustdoc with `-D warnings`, and whose descriptions hold no
//! doctest. The generated modules are put in a scratch copy of the client crate under
//! `target/awkward-specs/` (the runtime as it is, these modules as `apis/`), which cargo lints
//! and documents; their doc comments are scanned for code rustdoc would test.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::SpecSource;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn awkward_files() -> codegen::Client {
    let dir = root().join("codegen/tests/awkward");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            (
                format!("codegen/tests/awkward/{name}"),
                fs::read_to_string(p).unwrap(),
            )
        })
        .collect();
    let sources: Vec<SpecSource<'_>> = texts
        .iter()
        .map(|(path, text)| SpecSource { path, text })
        .collect();
    codegen::generate_client(&sources).unwrap_or_else(|problems| {
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("{}", shown.join("\n"))
    })
}

/// Copies the hand-written runtime (every file and folder of `src/` but the generated `apis/`).
fn copy_runtime(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        if path.is_dir() {
            if name != "apis" {
                copy_runtime(&path, &to.join(name));
            }
        } else {
            let text = fs::read_to_string(&path).unwrap();
            // The README's example is the README's business; only the generated docs count here.
            let text = text.replace(
                "#![doc = include_str!(\"../../README.md\")]",
                "//! A copy of the client with the awkward specs as its API modules.",
            );
            ensure(&to.join(name), &text);
        }
    }
}

/// Writes `contents` unless the file already holds it, so cargo rebuilds only what changed.
fn ensure(path: &Path, contents: &str) {
    if fs::read_to_string(path).ok().as_deref() != Some(contents) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, contents).unwrap();
    }
}

fn scratch_crate(client: &codegen::Client) -> PathBuf {
    let files = &client.files;
    let root = root();
    let scratch = root.join("target/awkward-specs/generated-client");
    copy_runtime(&root.join("generated-client/src"), &scratch.join("src"));
    if let Ok(entries) = fs::read_dir(scratch.join("src/apis")) {
        for entry in entries {
            let path = entry.unwrap().path();
            let name = format!("apis/{}", path.file_name().unwrap().to_str().unwrap());
            if !files.iter().any(|f| f.path == name) {
                fs::remove_file(path).unwrap();
            }
        }
    }
    for file in files {
        ensure(&scratch.join("src").join(&file.path), &file.contents);
    }
    // The workspace with the client as its only member.
    let workspace: Vec<String> = fs::read_to_string(root.join("Cargo.toml"))
        .unwrap()
        .lines()
        .map(|line| match line.starts_with("members = ") {
            true => r#"members = ["generated-client"]"#.to_owned(),
            false => line.to_owned(),
        })
        .collect();
    let workspace = workspace.join("\n");
    ensure(&scratch.join("../Cargo.toml"), &workspace);
    let manifest = fs::read_to_string(root.join("generated-client/Cargo.toml")).unwrap();
    let manifest = manifest.split("[dev-dependencies]").next().unwrap();
    // The module features of these specs in place of the real ones.
    let manifest = client.manifest(manifest).unwrap();
    ensure(&scratch.join("Cargo.toml"), &manifest);
    ensure(
        &scratch.join("../Cargo.lock"),
        &fs::read_to_string(root.join("Cargo.lock")).unwrap(),
    );
    scratch
}

fn cargo(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(args)
        .envs(env.iter().copied())
        .env_remove("CARGO_TARGET_DIR")
        .current_dir(dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "cargo {args:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn awkward_specs_compile_lint_and_document_cleanly_without_doctests() {
    let client = awkward_files();
    for file in &client.files {
        syn::parse_file(&file.contents).unwrap();
    }
    let scratch = scratch_crate(&client);
    cargo(
        &scratch,
        &[
            "clippy",
            "--quiet",
            "--lib",
            "--features",
            // With the conformance replay's code, so its names are proven against them too.
            "full,conformance",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    );
    cargo(
        &scratch,
        &["doc", "--quiet", "--lib", "--no-deps", "--features", "full"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
    // No doc comment of a generated module holds code rustdoc would test: every fence is
    // `text`, and no line is indented into a code block. (Checked on the text rather than with
    // `cargo test --doc`, which would build every dependency once more.)
    let mut doctests = Vec::new();
    for file in &client.files {
        doctests.extend(
            testable_code(&file.contents)
                .into_iter()
                .map(|l| format!("{}: {l}", file.path)),
        );
    }
    assert!(
        doctests.is_empty(),
        "doctests from descriptions: {doctests:#?}"
    );
}

/// Doc lines that open a code block rustdoc would compile: a fence without `text`, or an
/// indented block (four spaces after a blank doc line, outside a fence).
fn testable_code(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_fence = false;
    let mut after_blank = true;
    for line in source.lines() {
        let trimmed = line.trim_start();
        let Some(doc) = trimmed
            .strip_prefix("///")
            .or_else(|| trimmed.strip_prefix("//!"))
        else {
            after_blank = true;
            in_fence = false;
            continue;
        };
        let text = doc.strip_prefix(' ').unwrap_or(doc);
        let fence = text.trim_start();
        if fence.starts_with("```") || fence.starts_with("~~~") {
            if !in_fence && fence[3..].trim() != "text" {
                found.push(line.to_owned());
            }
            in_fence = !in_fence;
        } else if !in_fence && after_blank && text.starts_with("    ") && !text.trim().is_empty() {
            found.push(line.to_owned());
        }
        after_blank = text.trim().is_empty();
    }
    found
}

#[test]
fn the_doctest_scan_sees_fences_and_indented_blocks() {
    assert!(testable_code("/// ```text\n/// x\n/// ```\n").is_empty());
    assert_eq!(testable_code("/// ```\n/// panic!()\n/// ```\n").len(), 1);
    assert_eq!(testable_code("/// ```rust\n/// x\n/// ```\n").len(), 1);
    assert_eq!(testable_code("/// a\n///\n///     panic!()\n").len(), 1);
    assert!(testable_code("/// a\n///    three spaces\n").is_empty());
}
