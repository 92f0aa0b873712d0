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

/// A token endpoint answering `expireIn` with `expire_in` (left out when `None`).
async fn token_endpoint(server: &MockServer, expire_in: Option<serde_json::Value>) {
    let mut body = serde_json::json!({"accessToken": "T1"});
    if let Some(expire_in) = expire_in {
        body["expireIn"] = expire_in;
    }
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

#[tokio::test]
async fn a_huge_or_missing_expire_in_is_clamped_and_the_token_reused() {
    for expire_in in [Some(serde_json::json!(i64::MAX)), None] {
        let server = server_with_tasks().await;
        token_endpoint(&server, expire_in.clone()).await;
        let client = client_with(&server, AppKeyTokens::new("k", "s"));
        for _ in 0..2 {
            client
                .team_sphere_1_0()
                .create_task("u", &seed_request())
                .await
                .unwrap();
        }
        assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 1, "{expire_in:?}");
    }
}

#[tokio::test]
async fn a_zero_negative_or_unreadable_expire_in_is_a_token_error() {
    for expire_in in [
        serde_json::json!(0),
        serde_json::json!(-1),
        serde_json::json!(i64::MIN),
        serde_json::json!(1e300),
        serde_json::json!("7200"),
    ] {
        let server = server_with_tasks().await;
        token_endpoint(&server, Some(expire_in.clone())).await;
        let client = client_with(&server, AppKeyTokens::new("k", "s"));
        let error = client
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .await
            .unwrap_err();
        assert!(matches!(error, Error::Token(_)), "{expire_in}: {error:?}");
        assert!(sent_to(&server, TASKS_PATH).await.is_empty());
    }
}

#[tokio::test]
async fn concurrent_callers_share_one_failed_fetch() {
    let server = server_with_tasks().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(500).set_delay(Duration::from_millis(300)))
        .mount(&server)
        .await;
    let client = client_with(&server, AppKeyTokens::new("k", "s"));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let call = client.team_sphere_1_0().create_task("u", &seed_request());
        calls.spawn(call.send());
    }
    while let Some(result) = calls.join_next().await {
        let error = result.unwrap().unwrap_err();
        assert!(matches!(error, Error::Token(_)), "{error:?}");
    }
    assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 1);
    assert!(sent_to(&server, TASKS_PATH).await.is_empty());

    // A later call tries again.
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Token(_)), "{error:?}");
    assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 2);
}

const INVALID_TOKEN: &str =
    r#"{"code":"InvalidAuthentication","requestid":"30EE8654","message":"不合法的access_token"}"#;

/// Tasks refuse `T1` as DingTalk refuses an expired token and accept anything else; the token
/// endpoint hands out `T1` first, then `T2`.
async fn server_refusing_t1() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TASKS_PATH))
        .and(wiremock::matchers::header(
            "x-acs-dingtalk-access-token",
            "T1",
        ))
        .respond_with(ResponseTemplate::new(400).set_body_raw(INVALID_TOKEN, "application/json"))
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TASKS_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json"))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T1", 7200))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T2", 7200).set_delay(Duration::from_millis(100)))
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

fn tokens_sent(calls: &[wiremock::Request]) -> Vec<String> {
    calls
        .iter()
        .map(|c| header(c, "x-acs-dingtalk-access-token").unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn a_refused_token_is_fetched_again_and_the_call_repeated_once() {
    let server = server_refusing_t1().await;
    let client = client_with(&server, AppKeyTokens::new("k", "s"));
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
    assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 2);
    assert_eq!(
        tokens_sent(&sent_to(&server, TASKS_PATH).await),
        ["T1", "T2"]
    );
}

#[tokio::test]
async fn a_refused_token_is_refreshed_once_for_all_concurrent_calls() {
    let server = server_refusing_t1().await;
    let client = client_with(&server, AppKeyTokens::new("k", "s"));
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..10 {
        let call = client.team_sphere_1_0().create_task("u", &seed_request());
        calls.spawn(call.send());
    }
    while let Some(result) = calls.join_next().await {
        result.unwrap().unwrap();
    }
    assert_eq!(sent_to(&server, TOKEN_PATH).await.len(), 2);
    // Every call ends with T2; those that ran early were refused with T1 first (a call first
    // polled after the refresh goes straight to T2).
    let tokens = tokens_sent(&sent_to(&server, TASKS_PATH).await);
    assert_eq!(tokens.iter().filter(|t| *t == "T2").count(), 10);
    let refused = tokens.iter().filter(|t| *t == "T1").count();
    assert!((1..=10).contains(&refused), "{tokens:?}");
}

#[tokio::test]
async fn a_token_refused_twice_is_the_callers_error() {
    let server = server_with_tasks().await;
    server.reset().await;
    Mock::given(method("POST"))
        .and(path(TASKS_PATH))
        .respond_with(ResponseTemplate::new(400).set_body_raw(INVALID_TOKEN, "application/json"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T1", 7200))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(token_reply("T2", 7200))
        .with_priority(2)
        .mount(&server)
        .await;
    let client = client_with(&server, AppKeyTokens::new("k", "s"));
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("InvalidAuthentication"));
    assert_eq!(
        tokens_sent(&sent_to(&server, TASKS_PATH).await),
        ["T1", "T2"]
    );
}

#[tokio::test]
async fn a_refused_fixed_token_is_the_callers_error() {
    let server = server_refusing_t1().await;
    let config = Config::new().base_url(server.uri()).access_token("T1");
    let error = Client::from_config(config)
        .unwrap()
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("InvalidAuthentication"));
    assert_eq!(sent_to(&server, TASKS_PATH).await.len(), 1);
    assert!(sent_to(&server, TOKEN_PATH).await.is_empty());
}
