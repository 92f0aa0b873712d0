//! `cargo xtask bench [OPS]`: what a large API module costs to compile. Generates a module of
//! OPS copies of CreateTask (default 500; each brings 7 models and an error enum, heavier than
//! the average DingTalk operation's 5 models), builds it with the real runtime in a scratch
//! crate under `target/`, and prints lines, `cargo check` and `cargo build` times, and the peak
//! memory of each when `/usr/bin/time` is there to measure it.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use codegen::SpecSource;

pub fn run(root: &Path, ops: usize) -> Result<(), String> {
    let synthetic = synthetic_spec(root, ops)?;
    let sources = [SpecSource {
        path: "bench/scale_1_0.yaml",
        text: &synthetic,
    }];
    let client = codegen::generate_client(&sources).map_err(|e| format!("{e:?}"))?;
    let files = &client.files;

    // A scratch copy of the client crate: the runtime as it is, the synthetic module as `apis`.
    let scratch = root.join("target/xtask-bench/generated-client");
    let _ = fs::remove_dir_all(&scratch);
    fs::create_dir_all(scratch.join("src/apis")).map_err(|e| e.to_string())?;
    for entry in fs::read_dir(root.join("generated-client/src")).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.path().is_file() {
            fs::copy(entry.path(), scratch.join("src").join(entry.file_name()))
                .map_err(|e| e.to_string())?;
        }
    }
    let lib = fs::read_to_string(scratch.join("src/lib.rs")).map_err(|e| e.to_string())?;
    // The README is not there; the crate docs do not matter for this measurement.
    let lib = lib.replace(
        "#![doc = include_str!(\"../../README.md\")]",
        "//! Benchmark copy.",
    );
    fs::write(scratch.join("src/lib.rs"), lib).map_err(|e| e.to_string())?;
    let mut lines = 0;
    for file in files {
        lines += file.contents.lines().count();
        fs::write(scratch.join("src").join(&file.path), &file.contents)
            .map_err(|e| e.to_string())?;
    }
    // A one-member copy of the workspace, so that the client's manifest works unchanged but for
    // its tests and examples, which are not part of this measurement.
    let workspace = fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    let workspace = workspace.replace(
        r#"members = ["codegen", "conformance", "generated-client", "xtask"]"#,
        r#"members = ["generated-client"]"#,
    );
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

    println!("{ops} operations, {lines} generated lines");
    for step in ["check", "build"] {
        // The first run builds the dependencies; the second measures the crate alone.
        cargo(&scratch, step, false)?;
        let lib = scratch.join("src/lib.rs");
        fs::read_to_string(&lib)
            .and_then(|text| fs::write(&lib, text))
            .map_err(|e| e.to_string())?;
        let (seconds, peak) = cargo(&scratch, step, true)?;
        match peak {
            Some(kb) => println!("cargo {step}: {seconds:.1} s, peak {} MiB", kb / 1024),
            None => println!("cargo {step}: {seconds:.1} s"),
        }
    }
    Ok(())
}

/// Runs `cargo <step>` in `dir`; returns the wall time and, when measured, the peak RSS in KiB.
fn cargo(dir: &Path, step: &str, measure: bool) -> Result<(f64, Option<u64>), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let time = Path::new("/usr/bin/time");
    let mut command = if measure && time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "peak-kb %M", &cargo]);
        c
    } else {
        Command::new(&cargo)
    };
    // Without incremental caches, the second run compiles the crate from scratch, as a
    // consumer building it for the first time does.
    command
        .args([step, "--quiet", "--lib", "--features", "full"])
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(dir);
    let started = Instant::now();
    let output = command.output().map_err(|e| format!("cargo {step}: {e}"))?;
    let seconds = started.elapsed().as_secs_f64();
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!("cargo {step} failed:\n{stderr}"));
    }
    let peak = stderr
        .lines()
        .find_map(|l| l.strip_prefix("peak-kb "))
        .and_then(|kb| kb.trim().parse().ok());
    Ok((seconds, peak))
}

/// A module of `ops` copies of CreateTask (each with its own path) and the types they use.
fn synthetic_spec(root: &Path, ops: usize) -> Result<String, String> {
    let path = "api-spec/team_sphere_1_0.yaml";
    let text = fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))?;
    let spec = codegen::parse(SpecSource { path, text: &text }).map_err(|e| format!("{e:?}"))?;
    let (_, create_task) = spec
        .operations
        .0
        .iter()
        .find(|(name, _)| name == "CreateTask")
        .ok_or("api-spec/team_sphere_1_0.yaml has no CreateTask")?;
    let mut synthetic = spec.clone();
    synthetic.module = "scale_1_0".to_owned();
    synthetic.operations.0 = (0..ops)
        .map(|i| {
            let mut op = create_task.clone();
            op.path = format!("{}{i}", op.path);
            (format!("CreateTask{i}"), op)
        })
        .collect();
    // Only the types CreateTask reaches.
    let mut used: Vec<String> = Vec::new();
    let mut pending = Vec::new();
    let op = create_task;
    for (_, schema) in op
        .query
        .0
        .iter()
        .chain(&op.headers.0)
        .chain(&op.path_params.0)
    {
        refs(schema, &mut pending);
    }
    for schema in op
        .body
        .iter()
        .chain(op.response.iter().filter_map(|r| r.body.as_ref()))
    {
        refs(schema, &mut pending);
    }
    while let Some(name) = pending.pop() {
        if used.contains(&name) {
            continue;
        }
        if let Some((_, schema)) = spec.types.0.iter().find(|(n, _)| *n == name) {
            refs(schema, &mut pending);
        }
        used.push(name);
    }
    synthetic.types.0 = spec
        .types
        .0
        .iter()
        .filter(|(name, _)| used.contains(name))
        .cloned()
        .collect();
    Ok(crate::import::spec_text(&synthetic))
}

/// The named types a schema refers to, at any depth.
fn refs(schema: &codegen::spec::Schema, out: &mut Vec<String>) {
    out.extend(schema.reference.iter().cloned());
    if let Some(properties) = &schema.properties {
        for (_, property) in &properties.0 {
            refs(property, out);
        }
    }
    for inner in schema.items.iter().chain(&schema.values) {
        refs(inner, out);
    }
}
