//! `cargo xtask conformance capture [MODULE ...]`: records what the official DingTalk Python SDK
//! sends and parses for every operation, into the committed fixtures under
//! `generated-client/tests/conformance/`.
//!
//! The work is done by `xtask/conformance/capture.py`, in the pinned environment of
//! `python_env`.

use std::path::Path;
use std::process::Command;

use crate::python_env::run;

const HELPER: &str = "xtask/conformance/capture.py";
const FIXTURES: &str = "generated-client/tests/conformance";

/// Prepares the environment and runs the capture (all modules, or the ones named).
pub fn capture(root: &Path, modules: &[&str]) -> Result<(), String> {
    let python = crate::python_env::pinned_python(root)?;
    let mut helper = Command::new(&python);
    helper
        .arg(root.join(HELPER))
        .arg(root.join(FIXTURES))
        .args(modules)
        // The recorder is on 127.0.0.1: no proxy may stand in between.
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env("NO_PROXY", "127.0.0.1")
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUTF8", "1");
    run(&mut helper)
}
