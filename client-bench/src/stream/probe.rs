//! What the benchmark reads about a process from `/proc` (Linux): the CPU time of all its
//! threads and its resident memory.

use std::fs;

/// Nanoseconds the threads of process `pid` (`self` for this one) have run on a CPU: the sum
/// of each thread's schedstat, which counts in nanoseconds, where `/proc/<pid>/stat` counts in
/// ticks of 10 ms.
pub fn cpu_ns(pid: &str) -> Result<u64, String> {
    let tasks = format!("/proc/{pid}/task");
    let mut total = 0;
    for entry in fs::read_dir(&tasks).map_err(|e| format!("{tasks}: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path().join("schedstat");
        // A thread may end between the listing and the read.
        if let Ok(text) = fs::read_to_string(&path) {
            total += text
                .split_whitespace()
                .next()
                .and_then(|n| n.parse::<u64>().ok())
                .ok_or_else(|| format!("{}: {text:?}", path.display()))?;
        }
    }
    Ok(total)
}

/// A `kB` line of `/proc/<pid>/status`: `VmRSS` (resident now) or `VmHWM` (the peak).
pub fn status_kib(pid: &str, field: &str) -> Result<u64, String> {
    kib(&format!("/proc/{pid}/status"), field)
}

/// The resident memory of process `pid` that is its own (`Anonymous` in
/// `/proc/<pid>/smaps_rollup`: heap, stacks, written data), without the pages of the
/// executable and the shared libraries it maps from files.
pub fn anonymous_kib(pid: &str) -> Result<u64, String> {
    kib(&format!("/proc/{pid}/smaps_rollup"), "Anonymous")
}

fn kib(path: &str, field: &str) -> Result<u64, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    text.lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| format!("{path}: no {field}"))
}
