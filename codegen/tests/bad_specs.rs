//! The corpus of bad specs (`tests/bad/`): each is refused, every problem names the file, the
//! key path, the line and the column, and the messages are pinned (`tests/bad/snapshots/`).
//!
//! A spec is read as `api-spec/m_1_0.yaml` unless its first line says otherwise:
//! `# as: <path>` (`\r` and `\n` written as escapes), for the refusals of file paths.

use std::fs;
use std::path::Path;

use codegen::{SpecError, SpecSource};

fn refusals(bytes: &[u8]) -> (String, Vec<SpecError>) {
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let path = match String::from_utf8_lossy(first).strip_prefix("# as: ") {
        Some(path) => path.replace("\\r", "\r").replace("\\n", "\n"),
        None => "api-spec/m_1_0.yaml".to_owned(),
    };
    let problems = match codegen::decode(&path, bytes) {
        Err(e) => vec![e],
        Ok(text) => match codegen::load(SpecSource { path: &path, text }) {
            Ok(_) => Vec::new(),
            Err(problems) => problems,
        },
    };
    (path, problems)
}

#[test]
fn every_bad_spec_is_refused_at_its_place_with_a_pinned_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut cases: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 60, "{} bad specs", cases.len());
    for case in cases {
        let name = case.file_stem().unwrap().to_str().unwrap().to_owned();
        let (path, problems) = refusals(&fs::read(&case).unwrap());
        assert!(!problems.is_empty(), "{name}: accepted");
        for problem in &problems {
            assert!(problem.line_column.is_some(), "{name}: {problem:?}");
            assert!(!problem.path.is_empty(), "{name}: {problem:?}");
            assert_eq!(problem.file, path.escape_debug().to_string(), "{name}");
        }
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        insta::with_settings!({
            snapshot_path => "bad/snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!(name, shown.join("\n"));
        });
    }
}
