//! The `robot_webhook` example, run against a loopback server: it sends the text signed when a
//! secret is set, exits 0 on `errcode` 0, and exits non-zero on an `errcode` error or a bad
//! secret (sending nothing then).

#[path = "../examples/robot_webhook.rs"]
#[allow(dead_code)] // `main` reads the process's arguments; the test calls `run`
mod example;

use std::process::ExitCode;

use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn reply(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.to_owned(), "application/json")
}

// One test: it sets process-wide environment variables.
#[tokio::test]
async fn the_example_sends_signed_text_and_reports_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/robot/send"))
        .respond_with(reply(r#"{"errcode":0,"errmsg":"ok"}"#))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(reply(r#"{"errcode":310000,"errmsg":"sign not match"}"#))
        .mount(&server)
        .await;
    let url = format!("{}/robot/send?access_token=EXAMPLE", server.uri());
    // SAFETY: the only test in this binary; no other thread reads the environment.
    unsafe {
        std::env::set_var("DINGTALK_ROBOT_WEBHOOK", &url);
        std::env::set_var("DINGTALK_ROBOT_SECRET", "SECexample");
    }
    assert_eq!(
        example::run(Some("some text".to_owned())).await,
        ExitCode::SUCCESS
    );
    unsafe { std::env::remove_var("DINGTALK_ROBOT_SECRET") };
    assert_eq!(example::run(None).await, ExitCode::SUCCESS);

    let requests = server.received_requests().await.unwrap();
    let bodies: Vec<Value> = requests
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    assert_eq!(
        bodies[0],
        json!({"msgtype":"text","text":{"content":"some text"}})
    );
    assert_eq!(
        bodies[1],
        json!({"msgtype":"text","text":{"content":"hello from Rust"}})
    );
    let names = |r: &wiremock::Request| -> Vec<String> {
        r.url.query_pairs().map(|(k, _)| k.into_owned()).collect()
    };
    assert_eq!(names(&requests[0]), ["access_token", "timestamp", "sign"]);
    assert_eq!(names(&requests[1]), ["access_token"]);

    // An errcode reply, then a secret that cannot be used: non-zero, and nothing sent unsigned.
    assert_eq!(example::run(None).await, ExitCode::FAILURE);
    unsafe { std::env::set_var("DINGTALK_ROBOT_SECRET", "not-a-secret") };
    assert_eq!(example::run(None).await, ExitCode::FAILURE);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
    unsafe { std::env::remove_var("DINGTALK_ROBOT_WEBHOOK") };
    assert_eq!(example::run(None).await, ExitCode::FAILURE);
}
