//! Replays every case of `generated-client/tests/conformance/*.jsonl` (the official SDK's
//! requests and parses, captured by `cargo xtask conformance capture`) through our client: the
//! generated `replay` dispatcher builds the call with the typed API from the case's inputs, a
//! loopback server on 127.0.0.1 answers with the recorded reply, and the request and the reply
//! are compared by the rules of `conformance.md` (`compare.rs`). Prints totals per module and
//! fails on any difference the allow-list (`allow.txt` beside the fixtures) does not name, and
//! on an operation of an imported spec (`api-spec/<name>_<major>_<minor>.yaml`) that lacks its
//! `full` or its `minimal` case.

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
            field: "request".to_owned(),
            detail: format!("the server could not read the request: {e}"),
        }),
        Err(_) => found.push(Diff {
            kind: "request",
            field: "request".to_owned(),
            detail: "nothing was sent".to_owned(),
        }),
    }
    match outcome {
        Ok(written_back) => found.extend(compare::reply(&case.value, &written_back)),
        Err(e) => found.push(Diff {
            kind: "reply",
            field: "$".to_owned(),
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
            let (module, operation) = (&case.module, &case.operation);
            match allow::find(&allow, module, operation, &case.name, d.kind, &d.field) {
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
                    "{} {} {} {} {}: {}",
                    case.module, case.operation, case.name, d.kind, d.field, d.detail
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
    let missing = missing_cases(&cases);
    let stale: Vec<String> = allow
        .iter()
        .zip(&used)
        .filter(|(_, used)| !**used)
        .map(|(entry, _)| entry.to_string())
        .collect();
    assert!(
        failures.is_empty() && stale.is_empty() && missing.is_empty(),
        "{} differences not in the allow-list:\n{}\n\nallow-list entries no case needs:\n{}\n\noperations without their case:\n{}",
        failures.len(),
        failures.join("\n"),
        stale.join("\n"),
        missing.join("\n")
    );
}

/// The operations of the imported specs, each by module: the keys under `operations:` of the
/// canonical layout the importer writes (two spaces in, one per line).
fn imported_operations() -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../api-spec");
    let mut modules = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).expect("api-spec/") {
        let path = entry.unwrap().path();
        let Some(module) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".yaml"))
        else {
            continue;
        };
        // Imported modules are `<name>_<major>_<minor>`; hand-written ones have no capture.
        let mut tail = module.rsplitn(3, '_');
        let versioned = tail.next().is_some_and(is_number)
            && tail.next().is_some_and(is_number)
            && tail.next().is_some();
        if !versioned {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut in_operations = false;
        let mut operations = Vec::new();
        for line in text.lines() {
            if !line.starts_with(' ') {
                in_operations = line == "operations:";
                continue;
            }
            if in_operations
                && let Some(name) = line.strip_prefix("  ").and_then(|l| l.strip_suffix(':'))
                && !name.starts_with(' ')
            {
                operations.push(name.to_owned());
            }
        }
        assert!(!operations.is_empty(), "{}: no operations", path.display());
        modules.insert(module.to_owned(), operations);
    }
    modules
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// `<module> <operation> <case>` of every case an imported operation lacks.
fn missing_cases(cases: &[Case]) -> Vec<String> {
    let have: std::collections::BTreeSet<(&str, &str, &str)> = cases
        .iter()
        .map(|c| (c.module.as_str(), c.operation.as_str(), c.name.as_str()))
        .collect();
    let mut missing = Vec::new();
    for (module, operations) in imported_operations() {
        for operation in operations {
            for case in ["full", "minimal"] {
                if !have.contains(&(module.as_str(), operation.as_str(), case)) {
                    missing.push(format!("{module} {operation} {case}"));
                }
            }
        }
    }
    missing
}
