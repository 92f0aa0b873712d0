//! The runtime's modules import only downward: errors and the token-provider trait at the
//! bottom, the sending engine above them, `Client`, `Call` and blocking above that, providers
//! that make calls at the top. A module may name only modules of a lower layer.

/// Runtime modules by layer, bottom first (the same list as in `src/lib.rs`).
const LAYERS: &[&[&str]] = &[
    &["classify"],
    &["error"],
    &[
        "encode",
        "hook",
        "response",
        "retry",
        "serde_object",
        "sign",
        "transport",
    ],
    &["auth", "impls", "operation"],
    &["config", "options", "token_cache"],
    &["send"],
    &["blocking"],
    &["client"],
    &["call"],
    &["app_key_tokens", "paginate"],
    &[
        "conformance",
        "isv_tokens",
        "legacy_tokens",
        "test_util",
        "user_tokens",
    ],
    // Generated (a directory, not a file of its own).
    &["apis"],
    &["robot"],
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The first identifier of every `crate::` path in the code of `source` (comments skipped), up
/// to its unit tests (`#[cfg(test)]`, at the end of a file), which may use the whole crate.
/// A macro's `$crate::rt::...` is not one: it names the hidden `rt` re-exports where the macro
/// expands, in generated code.
fn crate_paths(source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in source.lines().enumerate() {
        if line.trim() == "#[cfg(test)]" {
            break;
        }
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let in_macro = rest[..at].ends_with('$');
            rest = &rest[at + "crate::".len()..];
            if in_macro {
                continue;
            }
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push((number + 1, name));
        }
    }
    found
}

#[test]
fn runtime_modules_import_only_from_lower_layers() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let Some(module) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".rs"))
        else {
            continue;
        };
        if module == "lib" {
            continue;
        }
        seen += 1;
        let Some(own) = layer(module) else {
            problems.push(format!("{module}: not in LAYERS"));
            continue;
        };
        let source = std::fs::read_to_string(&path).unwrap();
        for (line, name) in crate_paths(&source) {
            match layer(&name) {
                Some(other) if other < own => {}
                Some(_) => problems.push(format!("{module}.rs:{line}: imports `{name}` upward")),
                // `crate::Client` and the like: re-exports hide which module is meant.
                None => problems.push(format!(
                    "{module}.rs:{line}: `crate::{name}` is not a runtime module path"
                )),
            }
        }
    }
    let files = LAYERS
        .iter()
        .flat_map(|l| l.iter())
        .filter(|m| **m != "apis");
    assert_eq!(seen, files.count());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_paths_in_code_and_not_in_comments() {
    let source = "use crate::error::Error;\n// crate::client\nlet x = crate::send::send(); // crate::call\n$crate::rt::Object\n#[cfg(test)]\nuse crate::client;\n";
    let found: Vec<String> = crate_paths(source).into_iter().map(|(_, n)| n).collect();
    assert_eq!(found, ["error", "send"]);
}
