//! The Python environment the tools that read or drive the official package run in: a virtual
//! environment under `target/` holding exactly the pinned packages of
//! `xtask/python/requirements.txt` (every package, `name==version`). pip is the one thing that
//! reaches the network (PyPI), and only when the environment does not already hold that set.
//! Used by `cargo xtask import` (which only reads the package's files) and
//! `cargo xtask conformance capture` (which calls the SDK). The Stream benchmark has an
//! environment of its own, for the official Stream SDK (`xtask/bench/requirements-stream.txt`).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every package of the environment, each `name==version`.
pub const REQUIREMENTS: &str = "xtask/python/requirements.txt";
const VENV: &str = "target/python-venv";
/// Every package of the Stream benchmark's environment (the official Stream SDK), each
/// `name==version`.
pub const STREAM_REQUIREMENTS: &str = "xtask/bench/requirements-stream.txt";
const STREAM_VENV: &str = "target/python-stream-venv";

/// The environment's interpreter, after making sure the environment holds exactly the pinned
/// set (creating or re-creating it when it does not).
pub fn pinned_python(root: &Path) -> Result<PathBuf, String> {
    pinned_python_in(root, REQUIREMENTS, VENV)
}

/// The Stream benchmark's interpreter, its environment made sure of as [`pinned_python`]'s.
pub fn stream_python(root: &Path) -> Result<PathBuf, String> {
    pinned_python_in(root, STREAM_REQUIREMENTS, STREAM_VENV)
}

/// The interpreter of the environment `venv` (relative to the root), made to hold exactly the
/// set pinned in `requirements`.
fn pinned_python_in(root: &Path, requirements: &str, venv: &str) -> Result<PathBuf, String> {
    let (shown, requirements) = (venv, root.join(requirements));
    let text = fs::read_to_string(&requirements)
        .map_err(|e| format!("{}: {e}", requirements.display()))?;
    let pinned = pinned_set(&text)?;
    let venv = root.join(shown);
    let python = venv_python(&venv);

    if python.exists() && installed_set(&python)? == pinned {
        println!("{shown}: the pinned packages are installed");
    } else {
        println!(
            "{shown}: creating it and installing {} pinned packages",
            pinned.len()
        );
        // `--clear`: a stale environment may hold packages the pinned set does not list.
        run(Command::new(host_python())
            .args(["-m", "venv", "--clear"])
            .arg(&venv))?;
        run(Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(["--no-input", "--no-deps", "-r"])
            .arg(&requirements))?;
        let installed = installed_set(&python)?;
        if installed != pinned {
            return Err(format!(
                "{shown} does not hold the pinned set after installing it:\n  missing: {:?}\n  unexpected: {:?}",
                pinned.difference(&installed).collect::<Vec<_>>(),
                installed.difference(&pinned).collect::<Vec<_>>(),
            ));
        }
    }

    Ok(python)
}

/// The interpreter that creates the environment.
fn host_python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

fn venv_python(venv: &Path) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join("python.exe")
    } else {
        venv.join("bin").join("python")
    }
}

pub fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("{command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed: {status}"))
    }
}

/// What `pip freeze` reports for the environment, normalised like [`pinned_set`].
fn installed_set(python: &Path) -> Result<BTreeSet<String>, String> {
    let output = Command::new(python)
        .args(["-m", "pip", "freeze", "--disable-pip-version-check"])
        .output()
        .map_err(|e| format!("{}: {e}", python.display()))?;
    if !output.status.success() {
        return Err(format!(
            "pip freeze failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    pinned_set(&String::from_utf8_lossy(&output.stdout))
}

/// The `name==version` lines of a requirements file or of `pip freeze`, names normalised as pip
/// compares them (case, and runs of `-`, `_`, `.`). Anything but an exact pin is refused.
fn pinned_set(text: &str) -> Result<BTreeSet<String>, String> {
    let mut set = BTreeSet::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((name, version)) = line.split_once("==") else {
            return Err(format!("`{line}` is not pinned as name==version"));
        };
        let mut normalised = String::new();
        for c in name.trim().chars() {
            if matches!(c, '-' | '_' | '.') {
                if !normalised.ends_with('-') {
                    normalised.push('-');
                }
            } else {
                normalised.push(c.to_ascii_lowercase());
            }
        }
        set.insert(format!("{normalised}=={}", version.trim()));
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_as_pip_compares_them() {
        let pinned =
            pinned_set("# comment\n\nalibabacloud_gateway_dingtalk==1.0.2\nAPScheduler==3.11.3\n");
        let frozen = pinned_set("alibabacloud-gateway-dingtalk==1.0.2\napscheduler==3.11.3\n");
        assert_eq!(pinned, frozen);
    }

    #[test]
    fn anything_but_an_exact_pin_is_refused() {
        assert!(pinned_set("requests>=2\n").is_err());
        assert!(pinned_set("requests\n").is_err());
    }

    /// The committed requirements pin every package, the two the capture is about included.
    #[test]
    fn the_committed_requirements_pin_the_official_sdk() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let text = fs::read_to_string(root.join(REQUIREMENTS)).unwrap();
        let set = pinned_set(&text).unwrap();
        assert!(set.contains("alibabacloud-dingtalk==2.2.65"));
        assert!(set.contains("alibabacloud-tea-openapi==0.4.6"));
    }

    /// The Stream benchmark's requirements pin the official Stream SDK the figures name.
    #[test]
    fn the_stream_requirements_pin_the_official_stream_sdk() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        let text = fs::read_to_string(root.join(STREAM_REQUIREMENTS)).unwrap();
        let set = pinned_set(&text).unwrap();
        assert!(set.contains("dingtalk-stream==0.24.3"));
        assert!(set.contains("websockets==17.4"));
    }
}
