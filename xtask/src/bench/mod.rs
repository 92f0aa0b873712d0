//! `cargo xtask bench [OPERATIONS] [RUNS]`: everything the project measures about itself, in
//! one command, each figure with its spread over RUNS runs (default 3) and the machine and date
//! it was taken on:
//!
//! - generation (wall, CPU, peak memory) of a module of OPERATIONS copies of CreateTask
//!   (default 1000) and of the whole imported API (`cargo xtask gen --check`, with every
//!   module generated, then with the generation cache warm), interleaved;
//! - generated lines and bytes per operation, for both;
//! - `cargo check` and `cargo build` of the client crate with the copies as its only module
//!   (CPU, wall, rustc's peak), in a scratch crate under `target/xtask-bench/`;
//! - `cargo check` of the client crate itself with every module (`full`) and with one
//!   (`team_sphere_1_0`);
//! - client CPU per call against a hand-written reqwest + serde client (`client-bench`);
//! - the Stream client against the official Python Stream SDK on one fake gateway
//!   (`stream.rs`, also `cargo xtask bench-stream`).
//!
//! It prints Markdown rows for `BENCHMARKS.md`.

mod client;
mod measure;
mod stream;
mod synthetic;

use std::fs;
use std::path::Path;
use std::process::Command;

use codegen::SpecSource;

use measure::{Sample, row, timed};

/// Where the benchmark's files go.
const SCRATCH: &str = "target/xtask-bench";

pub fn run(root: &Path, ops: usize, runs: usize) -> Result<(), String> {
    let runs = runs.max(1);
    println!("{}", machine());
    let scratch = root.join(SCRATCH);
    fs::create_dir_all(&scratch).map_err(|e| e.to_string())?;

    // Generation, from spec text to formatted files, each run a fresh process.
    let synthetic = synthetic::spec(root, ops)?;
    // Relative to the root, where the generator runs: spec paths name files that way.
    let spec_arg = format!("{SCRATCH}/scale_1_0.yaml");
    fs::write(root.join(&spec_arg), &synthetic).map_err(|e| e.to_string())?;
    let xtask = std::env::current_exe().map_err(|e| e.to_string())?;
    let (mut copies, mut cold, mut warm) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        copies.push(timed(&xtask, &["bench-generate", &spec_arg], root, &[])?);
        // Every module generated, then (the cache filled) none: only loaded and compared.
        let _ = fs::remove_dir_all(root.join(crate::gen_cache::DIR));
        cold.push(timed(&xtask, &["gen", "--check"], root, &[])?);
        warm.push(timed(&xtask, &["gen", "--check"], root, &[])?);
    }
    println!();
    println!("| measure | command | runs | wall, median (range) | CPU | peak |");
    println!("|---|---|---|---|---|---|");
    println!(
        "{}",
        row(
            &format!("generation, {ops} copies of CreateTask"),
            "cargo xtask bench-generate",
            &copies
        )
    );
    for (what, samples) in [
        ("generation, the whole API, every module", &cold),
        ("generation, the whole API, specs unchanged", &warm),
    ] {
        println!("{}", row(what, "cargo xtask gen --check", samples));
    }

    // Size.
    let sources = [SpecSource {
        path: "bench/scale_1_0.yaml",
        text: &synthetic,
    }];
    let client = codegen::generate_client(&sources).map_err(|e| format!("{e:?}"))?;
    let (lines, bytes) = client.files.iter().fold((0, 0), |(l, b), f| {
        (l + f.contents.lines().count(), b + f.contents.len())
    });
    let (api_ops, api_lines, api_bytes) = whole_api_size(root)?;
    println!();
    println!("| generated | operations | lines | lines per operation | bytes per operation |");
    println!("|---|---|---|---|---|");
    for (what, ops, lines, bytes) in [
        (format!("{ops} copies of CreateTask"), ops, lines, bytes),
        ("the whole API".to_owned(), api_ops, api_lines, api_bytes),
    ] {
        println!(
            "| {what} | {ops} | {lines} | {:.0} | {:.0} |",
            lines as f64 / ops as f64,
            bytes as f64 / ops as f64
        );
    }

    // Compiling the copies.
    let crate_dir = scratch_crate(root, &client)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let (mut checks, mut builds) = (Vec::new(), Vec::new());
    for step in ["check", "build"] {
        // The first run builds the dependencies; the measured ones compile the crate alone.
        cargo_step(&cargo, &crate_dir, step, "full")?;
    }
    for _ in 0..runs {
        checks.push(measured_step(&cargo, &crate_dir, "check", "full")?);
        builds.push(measured_step(&cargo, &crate_dir, "build", "full")?);
    }
    println!();
    println!("| compiling {ops} copies | command | runs | wall | CPU | rustc peak |");
    println!("|---|---|---|---|---|---|");
    println!(
        "{}",
        row("check", "cargo check --lib (CARGO_INCREMENTAL=0)", &checks)
    );
    println!(
        "{}",
        row("build", "cargo build --lib (CARGO_INCREMENTAL=0)", &builds)
    );
    let per_op = |samples: &[Sample]| {
        let cpu = measure::spread(samples.iter().map(|s| s.cpu)).median;
        cpu * 1000.0 / ops as f64
    };
    println!(
        "\ncheck CPU per operation {:.1} ms, build CPU per operation {:.1} ms",
        per_op(&checks),
        per_op(&builds)
    );

    // Checking the client crate itself: every module, and one alone.
    let client_dir = root.join("generated-client");
    cargo_step(&cargo, &client_dir, "check", "full")?;
    let (mut whole, mut one) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        whole.push(measured_step(&cargo, &client_dir, "check", "full")?);
        one.push(measured_step(
            &cargo,
            &client_dir,
            "check",
            "team_sphere_1_0",
        )?);
    }
    println!();
    println!("| compiling the client | command | runs | wall | CPU | rustc peak |");
    println!("|---|---|---|---|---|---|");
    println!(
        "{}",
        row(
            "the whole API",
            "cargo check -p generated-client --features full (CARGO_INCREMENTAL=0)",
            &whole
        )
    );
    println!(
        "{}",
        row(
            "one module",
            "cargo check -p generated-client --features team_sphere_1_0 (CARGO_INCREMENTAL=0)",
            &one
        )
    );

    // The client at run time.
    println!();
    println!(
        "| client, CreateTask on loopback | runs | generated client | hand-written reqwest + serde | ratio |"
    );
    println!("|---|---|---|---|---|");
    for line in client::run(root, &cargo)? {
        println!("{line}");
    }

    println!();
    stream_section(root, &cargo, runs)
}

