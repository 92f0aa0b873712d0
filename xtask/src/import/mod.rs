//! `cargo xtask import`: the specs of the whole API from the official Python package.
//!
//! The pinned package is installed with pip into a virtual environment under `target/`, read by
//! `xtask/import/extract.py` (Python's `ast`, the package is never imported), converted to one
//! spec per module, merged with what people added to the specs already on disk, and written to
//! `api-spec/`. Running it twice changes nothing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use codegen::SpecSource;

mod convert;
mod merge;
mod package;
mod write;

const REQUIREMENTS: &str = "xtask/import/requirements.txt";
const EXTRACT: &str = "xtask/import/extract.py";
const VENV: &str = "target/import-venv";

/// The first lines of every imported spec.
const HEADER: &str = "\
Imported from the official package alibabacloud-dingtalk 2.2.65 by `cargo xtask import`.
Structure comes from the package. Descriptions, enum values, `deprecated` and error tables
added here are kept by the next import (api-spec/README.md, \"Imported specs\").";

/// A spec as the importer writes it, without the import header.
pub fn spec_text(spec: &codegen::spec::SpecFile) -> String {
    write::spec_text(spec, "")
}

/// What an import did.
pub struct Summary {
    pub modules: usize,
    pub operations: usize,
    pub types: usize,
    pub written: Vec<String>,
}

/// Installs the package if needed, reads it, writes the specs.
pub fn run(root: &Path) -> Result<Summary, Vec<String>> {
    let package_dir = install(root).map_err(|e| vec![e])?;
    let json = extract(root, &package_dir).map_err(|e| vec![e])?;
    apply(root, &json)
}

/// The package's folder in a virtual environment holding exactly the pinned requirements.
fn install(root: &Path) -> Result<PathBuf, String> {
    let requirements =
        fs::read_to_string(root.join(REQUIREMENTS)).map_err(|e| format!("{REQUIREMENTS}: {e}"))?;
    let venv = root.join(VENV);
    let marker = venv.join("installed-requirements.txt");
    if fs::read_to_string(&marker).ok().as_deref() != Some(requirements.as_str()) {
        let _ = fs::remove_dir_all(&venv);
        run_command(Command::new("python3").args(["-m", "venv"]).arg(&venv))?;
        run_command(
            Command::new(venv.join("bin/pip"))
                .args([
                    "install",
                    "--quiet",
                    "--no-deps",
                    "--disable-pip-version-check",
                    "-r",
                ])
                .arg(root.join(REQUIREMENTS)),
        )?;
        fs::write(&marker, &requirements).map_err(|e| e.to_string())?;
    }
    let lib = venv.join("lib");
    let entries = fs::read_dir(&lib).map_err(|e| format!("{}: {e}", lib.display()))?;
    for entry in entries.flatten() {
        let dir = entry.path().join("site-packages/alibabacloud_dingtalk");
        if dir.is_dir() {
            return Ok(dir);
        }
    }
    Err(format!(
        "alibabacloud_dingtalk is not in {}; remove {VENV} and run again",
        venv.display()
    ))
}

fn run_command(command: &mut Command) -> Result<Vec<u8>, String> {
    let shown = format!("{command:?}");
    let output = command
        .output()
        .map_err(|e| format!("{shown} could not start: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{shown} failed ({}):\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(output.stdout)
}

/// The package's structure as JSON (`package::Package`).
pub fn extract(root: &Path, package_dir: &Path) -> Result<String, String> {
    let out = run_command(
        Command::new("python3")
            .arg(root.join(EXTRACT))
            .arg(package_dir),
    )?;
    String::from_utf8(out).map_err(|e| format!("{EXTRACT} printed invalid UTF-8: {e}"))
}

/// Writes one spec per module of `json`, keeping what people added to the existing specs.
pub fn apply(root: &Path, json: &str) -> Result<Summary, Vec<String>> {
    let package: package::Package =
        serde_json::from_str(json).map_err(|e| vec![format!("{EXTRACT} output: {e}")])?;
    let mut problems = Vec::new();
    let mut files = Vec::new();
    let mut summary = Summary {
        modules: 0,
        operations: 0,
        types: 0,
        written: Vec::new(),
    };
    for module in &package.modules {
        let mut spec = match convert::module_spec(module) {
            Ok(spec) => spec,
            Err(mut found) => {
                problems.append(&mut found);
                continue;
            }
        };
        let path = format!("{}/{}.yaml", crate::SPEC_DIR, module.module);
        if let Ok(text) = fs::read_to_string(root.join(&path)) {
            match codegen::parse(SpecSource {
                path: &path,
                text: &text,
            }) {
                Ok(old) => merge::carry_over(&mut spec, &old),
                Err(errors) => problems.extend(errors.iter().map(ToString::to_string)),
            }
        }
        summary.modules += 1;
        summary.operations += spec.operations.0.len();
        summary.types += spec.types.0.len();
        files.push((path, write::spec_text(&spec, HEADER)));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    for (path, text) in files {
        match crate::ensure_file_contents(&root.join(&path), &text, crate::Mode::Write) {
            Ok(true) => summary.written.push(path),
            Ok(false) => {}
            Err(e) => return Err(vec![format!("{path}: {e}")]),
        }
    }
    Ok(summary)
}
