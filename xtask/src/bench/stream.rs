//! `cargo xtask bench-stream [ROUNDS]` (also the last part of `cargo xtask bench`): Stream mode
//! clients side by side on one loopback fake gateway (`client-bench`'s `stream-bench`): the
//! trivial client (the gateway's ceiling), this crate's client (`stream-client`, built for
//! release, and again with whole-program optimisation: `profile.release-lto`) and the
//! official Python SDK (`dingtalk-stream`, in a pinned venv under `target/`), each a process of
//! its own, taking turns round after round so that all see the same machine. For each kind of
//! frame and number in flight: frames ACKed per second, ACK latency, CPU per frame of the
//! client process and of the gateway, resident memory of the idle connected client; and, where
//! valgrind is installed, the client's instructions per frame, which the load does not move.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::measure::spread;
use crate::python_env;

/// Frames pushed and ACKed before the measured ones (imports, caches, allocator pools warm).
const WARMUP: usize = 500;
/// Frames measured per run.
const FRAMES: usize = 5_000;
const KINDS: [&str; 2] = ["robot", "event"];
const IN_FLIGHT: [usize; 2] = [1, 64];
/// Under callgrind: frames one at a time, the counts of two runs of these many frames
/// subtracted so that start-up and connection cancel out.
const COUNTED: [usize; 2] = [200, 700];
const SCRIPT: &str = "xtask/bench/stream_client.py";

/// One client the gateway starts.
struct Client {
    name: &'static str,
    /// The command, the frame kind appended.
    command: Vec<String>,
    /// Whether it reads the kind (the trivial client ACKs whatever comes).
    takes_kind: bool,
}

impl Client {
    fn command(&self, kind: &str) -> Vec<String> {
        let mut command = self.command.clone();
        if self.takes_kind {
            command.push(kind.to_owned());
        }
        command
    }
}

/// One run's `result` line, as numbers.
#[derive(Clone, Debug, Default)]
struct Run {
    frames_per_s: f64,
    p50_us: f64,
    p99_us: f64,
    client_cpu_us: f64,
    gateway_cpu_us: f64,
    idle_rss_mib: f64,
    idle_anon_mib: f64,
    peak_rss_mib: f64,
}

