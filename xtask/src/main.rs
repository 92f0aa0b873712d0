//! `cargo xtask gen`: regenerates the committed generated code from `api-spec/`.
//! `cargo xtask gen --check`: writes nothing, fails naming every stale file.
//! `cargo xtask bench [OPERATIONS [RUNS]]`: generation, generated size, compile cost and client
//! CPU per call, measured (see `bench/mod.rs`); the Stream section last.
//! `cargo xtask bench-stream [ROUNDS]`: the Stream client against the official Python Stream
//! SDK on one loopback fake gateway (see `bench/stream.rs`).
//! `cargo xtask import`: the specs of the whole API from the official Python package.
//! `cargo xtask conformance capture [MODULE ...]`: records the official Python SDK's requests
//! and parses as fixtures (see `conformance.rs`).
//!
//! The only part of the project that touches the file system on the generator's behalf.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen::SpecSource;

// See xtask/Cargo.toml: allocation is a large part of generating.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod bench;
mod conformance;
mod gen_cache;
mod import;
mod python_env;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["gen"] => generate_reporting(Mode::Write),
        ["gen", "--check"] => generate_reporting(Mode::Check),
        ["bench", rest @ ..] => {
            let ops = rest.first().and_then(|n| n.parse().ok()).unwrap_or(1000);
            let runs = rest.get(1).and_then(|n| n.parse().ok()).unwrap_or(3);
            return match bench::run(&project_root(), ops, runs) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            };
        }
        ["bench-stream", rest @ ..] => {
            let rounds = rest.first().and_then(|n| n.parse().ok()).unwrap_or(3);
            return match bench::run_stream(&project_root(), rounds) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            };
        }
        ["bench-generate", spec] => {
            return match bench::generate(&project_root(), spec) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            };
        }
        ["import"] => import::run(&project_root()).map(|summary| {
            println!(
                "{} modules, {} operations, {} types",
                summary.modules, summary.operations, summary.types
            );
            summary.written
        }),
        ["conformance", "capture", modules @ ..] => {
            return match conformance::capture(&project_root(), modules) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            };
        }
        _ => {
            eprintln!(
                "usage: cargo xtask gen [--check] | cargo xtask import | cargo xtask bench [OPERATIONS [RUNS]] \
                 | cargo xtask bench-stream [ROUNDS] | cargo xtask conformance capture [MODULE ...]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(written) => {
            for path in written {
                println!("wrote {path}");
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace root")
        .to_path_buf()
}

/// Where each kind of spec goes: client modules, and the generator's fixtures (compiled and
/// exercised on the wire by the client's tests).
const SPEC_DIR: &str = "api-spec";
const CLIENT_SRC: &str = "generated-client/src";
const CLIENT_MANIFEST: &str = "generated-client/Cargo.toml";
const CLIENT_APIS: &str = "generated-client/src/apis";
const FIXTURE_DIR: &str = "codegen/tests/fixtures";
const FIXTURE_OUT: &str = "generated-client/tests/fixtures";

/// [`generate`] on the project, saying what it did on stderr (stdout keeps one `wrote` line per
/// file written): a full run takes a while, and silence reads as a hang.
fn generate_reporting(mode: Mode) -> Result<Vec<String>, Vec<String>> {
    let start = std::time::Instant::now();
    eprintln!(
        "{} {SPEC_DIR}/ and {FIXTURE_DIR}/ ...",
        match mode {
            Mode::Write => "generating from",
            Mode::Check => "checking what is generated from",
        }
    );
    let report = generate(&project_root(), mode)?;
    eprintln!("{}", report.summary(mode, start.elapsed()));
    Ok(report.written)
}

/// What one run of [`generate`] did.
#[derive(Debug, Default)]
struct Report {
    /// Files written (or removed, marked so); none in check mode.
    written: Vec<String>,
    /// Files that already held what was generated.
    unchanged: usize,
    /// API modules, and how many of them came from the cache unchanged.
    modules: usize,
    reused: usize,
    /// Fixture modules (the generator's own specs).
    fixtures: usize,
}

impl Report {
    fn summary(&self, mode: Mode, elapsed: std::time::Duration) -> String {
        let files = match mode {
            Mode::Write => format!(
                "{} file(s) written, {} unchanged",
                self.written.len(),
                self.unchanged
            ),
            Mode::Check => format!("all {} files up to date", self.unchanged),
        };
        format!(
            "{} API modules ({} emitted, {} unchanged from {}), {} fixture modules; {files}; {:.1} s",
            self.modules,
            self.modules - self.reused,
            self.reused,
            gen_cache::DIR,
            self.fixtures,
            elapsed.as_secs_f64()
        )
    }
}

/// Generates everything; returns what it did (no file is written in check mode) or the problems.
fn generate(root: &Path, mode: Mode) -> Result<Report, Vec<String>> {
    let specs = read_specs(root, SPEC_DIR).map_err(|e| vec![e])?;
    let sources: Vec<SpecSource<'_>> = specs
        .iter()
        .map(|(path, text)| SpecSource { path, text })
        .collect();
    // Unchanged modules come from the cache; every module's text goes back into it.
    let cache = gen_cache::GenCache::new(root);
    let reused = std::sync::atomic::AtomicUsize::new(0);
    let client = codegen::generate_client_reusing(&sources, &|source| {
        let text = cache.get(source);
        if text.is_some() {
            reused.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        text
    })
    .map_err(to_strings)?;
    for (source, file) in sources.iter().zip(&client.files) {
        cache.put(source, &file.contents);
    }
    let manifest = fs::read_to_string(root.join(CLIENT_MANIFEST))
        .map_err(|e| vec![format!("{CLIENT_MANIFEST}: {e}")])?;
    let manifest = client
        .manifest(&manifest)
        .map_err(|e| vec![format!("{CLIENT_MANIFEST}: {e}")])?;
    let mut wanted: Vec<(String, String)> = client
        .files
        .into_iter()
        .map(|f| (format!("{CLIENT_SRC}/{}", f.path), f.contents))
        .collect();
    wanted.push((CLIENT_MANIFEST.to_owned(), manifest));

    let fixtures = read_specs(root, FIXTURE_DIR).map_err(|e| vec![e])?;
    for (path, text) in &fixtures {
        let contents = codegen::generate_module(SpecSource { path, text }).map_err(to_strings)?;
        let stem = Path::new(path)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        wanted.push((format!("{FIXTURE_OUT}/{stem}.rs"), contents));
    }

    let mut report = Report {
        modules: sources.len(),
        reused: reused.into_inner(),
        fixtures: fixtures.len(),
        ..Report::default()
    };
    let written = &mut report.written;
    let mut stale = Vec::new();
    for (path, contents) in &wanted {
        match ensure_file_contents(&root.join(path), contents, mode) {
            Ok(false) => report.unchanged += 1,
            Ok(true) if mode == Mode::Write => written.push(path.clone()),
            Ok(true) => stale.push(format!("{path} is not up to date")),
            Err(e) => return Err(vec![format!("{path}: {e}")]),
        }
    }
    // Generated files whose spec is gone.
    for dir in [CLIENT_APIS, FIXTURE_OUT] {
        for path in list(root, dir, "rs").map_err(|e| vec![e])? {
            if wanted.iter().any(|(p, _)| *p == path) {
                continue;
            }
            match mode {
                Mode::Check => stale.push(format!("{path} has no spec any more")),
                Mode::Write => {
                    fs::remove_file(root.join(&path)).map_err(|e| vec![format!("{path}: {e}")])?;
                    written.push(format!("{path} (removed)"));
                }
            }
        }
    }
    if stale.is_empty() {
        Ok(report)
    } else {
        stale.push("run `cargo xtask gen` and commit the result".to_owned());
        Err(stale)
    }
}

/// Writes `contents` unless the file already holds it (newlines normalised). Returns whether
/// the file differed. In check mode it never writes.
fn ensure_file_contents(path: &Path, contents: &str, mode: Mode) -> Result<bool, String> {
    let current = fs::read_to_string(path)
        .ok()
        .map(|s| s.replace("\r\n", "\n"));
    if current.as_deref() == Some(contents) {
        return Ok(false);
    }
    if mode == Mode::Write {
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        }
        fs::write(path, contents).map_err(|e| e.to_string())?;
    }
    Ok(true)
}

/// `(path relative to root, contents)` of every `*.yaml` in `dir`, sorted by name.
fn read_specs(root: &Path, dir: &str) -> Result<Vec<(String, String)>, String> {
    list(root, dir, "yaml")?
        .into_iter()
        .map(|path| {
            let bytes = fs::read(root.join(&path)).map_err(|e| format!("{path}: {e}"))?;
            let text = codegen::decode(&path, &bytes).map_err(|e| e.to_string())?;
            Ok((path, text.to_owned()))
        })
        .collect()
}

/// Files in `dir` (relative to root) ending in `.ext`, sorted; none if `dir` does not exist.
fn list(root: &Path, dir: &str, ext: &str) -> Result<Vec<String>, String> {
    let Ok(entries) = fs::read_dir(root.join(dir)) else {
        return Ok(Vec::new());
    };
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("{dir}: {e}"))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(&format!(".{ext}")) && entry.path().is_file() {
            paths.push(format!("{dir}/{name}"));
        }
    }
    paths.sort();
    Ok(paths)
}

