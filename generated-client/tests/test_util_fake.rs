//! `test_util::FakeDingTalk` (the `test-util` feature) as an application's tests use it:
//! expectations named by the generated call, typed replies and errors, counts, what differed
//! when a request was not taken, plain `#[test]` functions with blocking calls, no secret ever
//! shown, and a server that stops when dropped.
#![cfg(feature = "test-util")]

mod common;

use std::future::poll_fn;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::pin;
use std::time::Duration;

use common::seed_request;
use generated_client::futures_core::Stream;
use generated_client::team_sphere_1_0::{
    CreateTaskError, CreateTaskRequest, CreateTaskRequired, CreateTaskResponseBody,
    CreateTaskResponseBodyResult, QueryTaskRequest, QueryTaskResponseBody,
    QueryTaskResponseBodyResult, SearchAllTasksByTqlRequest, SearchAllTasksByTqlRequired,
    SearchAllTasksByTqlResponseBody,
};
use generated_client::test_util::{FAKE_TOKEN, FakeDingTalk};
use generated_client::{AppKeyTokens, Client, Config, Error, ServiceError, TimeoutKind};
use serde_json::json;

fn created(id: &str) -> CreateTaskResponseBody {
    let mut task = CreateTaskResponseBodyResult::default();
    task.task_id = Some(id.to_owned());
    let mut body = CreateTaskResponseBody::default();
    body.result = Some(task);
    body
}

fn user_not_exist() -> ServiceError {
    ServiceError::new(400)
        .with_code("user.not.exist")
        .with_message("user not exist")
}

/// The text of the panic that dropping `fake` raises, if any.
fn panic_on_drop(fake: FakeDingTalk) -> Option<String> {
    let outcome = catch_unwind(AssertUnwindSafe(move || drop(fake)));
    outcome.err().map(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default()
    })
}

#[tokio::test]
async fn a_typed_expectation_answers_its_call_with_the_typed_reply_then_the_typed_error() {
    let fake = FakeDingTalk::new().unwrap();
    fake.expect(|c| c.team_sphere_1_0().create_task("u 1", &seed_request()))
        .reply(created("t-1"));
    fake.expect(|c| c.team_sphere_1_0().create_task("u 1", &seed_request()))
        .times(2)
        .error(user_not_exist());
    let client = fake.client();

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
            .create_task("u 1", &seed_request())
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::Service(CreateTaskError::UserNotExist(_))),
            "{error:?}"
        );
        assert_eq!(error.request_id(), Some("fake-request-id"));
    }
    fake.verify().unwrap();
    let sent = fake.requests();
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0].path, "/v1.0/teamSphere/users/u%201/tasks");
    assert_eq!(sent[0].operation.as_deref(), Some("CreateTask"));
    assert_eq!(
        sent[0].header("x-acs-dingtalk-access-token"),
        Some(FAKE_TOKEN)
    );
}

#[test]
fn a_plain_test_with_blocking_calls_is_served_by_the_fakes_own_thread() {
    let fake = FakeDingTalk::new().unwrap();
    let search = SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired {
        user_id: "中".into(),
    })
    .tql("a b&c");
    let mut found = SearchAllTasksByTqlResponseBody::default();
    found.result = Some(vec!["t-0".to_owned()]);
    fake.expect(|c| c.team_sphere_1_0().search_all_tasks_by_tql(&search))
        .any_number()
        .reply(found);
    let client = fake.client();
    for _ in 0..3 {
        let reply = client
            .team_sphere_1_0()
            .search_all_tasks_by_tql(&search)
            .send_blocking()
            .unwrap();
        assert_eq!(reply.result.as_deref(), Some(&["t-0".to_owned()][..]));
    }
    assert_eq!(
        fake.requests()[0].query,
        [
            ("tql".into(), "a b&c".into()),
            ("userId".into(), "中".into())
        ]
    );
    assert_eq!(panic_on_drop(fake), None);
}

#[tokio::test]
async fn fields_the_expected_request_sets_must_be_sent_and_the_report_shows_what_differed() {
    let fake = FakeDingTalk::new().unwrap();
    let expected = CreateTaskRequest::new(CreateTaskRequired {
        content: "Write the report".into(),
        project_id: "p-1".into(),
    })
    .note("by Friday");
    fake.expect(|c| c.team_sphere_1_0().create_task("u", &expected))
        .reply(created("t-1"));
    let client = fake.client();

    // Fields the expectation leaves unset (executorId) are not checked.
    let sent = CreateTaskRequest::new(CreateTaskRequired {
        content: "Write the report".into(),
        project_id: "p-1".into(),
    })
    .note("by Friday")
    .executor_id("e-1");
    client
        .team_sphere_1_0()
        .create_task("u", &sent)
        .await
        .unwrap();

    fake.expect(|c| c.team_sphere_1_0().create_task("u", &expected))
        .reply(created("t-2"));
    let typo = CreateTaskRequest::new(CreateTaskRequired {
        content: "Write the reprot".into(),
        project_id: "p-1".into(),
    })
    .note("by Friday");
    let error = client
        .team_sphere_1_0()
        .create_task("v", &typo)
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(501));
    assert_eq!(error.code(), Some("test.unexpected_request"));

    let unmet = fake.verify().unwrap_err().to_string();
    assert_eq!(
        unmet,
        "- unexpected request: POST /v1.0/teamSphere/users/v/tasks \
         {\"content\":\"Write the reprot\",\"note\":\"by Friday\",\"projectId\":\"p-1\"}\n\
         - CreateTask (POST /v1.0/teamSphere/users/{userId}/tasks) expected 1 time(s), received 0\n    \
         received POST \"/v1.0/teamSphere/users/v/tasks\":\n      \
         path: expected \"/v1.0/teamSphere/users/u/tasks\", received \"/v1.0/teamSphere/users/v/tasks\"\n      \
         body.content: expected \"Write the report\", received \"Write the reprot\""
    );
    // `verify` showed it: dropping the fake does not report it again.
    assert_eq!(panic_on_drop(fake), None);
}

