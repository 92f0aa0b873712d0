//! `AppKeyTokens`: fetched with app key and secret, cached, refreshed ahead of expiry, one
//! refresh at a time, bypassed by a per-call token.

mod common;

use std::time::Duration;

use common::{header, seed_request};
use generated_client::{AppKeyTokens, Client, Config, Error};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN_PATH: &str = "/v1.0/oauth2/accessToken";
const TASKS_PATH: &str = "/v1.0/teamSphere/users/u/tasks";

fn token_reply(token: &str, expire_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({"accessToken": token, "expireIn": expire_in}))
}

async fn server_with_tasks() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TASKS_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json"))
        .mount(&server)
        .await;
    server
}

fn client_with(server: &MockServer, tokens: AppKeyTokens) -> Client {
    Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap()
}

async fn sent_to(server: &MockServer, to: &str) -> Vec<wiremock::Request> {
    let all = server.received_requests().await.unwrap();
    all.into_iter().filter(|r| r.url.path() == to).collect()
}

#[tokio::test]
async fn a_token_is_fetched_once_and_reused() {
    let server = server_with_tasks().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T1", 7200))
        .mount(&server)
        .await;
    let client = client_with(&server, AppKeyTokens::new("key-1", "secret-1"));
    for _ in 0..3 {
        client
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .await
            .unwrap();
    }

    let fetches = sent_to(&server, TOKEN_PATH).await;
    assert_eq!(fetches.len(), 1);
    assert_eq!(
        std::str::from_utf8(&fetches[0].body).unwrap(),
        r#"{"appKey":"key-1","appSecret":"secret-1"}"#
    );
    assert_eq!(header(&fetches[0], "x-acs-dingtalk-access-token"), None);
    let calls = sent_to(&server, TASKS_PATH).await;
    assert_eq!(calls.len(), 3);
    assert!(
        calls
            .iter()
            .all(|c| header(c, "x-acs-dingtalk-access-token") == Some("T1"))
    );
}

#[tokio::test]
async fn concurrent_calls_wait_for_one_refresh() {
    let server = server_with_tasks().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T1", 7200).set_delay(Duration::from_millis(200)))
        .mount(&server)
        .await;
    let client = client_with(&server, AppKeyTokens::new("k", "s"));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..8 {
        let client = client.clone();
        calls.spawn(async move {
            client
                .team_sphere_1_0()
                .create_task("u", &seed_request())
                .await
                .map(drop)
        });
    }
    while let Some(result) = calls.join_next().await {
        result.unwrap().unwrap();
    }
    assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 1);
    assert_eq!(sent_to(&server, TASKS_PATH).await.len(), 8);
}

#[tokio::test]
async fn a_token_is_replaced_ahead_of_its_expiry() {
    let server = server_with_tasks().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T1", 4))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T2", 7200))
        .mount(&server)
        .await;
    // Four seconds of life, renewed after two (half its lifetime, as that is less than 5 s).
    let client = client_with(
        &server,
        AppKeyTokens::new("k", "s").refresh_ahead(Duration::from_secs(5)),
    );
    let api = client.team_sphere_1_0();
    api.create_task("u", &seed_request()).await.unwrap();
    api.create_task("u", &seed_request()).await.unwrap();
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    api.create_task("u", &seed_request()).await.unwrap();

    assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 2);
    let tokens: Vec<_> = sent_to(&server, TASKS_PATH)
        .await
        .iter()
        .map(|c| header(c, "x-acs-dingtalk-access-token").unwrap().to_owned())
        .collect();
    assert_eq!(tokens, ["T1", "T1", "T2"]);
}

#[tokio::test]
async fn a_per_call_token_bypasses_the_provider() {
    let server = server_with_tasks().await;
    let client = client_with(&server, AppKeyTokens::new("k", "s"));
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .access_token("mine")
        .await
        .unwrap();
    assert!(sent_to(&server, TOKEN_PATH).await.is_empty());
    assert_eq!(
        header(
            &sent_to(&server, TASKS_PATH).await[0],
            "x-acs-dingtalk-access-token"
        ),
        Some("mine")
    );
}

#[tokio::test]
async fn a_refused_token_request_fails_the_call_before_it_is_sent() {
    let server = server_with_tasks().await;
    let body = r#"{"code":"invalidClientId","message":"app key invalid","requestid":"TOK-1"}"#;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(400).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    let client = client_with(&server, AppKeyTokens::new("k", "wrong"));
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let Error::Token(token_error) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        token_error.service().and_then(|e| e.code()),
        Some("invalidClientId")
    );
    assert_eq!(
        error.to_string(),
        "no access token: invalidClientId: app key invalid (status 400, request id TOK-1)"
    );
    assert!(sent_to(&server, TASKS_PATH).await.is_empty());
}

#[test]
fn the_app_secret_never_shows_in_debug() {
    let tokens = AppKeyTokens::new("key", "very-secret");
    assert!(!format!("{tokens:?}").contains("very-secret"));
    let config = Config::new().token_provider(tokens);
    assert!(!format!("{config:?}").contains("very-secret"));
}