/// `cargo xtask bench-stream [ROUNDS]`: the Stream section of the benchmark alone.
pub fn run_stream(root: &Path, rounds: usize) -> Result<(), String> {
    println!("{}", machine());
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    stream_section(root, &cargo, rounds)
}

fn stream_section(root: &Path, cargo: &str, rounds: usize) -> Result<(), String> {
    let rows = stream::run(root, cargo, rounds)?;
    println!("Stream mode on loopback (one fake gateway, each client a process of its own):\n");
    for line in rows {
        println!("{line}");
    }
    Ok(())
}

/// `cargo xtask bench-generate <spec>`: the generator over one spec file, nothing written (the
/// process the benchmark times).
pub fn generate(root: &Path, path: &str) -> Result<(), String> {
    let text = fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))?;
    let client = codegen::generate_client(&[SpecSource { path, text: &text }])
        .map_err(|e| format!("{e:?}"))?;
    std::hint::black_box(client);
    Ok(())
}

/// Operations in `api-spec/`, and lines and bytes of the generated modules.
fn whole_api_size(root: &Path) -> Result<(usize, usize, usize), String> {
    let mut ops = 0;
    for entry in fs::read_dir(root.join("api-spec")).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
            let shown = path.to_string_lossy();
            let spec = codegen::parse(SpecSource {
                path: &shown,
                text: &text,
            })
            .map_err(|e| format!("{e:?}"))?;
            ops += spec.operations.0.len();
        }
    }
    let (mut lines, mut bytes) = (0, 0);
    for entry in fs::read_dir(root.join("generated-client/src/apis")).map_err(|e| e.to_string())? {
        let text = fs::read_to_string(entry.map_err(|e| e.to_string())?.path())
            .map_err(|e| e.to_string())?;
        lines += text.lines().count();
        bytes += text.len();
    }
    Ok((ops, lines, bytes))
}