#[tokio::test]
async fn an_unmet_expectation_is_reported_when_the_fake_is_dropped() {
    let fake = FakeDingTalk::new().unwrap();
    fake.expect(|c| c.team_sphere_1_0().create_task("u", &seed_request()))
        .times(2)
        .reply(created("t"));
    fake.client()
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    let report = panic_on_drop(fake).expect("dropping the fake reports the unmet expectation");
    assert!(
        report.contains(
            "CreateTask (POST /v1.0/teamSphere/users/{userId}/tasks) expected 2 time(s), received 1"
        ),
        "{report}"
    );
}

#[tokio::test]
async fn any_request_takes_every_request_of_its_operation_and_only_those() {
    let fake = FakeDingTalk::new().unwrap();
    fake.expect(|c| {
        c.team_sphere_1_0().create_task(
            "x",
            &CreateTaskRequest::new(CreateTaskRequired {
                content: "".into(),
                project_id: "".into(),
            }),
        )
    })
    .any_request()
    .times(2)
    .reply(created("any"));
    let client = fake.client();
    for user in ["a", "b"] {
        let reply = client
            .team_sphere_1_0()
            .create_task(user, &seed_request())
            .await
            .unwrap();
        assert_eq!(
            reply.result.as_ref().unwrap().task_id.as_deref(),
            Some("any")
        );
    }
    // A third is one too many.
    let error = client
        .team_sphere_1_0()
        .create_task("c", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(501));
    assert_eq!(fake.verify().unwrap_err().0.len(), 1);
}

#[tokio::test]
async fn an_error_answer_keeps_its_status_and_headers_and_a_delay_meets_the_callers_time_out() {
    let fake = FakeDingTalk::new().unwrap();
    let throttled = ServiceError::new(429)
        .with_code("Throttling.Api")
        .with_message("slow down");
    fake.expect(|c| c.team_sphere_1_0().create_task("u", &seed_request()))
        .reply_header("x-acs-request-id", "THR-1")
        .error(throttled);
    fake.expect(|c| c.team_sphere_1_0().create_task("u", &seed_request()))
        .delay(Duration::from_secs(30))
        .reply(created("late"));
    let client = fake.client();

    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.code(), Some("Throttling.Api"));
    assert!(error.is_retryable());
    let as_service = error.as_service().unwrap();
    assert_eq!(as_service.headers()["x-acs-request-id"], "THR-1");

    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .attempt_timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    match error {
        Error::Timeout(timeout) => assert_eq!(timeout.kind(), TimeoutKind::Attempt),
        other => panic!("{other:?}"),
    }
    fake.verify().unwrap();
}

#[tokio::test]
async fn secrets_never_appear_in_the_fakes_replies_or_reports() {
    const SECRET: &str = "app-secret-never-shown";
    let fake = FakeDingTalk::new().unwrap();
    // The token endpoint has no generated call: a path expectation, whose body is wrong.
    fake.expect_path("POST", "/v1.0/oauth2/accessToken")
        .body(json!({"appKey": "other-key", "appSecret": "another-secret"}))
        .reply(json!({"accessToken": "fetched", "expireIn": 7200}));
    let config = Config::new()
        .base_url(fake.uri())
        .token_provider(AppKeyTokens::new("key", SECRET));
    let client = Client::from_config(config).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Token(_)), "{error:?}");
    let shown = format!("{error} {error:?}");
    assert!(!shown.contains(SECRET), "{shown}");

    let report = fake.verify().unwrap_err().to_string();
    assert!(!report.contains(SECRET), "{report}");
    assert!(!report.contains("another-secret"), "{report}");
    assert!(report.contains(r#""appSecret":"<redacted>""#), "{report}");
    assert!(
        report.contains(r#"body.appKey: expected "other-key", received "key""#),
        "{report}"
    );
    assert!(
        report.contains("body.appSecret: expected <redacted>, received <redacted>"),
        "{report}"
    );
}

#[tokio::test]
async fn pages_are_faked_one_typed_reply_each() {
    let fake = FakeDingTalk::new().unwrap();
    let first = QueryTaskRequest::new().max_results(1);
    let page = |next: Option<&str>, id: &str| {
        let mut task = QueryTaskResponseBodyResult::default();
        task.task_id = Some(id.to_owned());
        let mut body = QueryTaskResponseBody::default();
        body.next_token = next.map(str::to_owned);
        body.result = Some(vec![task]);
        body
    };
    fake.expect(|c| c.team_sphere_1_0().query_task("u", &first))
        .reply(page(Some("n2"), "a"));
    let second = QueryTaskRequest::new().max_results(1).next_token("n2");
    fake.expect(|c| c.team_sphere_1_0().query_task("u", &second))
        .reply(page(None, "b"));
    let client = fake.client();
    let mut items = pin!(
        client
            .team_sphere_1_0()
            .query_task_pages("u", &first)
            .items()
    );
    let mut ids = Vec::new();
    while let Some(task) = poll_fn(|cx| items.as_mut().poll_next(cx)).await {
        ids.push(task.unwrap().task_id.unwrap());
    }
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn a_dropped_fake_stops_listening() {
    let fake = FakeDingTalk::new().unwrap();
    let address = fake.uri().trim_start_matches("http://").to_owned();
    drop(fake);
    // Dropping joins the fake's thread, whose runtime closed the listener.
    assert!(std::net::TcpStream::connect(&address).is_err());
}
