//! The examples users start from (`examples/`), each run against a loopback server: what they
//! send, and what they make of the replies.

mod common;

#[path = "../examples/app_tokens.rs"]
#[allow(dead_code)]
mod app_tokens;
#[path = "../examples/blocking.rs"]
#[allow(dead_code)]
mod blocking;
#[path = "../examples/isv_companies.rs"]
#[allow(dead_code)]
mod isv_companies;
#[path = "../examples/paging.rs"]
#[allow(dead_code)]
mod paging;
#[path = "../examples/user_tokens.rs"]
#[allow(dead_code)]
mod user_tokens;

use common::header;
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SEARCH: &str = "/v1.0/teamSphere/taskIds";

/// Answers a task search with the token it was sent with, so each reply tells whose it was.
async fn search_answering_the_token(server: &MockServer) {
    Mock::given(method("GET"))
        .and(path(SEARCH))
        .respond_with(|request: &Request| {
            let token = header(request, "x-acs-dingtalk-access-token").unwrap_or("none");
            ResponseTemplate::new(200)
                .set_body_json(json!({"result": [format!("task-for-{token}")]}))
        })
        .mount(server)
        .await;
}

async fn bodies(server: &MockServer, to: &str) -> Vec<Value> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .filter(|r| r.url.path() == to)
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

#[tokio::test]
async fn app_tokens_fetches_one_token_for_both_calls() {
    let server = MockServer::start().await;
    search_answering_the_token(&server).await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/accessToken"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"accessToken": "app-1", "expireIn": 7200})),
        )
        .mount(&server)
        .await;
    let ids = app_tokens::run(&server.uri(), "key", "secret", "u-1")
        .await
        .unwrap();
    assert_eq!(ids, ["task-for-app-1", "task-for-app-1"]);
    assert_eq!(
        bodies(&server, "/v1.0/oauth2/accessToken").await,
        [json!({"appKey": "key", "appSecret": "secret"})]
    );
    let searches = server.received_requests().await.unwrap();
    let search = searches.iter().find(|r| r.url.path() == SEARCH).unwrap();
    assert_eq!(
        search.url.query(),
        Some("tql=isDone%20%3D%20false&userId=u-1")
    );
}

#[tokio::test]
async fn isv_companies_calls_for_each_company_with_its_own_token() {
    let server = MockServer::start().await;
    search_answering_the_token(&server).await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/corpAccessToken"))
        .respond_with(|request: &Request| {
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            let corp = body["authCorpId"].as_str().unwrap().to_owned();
            ResponseTemplate::new(200).set_body_json(json!({"accessToken": format!("of-{corp}")}))
        })
        .mount(&server)
        .await;
    let found = isv_companies::run(
        &server.uri(),
        "suite",
        "s-secret",
        "ticket-1",
        &["ding1", "ding2"],
        "u-1",
    )
    .await
    .unwrap();
    assert_eq!(found["ding1"], ["task-for-of-ding1"]);
    assert_eq!(found["ding2"], ["task-for-of-ding2"]);
    let fetches = bodies(&server, "/v1.0/oauth2/corpAccessToken").await;
    assert_eq!(fetches.len(), 2);
    assert_eq!(
        fetches[0],
        json!({"authCorpId": "ding1", "suiteKey": "suite", "suiteSecret": "s-secret", "suiteTicket": "ticket-1"})
    );
}

#[tokio::test]
async fn user_tokens_saves_each_refresh_token_and_starts_from_the_saved_one() {
    let server = MockServer::start().await;
    search_answering_the_token(&server).await;
    let issued = std::sync::atomic::AtomicUsize::new(0);
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/userAccessToken"))
        .respond_with(move |_: &Request| {
            let n = issued.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            ResponseTemplate::new(200).set_body_json(
                json!({"accessToken": format!("user-{n}"), "refreshToken": format!("R{n}")}),
            )
        })
        .mount(&server)
        .await;
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("user-tokens-example");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("refresh_token.txt");
    let _ = std::fs::remove_file(&file);

    // Without a saved token or a login code there is nothing to start from.
    let error = user_tokens::run(&server.uri(), "id", "secret", None, file.clone(), "u-1")
        .await
        .unwrap_err();
    assert!(error.to_string().contains("DINGTALK_AUTH_CODE"), "{error}");

    let first = user_tokens::run(
        &server.uri(),
        "id",
        "secret",
        Some("code-1"),
        file.clone(),
        "u-1",
    )
    .await
    .unwrap();
    assert_eq!(first, ["task-for-user-1"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "R1");
    // A restart: the saved token, not the code (which is good once).
    let second = user_tokens::run(
        &server.uri(),
        "id",
        "secret",
        Some("code-1"),
        file.clone(),
        "u-1",
    )
    .await
    .unwrap();
    assert_eq!(second, ["task-for-user-2"]);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "R2");
    let fetches = bodies(&server, "/v1.0/oauth2/userAccessToken").await;
    assert_eq!(fetches[0]["code"], "code-1");
    assert_eq!(fetches[1]["refreshToken"], "R1");
    assert_eq!(fetches[1]["grantType"], "refresh_token");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Task pages of one item each, `a` then `b` then `c`, linked by `nextToken`.
async fn three_pages(server: &MockServer) {
    Mock::given(method("POST"))
        .and(path("/v1.0/teamSphere/users/u-1/tasks/query"))
        .respond_with(|request: &Request| {
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            let (id, next) = match body["nextToken"].as_str() {
                None => ("a", Some("n2")),
                Some("n2") => ("b", Some("n3")),
                _ => ("c", None),
            };
            ResponseTemplate::new(200).set_body_json(
                json!({"nextToken": next, "result": [{"taskId": id, "content": format!("task {id}")}]}),
            )
        })
        .mount(server)
        .await;
}

#[tokio::test]
async fn paging_walks_every_page_in_a_plain_loop() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    let tasks = paging::run(&server.uri(), "token", "u-1").await.unwrap();
    let ids: Vec<&str> = tasks.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(tasks[0].1, "task a");
    let sent = bodies(&server, "/v1.0/teamSphere/users/u-1/tasks/query").await;
    assert_eq!(sent[0], json!({"maxResults": 50}));
    assert_eq!(sent[2], json!({"maxResults": 50, "nextToken": "n3"}));
}

#[tokio::test]
async fn paging_stops_at_the_first_failed_page_with_its_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(
            r#"{"code":"user.not.exist","message":"user not exist"}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let error = paging::run(&server.uri(), "token", "u-1")
        .await
        .unwrap_err();
    assert!(error.to_string().contains("user.not.exist"), "{error}");
}

#[test]
fn blocking_creates_a_task_and_lists_every_page_from_synchronous_code() {
    // The server on a runtime of its own; the example itself has none.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(MockServer::start());
    runtime.block_on(three_pages(&server));
    runtime.block_on(
        Mock::given(method("POST"))
            .and(path("/v1.0/teamSphere/users/u-1/tasks"))
            .respond_with(
                ResponseTemplate::new(200).set_body_json(json!({"result": {"taskId": "new-1"}})),
            )
            .mount(&server),
    );
    let (created, ids) =
        blocking::run(&server.uri(), "token", "u-1", "p-1", "From sync code").unwrap();
    assert_eq!(created, "new-1");
    assert_eq!(ids, ["a", "b", "c"]);
    let sent = runtime.block_on(bodies(&server, "/v1.0/teamSphere/users/u-1/tasks"));
    assert_eq!(
        sent,
        [json!({"content": "From sync code", "projectId": "p-1"})]
    );
}
