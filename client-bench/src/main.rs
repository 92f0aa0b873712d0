//! Client CPU per call. One loopback server answers CreateTask with the seed reply; the
//! generated client and a hand-written reqwest + serde client make the same call in turns
//! (rounds interleaved, so both see the same machine), each on the main thread of a
//! current-thread runtime. Only the CPU time of that thread counts: the server runs on threads
//! of its own.
//!
//! `client-bench [ROUNDS] [CALLS] [ours|handwritten]` prints one line per round and client:
//! `round <r> <ours|handwritten> <nanoseconds of CPU per call>`.

mod handwritten;
mod server;

use std::time::Duration;

use generated_client::team_sphere_1_0::{
    CreateTaskRequest, CreateTaskRequestCustomfields, CreateTaskRequestCustomfieldsValue,
    CreateTaskRequired,
};
use generated_client::{Client, Config};

const TOKEN: &str = "bench-token";
const USER: &str = "173xxxx";

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let rounds = args.next().and_then(Result::ok).unwrap_or(10);
    let calls = args.next().and_then(Result::ok).unwrap_or(2_000);
    // `ours` or `handwritten` alone, for a profiler.
    let only = std::env::args().nth(3);

    // reqwest builds only with a TLS provider; the generated client finds the same one.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let server = server::start();
    let base = format!("http://{}", server.address);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a current-thread runtime");
    runtime.block_on(async {
        let ours = Client::from_config(
            Config::new()
                .base_url(&base)
                .access_token(TOKEN)
                .operation_timeout(Duration::from_secs(10)),
        )
        .expect("the client builds");
        let theirs = handwritten::Client::new(&base, TOKEN);
        let their_request = handwritten::seed_request();

        // Both send the same request, and both read the reply.
        let request = seed_request();
        let reply = ours
            .team_sphere_1_0()
            .create_task(USER, &request)
            .await
            .expect("the generated client's call");
        let ours_sent = server.last_request();
        let task_id = theirs
            .create_task(USER, &their_request)
            .await
            .expect("the hand-written call");
        let theirs_sent = server.last_request();
        assert_eq!(ours_sent.head_line, theirs_sent.head_line);
        assert_eq!(ours_sent.json(), theirs_sent.json());
        let ours_id = reply.into_inner().result.and_then(|r| r.task_id);
        assert_eq!(ours_id.as_deref(), task_id.as_deref());
        assert!(ours_id.is_some());

        for round in 0..rounds {
            // Alternate who goes first, so neither always runs on a warmer machine.
            let order: [bool; 2] = if round % 2 == 0 {
                [true, false]
            } else {
                [false, true]
            };
            for generated in order {
                let who = if generated { "ours" } else { "handwritten" };
                if only.as_ref().is_some_and(|only| only != who) {
                    continue;
                }
                let started = thread_cpu();
                for _ in 0..calls {
                    if generated {
                        let reply = ours
                            .team_sphere_1_0()
                            .create_task(USER, &request)
                            .await
                            .expect("the generated client's call");
                        std::hint::black_box(reply);
                    } else {
                        let reply = theirs
                            .create_task(USER, &their_request)
                            .await
                            .expect("the hand-written call");
                        std::hint::black_box(reply);
                    }
                }
                let per_call = (thread_cpu() - started) / calls as u64;
                println!("round {round} {who} {per_call}");
            }
        }
    });
}

/// The generated client's request: the seed document's example.
fn seed_request() -> CreateTaskRequest {
    CreateTaskRequest::new(CreateTaskRequired {
        content: "任务标题".into(),
        project_id: "62c25e3b376exxxxxx".into(),
    })
    .executor_id("173xxxx")
    .due_date("2022-06-13T07:36:50.318Z")
    .note("我是一条任务备注")
    .customfields([CreateTaskRequestCustomfields::new()
        .customfield_name("自定义字段-文本")
        .customfield_id("62fb0bxxxxxxx")
        .value([CreateTaskRequestCustomfieldsValue::new().title("我是自定义字段显示值")])])
}

/// Nanoseconds this thread has run on a CPU (Linux: the first field of its schedstat).
fn thread_cpu() -> u64 {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat")
        .expect("/proc/thread-self/schedstat (the benchmark needs Linux)");
    text.split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a number of nanoseconds")
}
