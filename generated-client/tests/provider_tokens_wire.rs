//! `IsvCorpTokens` and `UserTokens` on the wire: what each token request sends, how many are
//! sent, the suite ticket read anew, the refresh token kept, and the refresh once on
//! `InvalidAuthentication`.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{header, seed_request};
use generated_client::{Client, Config, Error, IsvCorpTokens, SuiteTicket, UserTokens};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const CORP_PATH: &str = "/v1.0/oauth2/corpAccessToken";
const USER_PATH: &str = "/v1.0/oauth2/userAccessToken";
const TASKS_PATH: &str = "/v1.0/teamSphere/users/u/tasks";
const INVALID_TOKEN: &str =
    r#"{"code":"InvalidAuthentication","requestid":"30EE8654","message":"不合法的access_token"}"#;

/// Tasks refuse the token `T1` as DingTalk refuses an expired one and accept any other; the
/// token endpoint at `token_path` answers with `T1`, `T2`, ... and refresh tokens `R1`, `R2`, ...
async fn server(token_path: &'static str) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TASKS_PATH))
        .respond_with(|request: &Request| {
            if header(request, "x-acs-dingtalk-access-token") == Some("T1") {
                ResponseTemplate::new(400).set_body_raw(INVALID_TOKEN, "application/json")
            } else {
                ResponseTemplate::new(200).set_body_raw("{}", "application/json")
            }
        })
        .mount(&server)
        .await;
    let count = Arc::new(AtomicUsize::new(0));
    Mock::given(method("POST"))
        .and(path(token_path))
        .respond_with(move |_: &Request| {
            let n = count.fetch_add(1, Ordering::SeqCst) + 1;
            ResponseTemplate::new(200).set_body_json(json!({
                "accessToken": format!("T{n}"),
                "refreshToken": format!("R{n}"),
                "expireIn": 7200,
            }))
        })
        .mount(&server)
        .await;
    server
}

async fn sent_to(server: &MockServer, to: &str) -> Vec<Request> {
    let all = server.received_requests().await.unwrap();
    all.into_iter().filter(|r| r.url.path() == to).collect()
}

