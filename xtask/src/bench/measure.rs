//! Timing commands from outside: each measured command is a child process run under
//! `/usr/bin/time`, which reports its wall time, CPU time (user + system, children included)
//! and peak resident set (the largest process's: rustc's, for cargo).

use std::path::Path;
use std::process::Command;

/// One run of a command.
#[derive(Clone, Copy, Debug)]
pub struct Sample {
    pub wall: f64,
    pub cpu: f64,
    pub peak_kib: u64,
}

const TIME: &str = "/usr/bin/time";
const FORMAT: &str = "bench-sample %e %U %S %M";

/// Runs `command` (its stdout discarded) and measures it.
pub fn timed(
    program: &Path,
    args: &[&str],
    dir: &Path,
    env: &[(&str, &str)],
) -> Result<Sample, String> {
    if !Path::new(TIME).exists() {
        return Err(format!(
            "{TIME} is needed to measure CPU time and peak memory"
        ));
    }
    let mut command = Command::new(TIME);
    command
        .args(["-f", FORMAT])
        .arg(program)
        .args(args)
        .current_dir(dir);
    for (key, value) in env {
        command.env(key, value);
    }
    let output = command
        .output()
        .map_err(|e| format!("{}: {e}", program.display()))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let shown = || format!("{} {}", program.display(), args.join(" "));
    if !output.status.success() {
        return Err(format!("`{}` failed:\n{stderr}", shown()));
    }
    let line = stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("bench-sample "))
        .ok_or_else(|| format!("`{}`: no measurement from {TIME}", shown()))?;
    let numbers: Vec<f64> = line
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match numbers[..] {
        [wall, user, system, peak] => Ok(Sample {
            wall,
            cpu: user + system,
            peak_kib: peak as u64,
        }),
        _ => Err(format!("`{}`: unreadable measurement {line:?}", shown())),
    }
}

/// The median and the range of some numbers.
#[derive(Clone, Copy, Debug)]
pub struct Spread {
    pub median: f64,
    pub min: f64,
    pub max: f64,
}

pub fn spread(values: impl IntoIterator<Item = f64>) -> Spread {
    let mut values: Vec<f64> = values.into_iter().collect();
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    };
    Spread {
        median,
        min: values.first().copied().unwrap_or(f64::NAN),
        max: values.last().copied().unwrap_or(f64::NAN),
    }
}

/// A table row for repeated samples: wall, CPU and peak, each as median (min–max).
pub fn row(what: &str, command: &str, samples: &[Sample]) -> String {
    let wall = spread(samples.iter().map(|s| s.wall));
    let cpu = spread(samples.iter().map(|s| s.cpu));
    let peak = spread(samples.iter().map(|s| s.peak_kib as f64 / 1024.0));
    format!(
        "| {what} | `{command}` | {} | {} s ({:.2}–{:.2}) | {} s ({:.2}–{:.2}) | {:.0} MiB ({:.0}–{:.0}) |",
        samples.len(),
        fmt2(wall.median),
        wall.min,
        wall.max,
        fmt2(cpu.median),
        cpu.min,
        cpu.max,
        peak.median,
        peak.min,
        peak.max,
    )
}

fn fmt2(x: f64) -> String {
    format!("{x:.2}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_of_an_even_count_is_the_mean_of_the_middle_two() {
        let s = spread([4.0, 1.0, 3.0, 2.0]);
        assert_eq!((s.median, s.min, s.max), (2.5, 1.0, 4.0));
        assert_eq!(spread([5.0, 1.0, 9.0]).median, 5.0);
    }
}
