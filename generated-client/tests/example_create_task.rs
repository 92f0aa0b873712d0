//! The `create_task` example, run against a loopback server: it sends the seed request as the
//! official SDK does and exits 0, or reports the typed error and exits non-zero.

mod common;

#[path = "../examples/create_task.rs"]
mod example;

use std::process::ExitCode;

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn the_example_sends_the_seed_request_and_reports_errors() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::start());
    let reply = |status: u16, body: &str| {
        ResponseTemplate::new(status)
            .insert_header("x-acs-request-id", "EX-1")
            .set_body_raw(body.to_owned(), "application/json")
    };
    runtime.block_on(
        Mock::given(method("POST"))
            .and(path("/v1.0/teamSphere/users/173xxxx/tasks"))
            .respond_with(reply(200, common::SEED_REPLY))
            .up_to_n_times(1)
            .mount(&server),
    );
    // SAFETY: the only test in this binary; no other thread reads the environment.
    unsafe {
        std::env::set_var("DINGTALK_BASE_URL", server.uri());
        std::env::set_var("DINGTALK_ACCESS_TOKEN", common::TOKEN);
        std::env::remove_var("DINGTALK_USER_ID");
        std::env::remove_var("DINGTALK_PROJECT_ID");
    }

    assert_eq!(example::main(), ExitCode::SUCCESS);
    let requests = runtime.block_on(server.received_requests()).unwrap();
    let sent = &requests[0];
    let ours: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    let official: serde_json::Value = serde_json::from_str(common::OFFICIAL_SEED_BODY).unwrap();
    assert_eq!(ours, official);
    assert_eq!(
        common::header(sent, "x-acs-dingtalk-access-token"),
        Some(common::TOKEN)
    );

    runtime.block_on(
        Mock::given(method("POST"))
            .respond_with(reply(
                400,
                r#"{"code":"user.not.exist","message":"user not exist"}"#,
            ))
            .mount(&server),
    );
    assert_eq!(example::main(), ExitCode::FAILURE);
}