fn bodies(requests: &[Request]) -> Vec<Value> {
    requests
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

fn tokens_sent(requests: &[Request]) -> Vec<&str> {
    requests
        .iter()
        .map(|r| header(r, "x-acs-dingtalk-access-token").unwrap())
        .collect()
}

async fn create_task(
    client: &Client,
) -> Result<(), Error<generated_client::team_sphere_1_0::CreateTaskError>> {
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .map(drop)
}

#[tokio::test]
async fn isv_corp_tokens_send_the_suite_credentials_and_the_current_ticket() {
    let server = server(CORP_PATH).await;
    let ticket = SuiteTicket::new("ticket-1");
    let tokens = IsvCorpTokens::new("suite-key", "suite-secret", "ding-corp", ticket.clone());
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();

    // T1 is refused: one more fetch, the call repeated once; the ticket changed meanwhile.
    ticket.set("ticket-2");
    create_task(&client).await.unwrap();
    create_task(&client).await.unwrap();

    let fetches = sent_to(&server, CORP_PATH).await;
    assert_eq!(fetches.len(), 2);
    assert_eq!(
        std::str::from_utf8(&fetches[0].body).unwrap(),
        r#"{"authCorpId":"ding-corp","suiteKey":"suite-key","suiteSecret":"suite-secret","suiteTicket":"ticket-2"}"#
    );
    assert!(
        fetches
            .iter()
            .all(|f| header(f, "x-acs-dingtalk-access-token").is_none())
    );
    assert_eq!(
        tokens_sent(&sent_to(&server, TASKS_PATH).await),
        ["T1", "T2", "T2"]
    );
}

#[tokio::test]
async fn a_ticket_from_a_function_is_read_at_every_fetch() {
    let server = server(CORP_PATH).await;
    let reads = Arc::new(AtomicUsize::new(0));
    let counted = reads.clone();
    let ticket = SuiteTicket::from_fn(move || {
        format!("pushed-{}", counted.fetch_add(1, Ordering::SeqCst) + 1)
    });
    let tokens = IsvCorpTokens::new("k", "s", "c", ticket);
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();
    create_task(&client).await.unwrap();

    let tickets: Vec<Value> = bodies(&sent_to(&server, CORP_PATH).await)
        .into_iter()
        .map(|b| b["suiteTicket"].clone())
        .collect();
    assert_eq!(tickets, [json!("pushed-1"), json!("pushed-2")]);
    assert_eq!(reads.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn user_tokens_trade_the_code_once_then_the_newest_refresh_token() {
    let server = server(USER_PATH).await;
    let tokens = Arc::new(UserTokens::from_code("client-1", "secret-1", "code-1"));
    assert!(tokens.refresh_token().is_none());
    let client = Client::from_config(
        Config::new()
            .base_url(server.uri())
            .token_provider(SharedUserTokens(tokens.clone())),
    )
    .unwrap();

    // T1 (from the code) is refused: the refresh token R1 fetches T2, and R2 is kept.
    create_task(&client).await.unwrap();
    create_task(&client).await.unwrap();

    assert_eq!(
        bodies(&sent_to(&server, USER_PATH).await),
        [
            json!({"clientId": "client-1", "clientSecret": "secret-1", "code": "code-1", "grantType": "authorization_code"}),
            json!({"clientId": "client-1", "clientSecret": "secret-1", "grantType": "refresh_token", "refreshToken": "R1"}),
        ]
    );
    assert_eq!(tokens.refresh_token().unwrap().expose(), "R2");
    assert_eq!(
        tokens_sent(&sent_to(&server, TASKS_PATH).await),
        ["T1", "T2", "T2"]
    );
}

#[tokio::test]
async fn user_tokens_start_from_a_stored_refresh_token() {
    let server = server(USER_PATH).await;
    let tokens = UserTokens::from_refresh_token("c", "s", "stored");
    assert_eq!(tokens.refresh_token().unwrap().expose(), "stored");
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();
    create_task(&client).await.unwrap();
    let sent = bodies(&sent_to(&server, USER_PATH).await);
    assert_eq!(sent[0]["refreshToken"], "stored");
    assert_eq!(sent[0]["grantType"], "refresh_token");
    assert_eq!(sent[1]["refreshToken"], "R1");
}

#[tokio::test]
async fn a_code_answered_without_a_refresh_token_is_a_token_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(USER_PATH))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"accessToken": "T", "expireIn": 7200})),
        )
        .mount(&server)
        .await;
    let tokens = UserTokens::from_code("c", "s", "code");
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();
    let error = create_task(&client).await.unwrap_err();
    let Error::Token(e) = &error else {
        panic!("{error:?}")
    };
    assert!(e.to_string().contains("without `refreshToken`"), "{e}");
    assert!(sent_to(&server, TASKS_PATH).await.is_empty());
}

#[test]
fn secrets_and_tickets_never_show_in_debug() {
    let ticket = SuiteTicket::new("ticket-secret");
    let isv = format!(
        "{:?}",
        IsvCorpTokens::new("k", "suite-secret", "c", ticket.clone())
    );
    let user = format!(
        "{:?}",
        UserTokens::from_code("c", "client-secret", "code-secret")
    );
    for shown in [isv, user, format!("{ticket:?}")] {
        for secret in [
            "ticket-secret",
            "suite-secret",
            "client-secret",
            "code-secret",
        ] {
            assert!(!shown.contains(secret), "{shown}");
        }
    }
    assert_eq!(ticket.current(), "ticket-secret");
}

/// `UserTokens` shared with the test, to read its refresh token after the calls.
struct SharedUserTokens(Arc<UserTokens>);

impl generated_client::TokenProvider for SharedUserTokens {
    fn token<'a>(
        &'a self,
        context: &'a generated_client::TokenContext,
    ) -> generated_client::TokenFuture<'a> {
        self.0.token(context)
    }

    fn invalidate(&self, token: &generated_client::AccessToken) {
        self.0.invalidate(token);
    }
}
