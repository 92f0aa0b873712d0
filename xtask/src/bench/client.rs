//! Client CPU per call: runs `client-bench` (the generated client and a hand-written reqwest +
//! serde client taking turns against one loopback server) and, where valgrind is installed,
//! counts the instructions per call of each, a figure the machine's load does not move.

use std::path::Path;
use std::process::Command;

use super::measure::spread;

const ROUNDS: usize = 10;
const CALLS: usize = 2_000;

pub fn run(root: &Path, cargo: &str) -> Result<Vec<String>, String> {
    let status = Command::new(cargo)
        .args(["build", "--quiet", "--release", "-p", "client-bench"])
        .current_dir(root)
        .status()
        .map_err(|e| format!("cargo build -p client-bench: {e}"))?;
    if !status.success() {
        return Err("cargo build --release -p client-bench failed".to_owned());
    }
    let program = root.join("target/release/client-bench");
    let output = Command::new(&program)
        .args([ROUNDS.to_string(), CALLS.to_string()])
        .output()
        .map_err(|e| format!("{}: {e}", program.display()))?;
    if !output.status.success() {
        return Err(format!(
            "client-bench failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    // `round <r> <who> <ns>`
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let ["round", _, who, ns] = fields[..] {
            let ns: f64 = ns.parse().map_err(|_| format!("client-bench: {line:?}"))?;
            match who {
                "ours" => ours.push(ns / 1000.0),
                _ => theirs.push(ns / 1000.0),
            }
        }
    }
    if ours.is_empty() || ours.len() != theirs.len() {
        return Err(format!("client-bench printed no paired rounds:\n{text}"));
    }
    // Rounds are interleaved, so each round's pair saw the same machine.
    let ratios = spread(ours.iter().zip(&theirs).map(|(a, b)| a / b));
    let ours = spread(ours);
    let theirs = spread(theirs);
    let mut rows = vec![format!(
        "| CPU per call (µs, thread time) | {ROUNDS} rounds × {CALLS} calls | {:.1} ({:.1}–{:.1}) | {:.1} ({:.1}–{:.1}) | {:.3} (rounds {:.3}–{:.3}) |",
        ours.median,
        ours.min,
        ours.max,
        theirs.median,
        theirs.min,
        theirs.max,
        ours.median / theirs.median,
        ratios.min,
        ratios.max,
    )];
    if let Some(row) = instructions(&program)? {
        rows.push(row);
    }
    Ok(rows)
}

/// Instructions per call under callgrind: the main thread's count for 2 × CALLS calls minus
/// that for CALLS calls, so that start-up cancels out. `None` without valgrind.
fn instructions(program: &Path) -> Result<Option<String>, String> {
    if Command::new("valgrind").arg("--version").output().is_err() {
        return Ok(None);
    }
    let count = |who: &str, calls: usize| -> Result<f64, String> {
        let out = std::env::temp_dir().join(format!("client-bench-{who}-{calls}.callgrind"));
        let status = Command::new("valgrind")
            .args(["--tool=callgrind", "--separate-threads=yes"])
            .arg(format!("--callgrind-out-file={}", out.display()))
            .arg(program)
            .args(["1", &calls.to_string(), who])
            .output()
            .map_err(|e| format!("valgrind: {e}"))?;
        if !status.status.success() {
            return Err(format!(
                "valgrind {who}: {}",
                String::from_utf8_lossy(&status.stderr)
            ));
        }
        // The main thread's file ends in `-01`.
        let main = format!("{}-01", out.display());
        let text = std::fs::read_to_string(&main).map_err(|e| format!("{main}: {e}"))?;
        let total = text
            .lines()
            .find_map(|l| l.strip_prefix("summary: "))
            .and_then(|n| n.trim().parse::<f64>().ok())
            .ok_or_else(|| format!("{main}: no summary"))?;
        for thread in 1..=8 {
            let _ = std::fs::remove_file(format!("{}-{thread:02}", out.display()));
        }
        let _ = std::fs::remove_file(&out);
        Ok(total)
    };
    let per_call = |who: &str| -> Result<f64, String> {
        Ok((count(who, 2 * CALLS)? - count(who, CALLS)?) / CALLS as f64)
    };
    let ours = per_call("ours")?;
    let theirs = per_call("handwritten")?;
    Ok(Some(format!(
        "| instructions per call (callgrind, main thread) | {CALLS} calls, difference of two runs | {:.0} | {:.0} | {:.3} |",
        ours,
        theirs,
        ours / theirs
    )))
}
