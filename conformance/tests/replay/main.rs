//! Replays every case of `generated-client/tests/conformance/*.jsonl` (the official SDK's
//! requests and parses, captured by `cargo xtask conformance capture`) through our client: the
//! generated `replay` dispatcher builds the call with the typed API from the case's inputs, a
//! loopback server on 127.0.0.1 answers with the recorded reply, and the request and the reply
//! are compared by the rules of `conformance.md` (`compare.rs`). Prints totals per module and
//! fails on any difference the allow-list (`allow.txt` beside the fixtures) does not name.

mod allow;
mod compare;
mod server;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use generated_client::rt::conformance::Inputs;
use generated_client::{Client, Config, RetryPolicy};
use serde_json::{Map, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

use compare::Diff;
use server::{Reply, serve_one};

/// Cases in flight at once, each with a listener and a client of its own.
const WORKERS: usize = 16;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated-client/tests/conformance")
}

struct Case {
    module: String,
    operation: String,
    name: String,
    value: Value,
}

fn load_cases() -> Vec<Case> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(fixtures())
        .expect("the fixtures directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (number, line) in text.lines().enumerate() {
            let value: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), number + 1));
            let field = |key: &str| value[key].as_str().unwrap_or_default().to_owned();
            cases.push(Case {
                module: field("module"),
                operation: field("operation"),
                name: field("case"),
                value,
            });
        }
    }
    cases
}

fn inputs(case: &Value) -> Result<Inputs, String> {
    let inputs = &case["inputs"];
    let path = inputs["path"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|pair| pair[1].as_str().unwrap_or_default().to_owned())
        .collect();
    let object = |key: &str| inputs[key].as_object().cloned().unwrap_or_else(Map::new);
    Inputs::new(
        path,
        object("query"),
        object("headers"),
        inputs["body"].clone(),
    )
}

/// Replays one case against `listener`, returning its differences.
async fn replay(client: &Client, listener: &Arc<TcpListener>, case: &Case) -> Vec<Diff> {
    let recorded = &case.value["reply"];
    let reply = Reply {
        status: recorded["status"].as_u64().unwrap_or(200) as u16,
        headers: compare::pairs(&recorded["headers"]),
        body: recorded["body"].as_str().unwrap_or_default().to_owned(),
    };
    let (sender, mut received) = oneshot::channel();
    let server = tokio::spawn(serve_one(listener.clone(), reply, sender));
    let outcome = match inputs(&case.value) {
        Ok(inputs) => {
            generated_client::replay(client, &case.module, &case.operation, &inputs).await
        }
        Err(e) => Err(e),
    };
    // The server hands the request over before it replies: a call that got its reply finds it.
    let captured = received.try_recv();
    server.abort();
    let mut found = Vec::new();
    match captured {
        Ok(Ok(request)) => found.extend(compare::request(&case.value, &request)),
        Ok(Err(e)) => found.push(Diff {
            kind: "request",
            detail: format!("the server could not read the request: {e}"),
        }),
        Err(_) => found.push(Diff {
            kind: "request",
            detail: "nothing was sent".to_owned(),
        }),
    }
    match outcome {
        Ok(written_back) => found.extend(compare::reply(&case.value, &written_back)),
        Err(e) => found.push(Diff {
            kind: "reply",
            detail: e,
        }),
    }
    found
}

#[derive(Default)]
struct Totals {
    passed: usize,
    allowed: usize,
    failed: usize,
}

#[test]
fn every_recorded_call_replays_as_the_official_sdk_made_it() {
    let cases = Arc::new(load_cases());
    assert!(
        !cases.is_empty(),
        "no fixtures under {}",
        fixtures().display()
    );
    let token = cases
        .iter()
        .find_map(|c| c.value["token"].as_str())
        .expect("a case with a token")
        .to_owned();
    let allow = allow::load(&fixtures().join("allow.txt"));

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(4)
        .enable_all()
        .build()
        .unwrap();
    let results: Vec<Vec<Diff>> = runtime.block_on(async {
        let next = Arc::new(Mutex::new(0usize));
        let slots = Arc::new(Mutex::new(
            std::iter::repeat_with(|| None)
                .take(cases.len())
                .collect::<Vec<Option<Vec<Diff>>>>(),
        ));
        let mut workers = Vec::new();
        for _ in 0..WORKERS {
            let (cases, next, slots, token) =
                (cases.clone(), next.clone(), slots.clone(), token.clone());
            workers.push(tokio::spawn(async move {
                let listener = Arc::new(TcpListener::bind("127.0.0.1:0").await.unwrap());
                let base_url = format!("http://{}", listener.local_addr().unwrap());
                let client = Client::from_config(
                    Config::new()
                        .base_url(base_url)
                        .access_token(token)
                        .retry(RetryPolicy::disabled())
                        .operation_timeout(Duration::from_secs(20)),
                )
                .unwrap();
                loop {
                    let i = {
                        let mut next = next.lock().unwrap();
                        let i = *next;
                        *next += 1;
                        i
                    };
                    let Some(case) = cases.get(i) else { break };
                    let found = replay(&client, &listener, case).await;
                    slots.lock().unwrap()[i] = Some(found);
                }
            }));
        }
        for worker in workers {
            worker.await.unwrap();
        }
        let mut slots = slots.lock().unwrap();
        slots.drain(..).map(Option::unwrap).collect()
    });

    let mut totals: BTreeMap<&str, Totals> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut used = vec![false; allow.len()];
    for (case, found) in cases.iter().zip(&results) {
        let total = totals.entry(&case.module).or_default();
        if found.is_empty() {
            total.passed += 1;
            continue;
        }
        let mut unexplained = Vec::new();
        for d in found {
            match allow::find(&allow, &case.module, &case.operation, &case.name, d.kind) {
                Some(i) => used[i] = true,
                None => unexplained.push(d),
            }
        }
        if unexplained.is_empty() {
            total.allowed += 1;
        } else {
            total.failed += 1;
            for d in unexplained {
                failures.push(format!(
                    "{} {} {} {}: {}",
                    case.module, case.operation, case.name, d.kind, d.detail
                ));
            }
        }
    }

    println!(
        "{:<28} {:>7} {:>8} {:>7}",
        "module", "passed", "allowed", "failed"
    );
    let mut all = Totals::default();
    for (module, t) in &totals {
        println!(
            "{module:<28} {:>7} {:>8} {:>7}",
            t.passed, t.allowed, t.failed
        );
        all.passed += t.passed;
        all.allowed += t.allowed;
        all.failed += t.failed;
    }
    println!(
        "{:<28} {:>7} {:>8} {:>7}   of {} cases",
        "total",
        all.passed,
        all.allowed,
        all.failed,
        cases.len()
    );
    let stale: Vec<String> = allow
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(entry, _)| entry.to_string())
        .collect();
    assert!(
        failures.is_empty() && stale.is_empty(),
        "{} differences not in the allow-list:\n{}\n\nallow-list entries no case needs:\n{}",
        failures.len(),
        failures.join("\n"),
        stale.join("\n")
    );
}