pub fn run(root: &Path, cargo: &str, rounds: usize) -> Result<Vec<String>, String> {
    build(root, cargo, &["--release", "--bins"])?;
    // The same client, linked with whole-program optimisation (`profile.release-lto`).
    build(
        root,
        cargo,
        &["--profile", "release-lto", "--bin", "stream-client"],
    )?;
    let bench = root.join("target/release/stream-bench");
    let ours = root.join("target/release/stream-client");
    let ours_lto = root.join("target/release-lto/stream-client");
    let python = python_env::stream_python(root)?;
    let shown = |path: &PathBuf| path.display().to_string();

    let mut clients = vec![Client {
        name: "trivial client (the gateway's ceiling)",
        command: vec![shown(&bench), "trivial-client".to_owned()],
        takes_kind: false,
    }];
    for (name, path) in [
        ("generated-client (Rust)", &ours),
        ("generated-client (Rust, fat LTO)", &ours_lto),
    ] {
        if path.exists() {
            clients.push(Client {
                name,
                command: vec![shown(path)],
                takes_kind: true,
            });
        } else {
            eprintln!("{} is not built: it is left out", path.display());
        }
    }
    clients.push(Client {
        name: "dingtalk-stream 0.24.3 (Python)",
        command: vec![shown(&python), shown(&root.join(SCRIPT))],
        takes_kind: true,
    });

    // (kind, in flight, client) → runs.
    let mut runs: BTreeMap<(&str, usize, usize), Vec<Run>> = BTreeMap::new();
    for round in 0..rounds.max(1) {
        for kind in KINDS {
            for in_flight in IN_FLIGHT {
                // Who goes first alternates, so that no client always follows the same one.
                let mut order: Vec<usize> = (0..clients.len()).collect();
                if round % 2 == 1 {
                    order.reverse();
                }
                for at in order {
                    let line = stream_bench(
                        &bench,
                        kind,
                        in_flight,
                        WARMUP,
                        FRAMES,
                        &clients[at].command(kind),
                    )?;
                    eprintln!("round {round} {}: {line}", clients[at].name);
                    runs.entry((kind, in_flight, at))
                        .or_default()
                        .push(parse(&line)?);
                }
            }
        }
    }

    let mut rows = vec![
        format!(
            "| frames | in flight | client | runs × frames | frames/s | ACK latency p50 / p99 (µs) | client CPU per frame (µs) | gateway CPU per frame (µs) | idle client RSS / anonymous (MiB) | peak RSS (MiB) |"
        ),
        "|---|---|---|---|---|---|---|---|---|---|".to_owned(),
    ];
    let median = |runs: &[Run], field: fn(&Run) -> f64| spread(runs.iter().map(field)).median;
    for kind in KINDS {
        for in_flight in IN_FLIGHT {
            for (at, client) in clients.iter().enumerate() {
                let Some(runs) = runs.get(&(kind, in_flight, at)) else {
                    continue;
                };
                let cpu = spread(runs.iter().map(|r| r.client_cpu_us));
                rows.push(format!(
                    "| {kind} | {in_flight} | {} | {} × {FRAMES} | {:.0} | {:.0} / {:.0} | {:.1} ({:.1}–{:.1}) | {:.1} | {:.1} / {:.1} | {:.1} |",
                    client.name,
                    runs.len(),
                    median(runs, |r| r.frames_per_s),
                    median(runs, |r| r.p50_us),
                    median(runs, |r| r.p99_us),
                    cpu.median,
                    cpu.min,
                    cpu.max,
                    median(runs, |r| r.gateway_cpu_us),
                    median(runs, |r| r.idle_rss_mib),
                    median(runs, |r| r.idle_anon_mib),
                    median(runs, |r| r.peak_rss_mib),
                ));
            }
        }
    }

    if Command::new("valgrind").arg("--version").output().is_ok() {
        rows.push(String::new());
        rows.push(format!(
            "| frames | client | instructions per frame (callgrind, all threads, difference of {} and {} frames, one in flight) | against the Python SDK |",
            COUNTED[1], COUNTED[0]
        ));
        rows.push("|---|---|---|---|".to_owned());
        for kind in KINDS {
            let mut counted = Vec::new();
            for client in &clients {
                counted.push(instructions(&bench, kind, &client.command(kind))?);
            }
            let python = counted.last().copied().unwrap_or(f64::NAN);
            for (client, per_frame) in clients.iter().zip(&counted) {
                rows.push(format!(
                    "| {kind} | {} | {per_frame:.0} | {:.3} |",
                    client.name,
                    per_frame / python
                ));
            }
        }
    }
    Ok(rows)
}

/// `cargo build --quiet -p client-bench` with these arguments.
fn build(root: &Path, cargo: &str, args: &[&str]) -> Result<(), String> {
    let status = Command::new(cargo)
        .args(["build", "--quiet", "-p", "client-bench"])
        .args(args)
        .current_dir(root)
        .status()
        .map_err(|e| format!("cargo build -p client-bench: {e}"))?;
    if !status.success() {
        return Err(format!(
            "cargo build -p client-bench {} failed",
            args.join(" ")
        ));
    }
    Ok(())
}

/// One `stream-bench run`, its `result` line.
fn stream_bench(
    bench: &Path,
    kind: &str,
    in_flight: usize,
    warmup: usize,
    frames: usize,
    client: &[String],
) -> Result<String, String> {
    let output = Command::new(bench)
        .args([
            "run",
            kind,
            &in_flight.to_string(),
            &warmup.to_string(),
            &frames.to_string(),
            "--",
        ])
        .args(client)
        .output()
        .map_err(|e| format!("{}: {e}", bench.display()))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "stream-bench {kind} {in_flight} with {client:?} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    stdout
        .lines()
        .find(|l| l.starts_with("result "))
        .map(str::to_owned)
        .ok_or_else(|| format!("stream-bench printed no result:\n{stdout}"))
}

