//! The `blocking` feature: the same operations as synchronous calls, on the wire.
#![cfg(feature = "blocking")]

mod common;

use common::{OFFICIAL_SEED_BODY, TOKEN, client, header, seed_request};
use generated_client::Error;
use generated_client::team_sphere_1_0::CreateTaskError;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A loopback server driven by a runtime of its own, so the test thread can block.
fn server(status: u16, body: &str) -> (tokio::runtime::Runtime, MockServer) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::start());
    let reply = ResponseTemplate::new(status)
        .insert_header("x-acs-request-id", "BLK-1")
        .set_body_raw(body.to_owned(), "application/json");
    runtime.block_on(
        Mock::given(method("POST"))
            .and(path("/v1.0/teamSphere/users/173xxxx/tasks"))
            .respond_with(reply)
            .mount(&server),
    );
    (runtime, server)
}

#[test]
fn a_blocking_call_sends_the_seed_request_and_decodes_the_reply() {
    let (runtime, server) = server(200, common::SEED_REPLY);
    let client = client(&server);
    let reply = client
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .send_blocking()
        .unwrap();
    assert_eq!(reply.request_id(), Some("BLK-1"));
    assert_eq!(reply.result.as_ref().unwrap().priority, Some(-10));

    // A second call reuses the client's blocking runtime.
    client
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .send_blocking()
        .unwrap();

    let requests = runtime.block_on(server.received_requests()).unwrap();
    assert_eq!(requests.len(), 2);
    let ours: serde_json::Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(
        ours,
        serde_json::from_str::<serde_json::Value>(OFFICIAL_SEED_BODY).unwrap()
    );
    assert_eq!(
        header(&requests[0], "x-acs-dingtalk-access-token"),
        Some(TOKEN)
    );
}

#[test]
fn a_blocking_call_reports_typed_errors() {
    let (_runtime, server) = server(
        400,
        r#"{"code":"user.not.exist","message":"user not exist"}"#,
    );
    let error = client(&server)
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .send_blocking()
        .unwrap_err();
    assert!(
        matches!(error, Error::Service(CreateTaskError::UserNotExist(_))),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "user.not.exist: user not exist (status 400, request id BLK-1)"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_blocking_call_works_inside_spawn_blocking() {
    let server = common::reply_with(
        wiremock::ResponseTemplate::new(200).set_body_raw(common::SEED_REPLY, "application/json"),
    )
    .await;
    let client = client(&server);
    let reply = tokio::task::spawn_blocking(move || {
        client
            .team_sphere_1_0()
            .create_task("173xxxx", &seed_request())
            .send_blocking()
    })
    .await
    .unwrap()
    .unwrap();
    assert_eq!(reply.result.as_ref().unwrap().priority, Some(-10));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[test]
fn a_blocking_call_from_async_code_completes_instead_of_panicking() {
    let (runtime, server) = server(200, "{}");
    let client = client(&server);
    // Blocking an async thread is the caller's mistake, but it must not crash the program:
    // the call runs on the client's own runtime, and the server on this runtime's workers.
    let reply = runtime.block_on(async {
        client
            .team_sphere_1_0()
            .create_task("173xxxx", &seed_request())
            .send_blocking()
    });
    assert_eq!(reply.unwrap().status(), 200);
}

#[test]
fn blocking_and_async_calls_share_one_client() {
    let (runtime, server) = server(200, "{}");
    let client = client(&server);
    let api = client.team_sphere_1_0();
    api.create_task("173xxxx", &seed_request())
        .send_blocking()
        .unwrap();
    runtime
        .block_on(api.create_task("173xxxx", &seed_request()).send())
        .unwrap();
    api.create_task("173xxxx", &seed_request())
        .send_blocking()
        .unwrap();
    drop(client);
    let requests = runtime.block_on(server.received_requests()).unwrap();
    assert_eq!(requests.len(), 3);
}

#[test]
fn a_blocking_call_fetches_its_token_on_the_blocking_runtime() {
    let (runtime, server) = server(200, "{}");
    let token = ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"accessToken": "BT", "expireIn": 7200}));
    runtime.block_on(
        Mock::given(method("POST"))
            .and(path("/v1.0/oauth2/accessToken"))
            .respond_with(token)
            .mount(&server),
    );
    let config = generated_client::Config::new()
        .base_url(server.uri())
        .token_provider(generated_client::AppKeyTokens::new("k", "s"));
    let client = generated_client::Client::from_config(config).unwrap();
    for _ in 0..2 {
        client
            .team_sphere_1_0()
            .create_task("173xxxx", &seed_request())
            .send_blocking()
            .unwrap();
    }
    let requests = runtime.block_on(server.received_requests()).unwrap();
    let paths: Vec<&str> = requests.iter().map(|r| r.url.path()).collect();
    assert_eq!(
        paths,
        [
            "/v1.0/oauth2/accessToken",
            "/v1.0/teamSphere/users/173xxxx/tasks",
            "/v1.0/teamSphere/users/173xxxx/tasks"
        ]
    );
    assert_eq!(
        header(&requests[2], "x-acs-dingtalk-access-token"),
        Some("BT")
    );
}

/// A client whose calls give up after 5 s, so a stalled call fails the test instead of hanging.
fn bounded_client(server: &MockServer) -> generated_client::Client {
    let config = common::config(server).operation_timeout(std::time::Duration::from_secs(5));
    generated_client::Client::from_config(config).unwrap()
}

#[test]
fn a_blocking_call_on_the_thread_of_an_idle_current_thread_runtime_does_not_reuse_its_connection() {
    let (_runtime, server) = server(200, common::SEED_REPLY);
    let client = bounded_client(&server);
    let app = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // The application's runtime opens a connection and keeps it; then nothing drives it.
    app.block_on(
        client
            .team_sphere_1_0()
            .create_task("173xxxx", &seed_request())
            .send(),
    )
    .unwrap();
    let blocking = client
        .team_sphere_1_0()
        .create_task("173xxxx", &seed_request())
        .send_blocking();
    assert!(blocking.is_ok(), "{blocking:?}");
}

#[test]
fn a_blocking_call_inside_a_current_thread_runtime_does_not_wait_on_that_runtime() {
    let (_runtime, server) = server(200, common::SEED_REPLY);
    let client = bounded_client(&server);
    let app = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let blocking = app.block_on(async {
        client
            .team_sphere_1_0()
            .create_task("173xxxx", &seed_request())
            .await
            .unwrap();
        // Blocks the runtime's only thread: a connection that runtime drives cannot move now.
        client
            .team_sphere_1_0()
            .create_task("173xxxx", &seed_request())
            .send_blocking()
    });
    assert!(blocking.is_ok(), "{blocking:?}");
}