fn to_strings(errors: Vec<codegen::SpecError>) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `cargo test` fails when a spec changed and the generated code was not regenerated.
    #[test]
    fn generated_code_is_up_to_date() {
        if let Err(problems) = generate(&project_root(), Mode::Check) {
            panic!("{}", problems.join("\n"));
        }
    }

    /// A scratch project with one real spec, the fixtures, the client's manifest, and nothing
    /// generated yet.
    fn scratch(name: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let mut paths = list(&project_root(), FIXTURE_DIR, "yaml").unwrap();
        paths.push(format!("{SPEC_DIR}/team_sphere_1_0.yaml"));
        paths.push(CLIENT_MANIFEST.to_owned());
        for path in paths {
            fs::create_dir_all(root.join(&path).parent().unwrap()).unwrap();
            fs::copy(project_root().join(&path), root.join(&path)).unwrap();
        }
        root
    }

    #[test]
    fn check_names_stale_and_orphaned_files_and_writes_nothing() {
        let root = scratch("check");
        fs::create_dir_all(root.join(CLIENT_APIS)).unwrap();
        fs::write(
            root.join(CLIENT_APIS).join("team_sphere_1_0.rs"),
            "// old\n",
        )
        .unwrap();
        fs::write(root.join(CLIENT_APIS).join("gone_1_0.rs"), "// no spec\n").unwrap();

        let problems = generate(&root, Mode::Check).unwrap_err().join("\n");
        assert!(
            problems.contains("generated-client/src/apis/team_sphere_1_0.rs is not up to date"),
            "{problems}"
        );
        assert!(
            problems.contains("generated-client/src/apis/mod.rs is not up to date"),
            "{problems}"
        );
        assert!(
            problems.contains("generated-client/src/apis/gone_1_0.rs has no spec any more"),
            "{problems}"
        );
        assert!(problems.contains("run `cargo xtask gen`"), "{problems}");
        let untouched =
            fs::read_to_string(root.join(CLIENT_APIS).join("team_sphere_1_0.rs")).unwrap();
        assert_eq!(untouched, "// old\n");
        assert!(!root.join(CLIENT_APIS).join("mod.rs").exists());
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn gen_writes_nothing_when_any_spec_is_bad() {
        let bad: [(&str, &[u8]); 3] = [
            (SPEC_DIR, b"module: broken_1_0\n"),
            (FIXTURE_DIR, b"module: [unclosed\n"),
            (SPEC_DIR, b"module: \xff\n"),
        ];
        for (i, (dir, text)) in bad.into_iter().enumerate() {
            let root = scratch(&format!("bad-{i}"));
            fs::write(root.join(dir).join("broken_1_0.yaml"), text).unwrap();
            let problems = generate(&root, Mode::Write).unwrap_err().join("\n");
            assert!(
                problems.contains(&format!("{dir}/broken_1_0.yaml:")),
                "{problems}"
            );
            assert!(
                !root.join(CLIENT_SRC).exists(),
                "{dir}: something was written"
            );
            assert!(
                !root.join(FIXTURE_OUT).exists(),
                "{dir}: something was written"
            );
            fs::remove_dir_all(&root).unwrap();
        }
    }

    #[test]
    fn gen_writes_everything_then_has_nothing_left_to_do() {
        let root = scratch("write");
        fs::create_dir_all(root.join(CLIENT_APIS)).unwrap();
        fs::write(root.join(CLIENT_APIS).join("gone_1_0.rs"), "// no spec\n").unwrap();
        let first = generate(&root, Mode::Write).unwrap();
        let written = &first.written;
        assert!(
            written.contains(&"generated-client/src/apis/team_sphere_1_0.rs".to_owned()),
            "{written:?}"
        );
        assert_eq!(first.modules, 1);
        assert!(!root.join(CLIENT_APIS).join("gone_1_0.rs").exists());
        let second = generate(&root, Mode::Write).unwrap();
        assert_eq!(second.written, Vec::<String>::new());
        assert_eq!(second.unchanged, first.written.len() - 1, "{first:?}");
        let summary = second.summary(Mode::Write, std::time::Duration::from_millis(1500));
        assert!(
            summary.starts_with("1 API modules (") && summary.contains("0 file(s) written"),
            "{summary}"
        );
        assert!(generate(&root, Mode::Check).is_ok());
        fs::remove_dir_all(&root).unwrap();
    }
}