/// A `result key=value …` line as numbers.
fn parse(line: &str) -> Result<Run, String> {
    let fields: BTreeMap<&str, f64> = line
        .split_whitespace()
        .filter_map(|f| f.split_once('='))
        .filter_map(|(k, v)| Some((k, v.parse().ok()?)))
        .collect();
    let field = |name: &str| {
        fields
            .get(name)
            .copied()
            .ok_or_else(|| format!("no {name} in {line:?}"))
    };
    let frames = field("frames")?;
    if field("acked")? != frames {
        return Err(format!("not every frame was ACKed with 200: {line}"));
    }
    Ok(Run {
        frames_per_s: frames / (field("wall_ns")? / 1e9),
        p50_us: field("p50_ns")? / 1e3,
        p99_us: field("p99_ns")? / 1e3,
        client_cpu_us: field("client_cpu_ns")? / frames / 1e3,
        gateway_cpu_us: field("gateway_cpu_ns")? / frames / 1e3,
        idle_rss_mib: field("idle_rss_kib")? / 1024.0,
        idle_anon_mib: field("idle_anon_kib")? / 1024.0,
        peak_rss_mib: field("peak_rss_kib")? / 1024.0,
    })
}

/// The client's instructions per frame under callgrind (every thread): two runs, with
/// [`COUNTED`] frames each, subtracted.
fn instructions(bench: &Path, kind: &str, client: &[String]) -> Result<f64, String> {
    let mut totals = Vec::new();
    for frames in COUNTED {
        let out =
            std::env::temp_dir().join(format!("stream-bench-{}.callgrind", std::process::id()));
        let mut command = vec![
            "valgrind".to_owned(),
            "--tool=callgrind".to_owned(),
            format!("--callgrind-out-file={}", out.display()),
        ];
        command.extend_from_slice(client);
        stream_bench(bench, kind, 1, 0, frames, &command)?;
        let text = std::fs::read_to_string(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        let _ = std::fs::remove_file(&out);
        let total = text
            .lines()
            .find_map(|l| l.strip_prefix("summary: "))
            .and_then(|n| n.trim().parse::<f64>().ok())
            .ok_or_else(|| format!("{}: no summary", out.display()))?;
        totals.push(total);
    }
    Ok((totals[1] - totals[0]) / (COUNTED[1] - COUNTED[0]) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_result_line_becomes_rates_and_per_frame_figures() {
        let run = parse("result kind=robot in_flight=1 frames=1000 acked=1000 failed=0 stray=0 wall_ns=500000000 client_cpu_ns=20000000 gateway_cpu_ns=5000000 p50_ns=150000 p99_ns=900000 idle_rss_kib=2048 idle_anon_kib=1024 peak_rss_kib=3072 after_rss_kib=3072").unwrap();
        assert_eq!(run.frames_per_s, 2000.0);
        assert_eq!(run.client_cpu_us, 20.0);
        assert_eq!(run.gateway_cpu_us, 5.0);
        assert_eq!((run.p50_us, run.p99_us), (150.0, 900.0));
        assert_eq!(
            (run.idle_rss_mib, run.idle_anon_mib, run.peak_rss_mib),
            (2.0, 1.0, 3.0)
        );
    }

    #[test]
    fn a_run_with_frames_left_un_acked_is_refused() {
        assert!(parse("result frames=10 acked=9 wall_ns=1 client_cpu_ns=1 gateway_cpu_ns=1 p50_ns=1 p99_ns=1 idle_rss_kib=1 peak_rss_kib=1").is_err());
    }
}
