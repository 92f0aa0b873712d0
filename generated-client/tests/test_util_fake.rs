//! `test_util::FakeDingTalk` (the `test-util` feature) as an application's tests use it: it
//! answers what is expected, refuses and reports the rest, checks what was sent, and stops.
#![cfg(feature = "test-util")]

mod common;

use std::future::poll_fn;
use std::pin::pin;

use common::seed_request;
use generated_client::Error;
use generated_client::futures_core::Stream;
use generated_client::team_sphere_1_0::{
    CreateTaskError, QueryTaskRequest, SearchAllTasksByTqlRequest, SearchAllTasksByTqlRequired,
};
use generated_client::test_util::{FAKE_TOKEN, FakeDingTalk, Reply};
use serde_json::json;

const TASKS: &str = "/v1.0/teamSphere/users/{userId}/tasks";

#[tokio::test]
async fn expected_requests_get_their_replies_and_verify_passes() {
    let fake = FakeDingTalk::start().await.unwrap();
    fake.expect("GET", "/v1.0/teamSphere/taskIds")
        .query("tql", "a b&c")
        .query("userId", "中")
        .reply(Reply::json(json!({"result": ["t-0"]})));
    fake.expect("POST", TASKS)
        .header("x-acs-dingtalk-access-token", FAKE_TOKEN)
        .reply(Reply::json(json!({"result": {"taskId": "t-1"}})));
    fake.expect("post", TASKS).times(2).reply(Reply::error(
        400,
        "user.not.exist",
        "user not exist",
    ));
    let client = fake.client().unwrap();

    let search = SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired {
        user_id: "中".into(),
    })
    .tql("a b&c");
    let found = client
        .team_sphere_1_0()
        .search_all_tasks_by_tql(&search)
        .await
        .unwrap();
    assert_eq!(found.result.as_deref(), Some(&["t-0".to_owned()][..]));
    let reply = client
        .team_sphere_1_0()
        .create_task("u 1", &seed_request())
        .await
        .unwrap();
    assert_eq!(
        reply.result.as_ref().unwrap().task_id.as_deref(),
        Some("t-1")
    );
    for _ in 0..2 {
        let error = client
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::Service(CreateTaskError::UserNotExist(_))),
            "{error:?}"
        );
    }
    fake.verify().unwrap();
    let sent = fake.requests();
    assert_eq!(sent.len(), 4);
    assert_eq!(
        sent[0].query,
        [
            ("tql".into(), "a b&c".into()),
            ("userId".into(), "中".into())
        ]
    );
    assert_eq!(sent[1].path, "/v1.0/teamSphere/users/u%201/tasks");
    assert_eq!(
        sent[1].header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
}

#[tokio::test]
async fn a_request_nothing_expects_fails_the_call_and_verify() {
    let fake = FakeDingTalk::start().await.unwrap();
    fake.expect("POST", TASKS)
        .body(json!({"content": "other", "projectId": "p"}))
        .reply(Reply::json(json!({})));
    fake.expect("GET", "/v1.0/teamSphere/never")
        .reply(Reply::status(204));
    let client = fake.client().unwrap();

    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(501));
    assert_eq!(error.code(), Some("test.unexpected_request"));

    let unmet = fake.verify().unwrap_err();
    assert_eq!(unmet.0.len(), 3, "{unmet}");
    assert!(
        unmet.0[0].starts_with("unexpected request: POST /v1.0/teamSphere/users/u/tasks"),
        "{unmet}"
    );
    assert!(
        unmet.0[1].contains("expected 1 time(s), received 0"),
        "{unmet}"
    );
    assert!(
        unmet.0[2].starts_with("GET /v1.0/teamSphere/never"),
        "{unmet}"
    );
}

#[tokio::test]
async fn pages_can_be_faked_one_reply_each() {
    let fake = FakeDingTalk::start().await.unwrap();
    let pages = "/v1.0/teamSphere/users/{userId}/tasks/query";
    fake.expect("POST", pages)
        .body(json!({"maxResults": 1}))
        .reply(Reply::json(
            json!({"nextToken": "n2", "result": [{"taskId": "a"}]}),
        ));
    fake.expect("POST", pages)
        .body(json!({"maxResults": 1, "nextToken": "n2"}))
        .reply(Reply::json(json!({"result": [{"taskId": "b"}]})));
    let client = fake.client().unwrap();
    let request = QueryTaskRequest::new().max_results(1);
    let mut items = pin!(
        client
            .team_sphere_1_0()
            .query_task_pages("u", &request)
            .items()
    );
    let mut ids = Vec::new();
    while let Some(task) = poll_fn(|cx| items.as_mut().poll_next(cx)).await {
        ids.push(task.unwrap().task_id.unwrap());
    }
    assert_eq!(ids, ["a", "b"]);
    fake.verify().unwrap();
}

#[tokio::test]
async fn a_dropped_fake_stops_listening() {
    let fake = FakeDingTalk::start().await.unwrap();
    let address = fake.uri().trim_start_matches("http://").to_owned();
    drop(fake);
    // The accept loop is aborted: give the runtime a turn to drop the listener.
    tokio::task::yield_now().await;
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    assert!(tokio::net::TcpStream::connect(&address).await.is_err());
}