/// The machine and the date, for the figures.
fn machine() -> String {
    let read = |path: &str| fs::read_to_string(path).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split(':').nth(1))
        .unwrap_or("unknown CPU")
        .trim()
        .to_owned();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|l| l.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or_else(
            || "? GiB".to_owned(),
            |kb| format!("{:.0} GiB", kb as f64 / 1048576.0),
        );
    let output = |program: &str, args: &[&str]| {
        Command::new(program)
            .args(args)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
            .unwrap_or_default()
    };
    format!(
        "{} UTC, {cores} cores ({model}), {memory}, {}",
        output("date", &["-u", "+%Y-%m-%d %H:%M"]),
        output("rustc", &["-V"])
    )
}

/// A scratch copy of the client crate: the runtime as it is, the synthetic module as `apis`.
fn scratch_crate(root: &Path, client: &codegen::Client) -> Result<std::path::PathBuf, String> {
    let files = &client.files;
    let scratch = root.join(SCRATCH).join("generated-client");
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(scratch.join("src/apis")).map_err(|e| e.to_string())?;
    // The runtime, folder by folder; the generated `apis/` is the synthetic module.
    let src = root.join("generated-client/src");
    let mut folders = vec![src.clone()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            let to = scratch
                .join("src")
                .join(path.strip_prefix(&src).map_err(|e| e.to_string())?);
            if path.is_dir() {
                if path != src.join("apis") {
                    fs::create_dir_all(&to).map_err(|e| e.to_string())?;
                    folders.push(path);
                }
            } else {
                fs::copy(&path, to).map_err(|e| e.to_string())?;
            }
        }
    }
    let lib = fs::read_to_string(scratch.join("src/lib.rs")).map_err(|e| e.to_string())?;
    // The README is not there; the crate docs do not matter for this measurement.
    let lib = lib.replace(
        "#![doc = include_str!(\"../../README.md\")]",
        "//! Benchmark copy.",
    );
    fs::write(scratch.join("src/lib.rs"), lib).map_err(|e| e.to_string())?;
    for file in files {
        fs::write(scratch.join("src").join(&file.path), &file.contents)
            .map_err(|e| e.to_string())?;
    }
    // A one-member copy of the workspace, so that the client's manifest works unchanged but for
    // its tests and examples, which are not part of this measurement.
    let workspace = fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let workspace: Vec<&str> = workspace
        .lines()
        .map(|line| {
            if line.starts_with("members = ") {
                r#"members = ["generated-client"]"#
            } else {
                line
            }
        })
        .collect();
    let workspace = workspace.join("\n");
    fs::write(scratch.join("../Cargo.toml"), workspace).map_err(|e| e.to_string())?;
    let manifest =
        fs::read_to_string(root.join("generated-client/Cargo.toml")).map_err(|e| e.to_string())?;
    let manifest = manifest
        .split("[dev-dependencies]")
        .next()
        .unwrap_or_default();
    let manifest = client.manifest(manifest)?;
    fs::write(scratch.join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    // The workspace's lock file, so the copy builds the same dependency versions.
    let _ = fs::copy(root.join("Cargo.lock"), scratch.join("../Cargo.lock"));

    Ok(scratch)
}

/// The arguments of `cargo <step>` of the library with `features`, as measured and unmeasured.
fn step_args<'a>(step: &'a str, features: &'a str) -> [&'a str; 5] {
    [step, "--quiet", "--lib", "--features", features]
}

/// `cargo <step>` in `dir`, unmeasured (to build the dependencies).
fn cargo_step(cargo: &str, dir: &Path, step: &str, features: &str) -> Result<(), String> {
    let status = Command::new(cargo)
        .args(step_args(step, features))
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(dir)
        .status()
        .map_err(|e| format!("cargo {step}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("cargo {step} failed in {}", dir.display()))
    }
}

/// `cargo <step>` of the crate alone: its `lib.rs` touched so that it is compiled again, from
/// scratch (no incremental caches), as a consumer building it for the first time does.
fn measured_step(cargo: &str, dir: &Path, step: &str, features: &str) -> Result<Sample, String> {
    let lib = dir.join("src/lib.rs");
    fs::read_to_string(&lib)
        .and_then(|text| fs::write(&lib, text))
        .map_err(|e| e.to_string())?;
    timed(
        Path::new(cargo),
        &step_args(step, features),
        dir,
        &[("CARGO_INCREMENTAL", "0")],
    )
}
