//! The runtime's modules import only downward: errors and the token-provider trait at the
//! bottom, the sending engine above them, `Client`, `Call` and blocking above that, providers
//! that make calls at the top. A module may name only modules of a lower layer.

/// Runtime modules by layer, bottom first (the same list as in `src/lib.rs`), each named by its
/// path under `src/` (`base::error` is `src/base/error.rs`).
const LAYERS: &[&[&str]] = &[
    &["base::classify"],
    &["base::error"],
    &[
        "base::encode",
        "base::hook",
        "base::multipart",
        "base::push",
        "base::response",
        "base::retry",
        "base::serde_object",
        "base::sign",
        "base::transport",
    ],
    &["base::auth", "base::impls", "base::operation"],
    &["engine::config", "engine::form_body", "engine::options"],
    &["engine::send"],
    &["engine::blocking"],
    &["engine::client"],
    &["engine::call"],
    &["engine::paginate", "tokens::cache", "tokens::persist"],
    &["tokens::app_key"],
    &[
        "testing::conformance",
        "testing::test_util",
        "tokens::isv",
        "tokens::legacy",
        "tokens::user",
    ],
    // Generated (a directory of its own, not checked file by file), and the fake Stream
    // gateway, which serves HTTP as `test_util` does.
    &["apis", "testing::stream_gateway"],
    &[
        "payloads::card_callback",
        "payloads::event",
        "payloads::robot_message",
        "robot::reply_error",
        "robot::webhook",
    ],
    &["robot::ai_card", "robot::download", "robot::reply"],
    &[
        "receive::callback::error",
        "receive::stream::backoff",
        "receive::stream::error",
        "receive::stream::headers",
        "receive::stream::json_text",
    ],
    &["receive::stream::escaped_json"],
    &["receive::callback::envelope", "receive::stream::frame"],
    &[
        "receive::callback::robot_sign",
        "receive::stream::dedupe",
        "receive::stream::handler",
        "receive::stream::socket",
    ],
    &["receive::callback::receiver", "receive::stream::open"],
    &["receive::stream::connection"],
    &["receive::stream::supervisor"],
    &["receive::stream::client"],
];

/// The folders of `src/`, bottom first: each holds a range of layers, and no folder's range
/// starts below the end of the one before, so the tree shows the layers.
const FOLDERS: &[&str] = &[
    "base", "engine", "tokens", "testing", "apis", "payloads", "robot", "receive",
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The runtime module a `crate::` path names: the longest module of `LAYERS` it starts with
/// (`base::error` for `crate::base::error::Error`), else its first segment.
fn module_of(path: &str) -> String {
    let path = path.trim_end_matches(':');
    LAYERS
        .iter()
        .flat_map(|l| l.iter())
        .filter(|m| path == **m || path.starts_with(&format!("{m}::")))
        .max_by_key(|m| m.len())
        .map(|m| (*m).to_owned())
        .unwrap_or_else(|| path.split("::").next().unwrap_or("").to_owned())
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
            let path: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            found.push((number + 1, module_of(&path)));
        }
    }
    found
}

/// Every runtime file under `src/` but `lib.rs`, `mod.rs` files and the generated `apis/`, as
/// (module path, file).
fn runtime_files() -> Vec<(String, std::path::PathBuf)> {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let mut folders = vec![(String::new(), src)];
    while let Some((prefix, dir)) = folders.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            if path.is_dir() {
                if name != "apis" {
                    folders.push((format!("{prefix}{name}::"), path));
                }
            } else if let Some(stem) = name.strip_suffix(".rs")
                && stem != "lib"
                && stem != "mod"
            {
                files.push((format!("{prefix}{stem}"), path));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn runtime_modules_import_only_from_lower_layers() {
    let mut problems = Vec::new();
    let files = runtime_files();
    for (module, path) in &files {
        let Some(own) = layer(module) else {
            problems.push(format!("{module}: not in LAYERS"));
            continue;
        };
        let source = std::fs::read_to_string(path).unwrap();
        for (line, name) in crate_paths(&source) {
            match layer(&name) {
                Some(other) if other < own => {}
                Some(_) => problems.push(format!("{module}:{line}: imports `{name}` upward")),
                // `crate::Client` and the like: re-exports hide which module is meant.
                None => problems.push(format!(
                    "{module}:{line}: `crate::{name}` is not a runtime module path"
                )),
            }
        }
    }
    let listed = LAYERS
        .iter()
        .flat_map(|l| l.iter())
        .filter(|m| **m != "apis");
    assert_eq!(
        files.len(),
        listed.count(),
        "a module in LAYERS has no file"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn each_folder_holds_a_range_of_layers_above_the_folder_before_it() {
    let mut previous_top = 0;
    for folder in FOLDERS {
        let layers: Vec<usize> = LAYERS
            .iter()
            .enumerate()
            .filter(|(_, modules)| {
                modules
                    .iter()
                    .any(|m| m.split("::").next() == Some(*folder))
            })
            .map(|(at, _)| at)
            .collect();
        let (bottom, top) = (layers[0], *layers.last().unwrap());
        assert!(
            bottom >= previous_top,
            "{folder}/ starts at layer {bottom}, below layer {previous_top} of the folder before"
        );
        assert_eq!(
            layers,
            (bottom..=top).collect::<Vec<_>>(),
            "{folder}/ skips a layer"
        );
        previous_top = top;
    }
}

#[test]
fn the_checker_sees_paths_in_code_and_not_in_comments() {
    let source = "use crate::base::error::Error;\n// crate::engine::client\nlet x = crate::engine::send::send(); // crate::engine::call\n$crate::rt::Object\nuse crate::apis::custom_robot::Message;\n#[cfg(test)]\nuse crate::engine::client;\n";
    let found: Vec<String> = crate_paths(source).into_iter().map(|(_, n)| n).collect();
    assert_eq!(found, ["base::error", "engine::send", "apis"]);
}
