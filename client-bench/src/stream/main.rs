//! Stream mode measured: a fake Stream gateway on 127.0.0.1 starts a client process, lets it
//! connect, reads its resident memory while it idles, then pushes frames with a fixed number in
//! flight and measures frames ACKed per second, the latency of each ACK (frame sent → ACK read)
//! and the CPU time the client process and the gateway spent. Memory is read twice: the whole
//! resident set, and the part that is the process's own (anonymous: heap, stacks), without the
//! pages of its executable and libraries, which depend on what the page cache holds.
//!
//! `stream-bench run <event|robot> <IN_FLIGHT> <WARMUP> <FRAMES> -- <COMMAND> [ARGS…]` starts
//! COMMAND with `DINGTALK_BASE_URL` and `DINGTALK_OPENAPI_ENDPOINT` (the official Python SDK's
//! name for it) set to the gateway's open endpoint, pushes WARMUP frames, then FRAMES measured
//! ones, stops the client with SIGTERM and prints one line:
//! `result key=value …`.
//!
//! `stream-bench trivial-client` is the client that does the least (see `trivial.rs`): the
//! gateway's ceiling.

mod frames;
mod gateway;
mod probe;
mod trivial;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::net::TcpListener;

use frames::Kind;

/// How long the client idles, connected, before its memory is read.
const IDLE: Duration = Duration::from_millis(1500);
/// The longest wait for the client to connect (Python under callgrind starts slowly).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(180);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("trivial-client") => trivial::run(),
        Some("run") => run(&args[1..]),
        _ => Err("usage: stream-bench run <event|robot> <IN_FLIGHT> <WARMUP> <FRAMES> -- <COMMAND> [ARGS…] | stream-bench trivial-client".to_owned()),
    };
    if let Err(error) = result {
        eprintln!("stream-bench: {error}");
        std::process::exit(1);
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let [kind, in_flight, warmup, count, dashes, command @ ..] = args else {
        return Err("run: too few arguments".to_owned());
    };
    let kind = Kind::parse(kind).ok_or_else(|| format!("unknown frame kind {kind:?}"))?;
    let number = |text: &str| {
        text.parse::<usize>()
            .map_err(|_| format!("{text:?} is not a number"))
    };
    let (in_flight, warmup, count) = (number(in_flight)?.max(1), number(warmup)?, number(count)?);
    if dashes != "--" || command.is_empty() {
        return Err("run: expected `-- <COMMAND>`".to_owned());
    }

    // Every frame built before the clock starts, so the gateway only writes them.
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    let frames: Vec<String> = (0..warmup + count)
        .map(|index| frames::frame(kind, index, now_ms))
        .collect();
    let (warmup_frames, measured_frames) = frames.split_at(warmup);

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let open = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let ws = TcpListener::bind("127.0.0.1:0")
            .await
            .map_err(|e| e.to_string())?;
        let base = format!("http://{}", open.local_addr().map_err(|e| e.to_string())?);
        let ws_port = ws.local_addr().map_err(|e| e.to_string())?.port();
        tokio::spawn(gateway::serve_open(open, ws_port));

        let mut client = Stopped(
            Command::new(&command[0])
                .args(&command[1..])
                .env("DINGTALK_BASE_URL", &base)
                .env("DINGTALK_OPENAPI_ENDPOINT", &base)
                .env("DINGTALK_CLIENT_ID", "bench-id")
                .env("DINGTALK_CLIENT_SECRET", "bench-secret")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .spawn()
                .map_err(|e| format!("{}: {e}", command[0]))?,
        );
        let pid = client.0.id().to_string();

        let mut socket = tokio::time::timeout(CONNECT_TIMEOUT, gateway::accept(&ws))
            .await
            .map_err(|_| format!("the client did not connect within {CONNECT_TIMEOUT:?}"))??;
        tokio::time::sleep(IDLE).await;
        let idle_rss = probe::status_kib(&pid, "VmRSS")?;
        let idle_anon = probe::anonymous_kib(&pid)?;

        gateway::push(&mut socket, warmup_frames, 0, in_flight).await?;
        let (client_cpu, gateway_cpu) = (probe::cpu_ns(&pid)?, probe::cpu_ns("self")?);
        let started = Instant::now();
        let pushed = gateway::push(&mut socket, measured_frames, warmup, in_flight).await?;
        let wall = started.elapsed();
        let client_cpu = probe::cpu_ns(&pid)? - client_cpu;
        let gateway_cpu = probe::cpu_ns("self")? - gateway_cpu;
        let peak_rss = probe::status_kib(&pid, "VmHWM")?;
        tokio::time::sleep(IDLE).await;
        let after_rss = probe::status_kib(&pid, "VmRSS")?;

        let percentile = |p: usize| {
            pushed
                .latencies
                .get((pushed.latencies.len() * p / 100).min(pushed.latencies.len().saturating_sub(1)))
                .map_or(0, |d| d.as_nanos())
        };
        println!(
            "result kind={} in_flight={in_flight} frames={count} acked={} failed={} stray={} wall_ns={} client_cpu_ns={client_cpu} gateway_cpu_ns={gateway_cpu} p50_ns={} p99_ns={} idle_rss_kib={idle_rss} idle_anon_kib={idle_anon} peak_rss_kib={peak_rss} after_rss_kib={after_rss}",
            kind.name(),
            pushed.acked,
            pushed.failed,
            pushed.stray,
            wall.as_nanos(),
            percentile(50),
            percentile(99),
        );
        client.stop()
    })
}

/// The client process, stopped with SIGTERM when the run ends or fails (and killed if it does
/// not exit within 20 s), so that no run leaves it behind.
struct Stopped(Child);

impl Stopped {
    fn stop(&mut self) -> Result<(), String> {
        if self.0.try_wait().map_err(|e| e.to_string())?.is_some() {
            return Ok(());
        }
        // SIGTERM, not SIGKILL: a client under callgrind writes its counts as it exits.
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.0.try_wait().map_err(|e| e.to_string())?.is_some() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
        Err("the client did not exit within 20 s of SIGTERM".to_owned())
    }
}

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.stop();
    }
}
