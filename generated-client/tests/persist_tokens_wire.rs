//! Values that must outlive the process, on the wire: a user's refresh token handed to the
//! application's store at every rotation (also once the provider is inside a client), a new
//! session started from the stored one, and suite tickets stored whenever they change.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use common::{header, seed_request};
use generated_client::oapi_contact::{ListUserIdsRequest, ListUserIdsRequired};
use generated_client::{
    Client, Config, IsvCorpTokens, Persist, SuiteTicket, SuiteTokens, UserTokens,
};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const USER_PATH: &str = "/v1.0/oauth2/userAccessToken";
const TASKS_PATH: &str = "/v1.0/teamSphere/users/u/tasks";
const INVALID_TOKEN: &str =
    r#"{"code":"InvalidAuthentication","requestid":"30EE8654","message":"不合法的access_token"}"#;

/// The application's store: every value saved, in order.
#[derive(Clone, Default)]
struct Store(Arc<Mutex<Vec<String>>>);

impl Store {
    fn saved(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }
}

impl Persist for Store {
    fn save(&self, value: &str) {
        self.0.lock().unwrap().push(value.to_owned());
    }
}

/// Tasks refuse the token `T1` and accept any other; the user token endpoint answers `T<n>` and
/// refresh token `R<n>` to its n-th request.
async fn server() -> MockServer {
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
        .and(path(USER_PATH))
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

async fn token_requests(server: &MockServer) -> Vec<Value> {
    let all = server.received_requests().await.unwrap();
    all.iter()
        .filter(|r| r.url.path() == USER_PATH)
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect()
}

async fn create_task(client: &Client) {
    client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap();
}

#[tokio::test]
async fn every_rotated_refresh_token_is_stored_and_a_restart_starts_from_the_last_one() {
    let server = server().await;
    let store = Store::default();
    let tokens =
        UserTokens::from_code("id", "secret", "login-code").persist_refresh_token(store.clone());
    // The provider goes into the client; the store still hears of every rotation.
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();
    // The code gives T1 (refused) and R1; R1 gives T2 and R2.
    create_task(&client).await;
    assert_eq!(store.saved(), ["R1", "R2"]);
    drop(client);

    // A restart: a new process starts from what was stored.
    let last = store.saved().last().unwrap().clone();
    let restarted = Store::default();
    let tokens = UserTokens::from_refresh_token("id", "secret", last)
        .persist_refresh_token(restarted.clone());
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();
    create_task(&client).await;
    assert_eq!(restarted.saved(), ["R3"]);

    let sent = token_requests(&server).await;
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0]["grantType"], "authorization_code");
    assert_eq!(sent[0]["code"], "login-code");
    assert_eq!(sent[1]["refreshToken"], "R1");
    assert_eq!(sent[2]["grantType"], "refresh_token");
    assert_eq!(sent[2]["refreshToken"], "R2");
}

#[tokio::test]
async fn a_closure_is_a_store_and_a_client_handle_keeps_it() {
    let server = server().await;
    let saved = Arc::new(Mutex::new(Vec::new()));
    let sink = saved.clone();
    let tokens = UserTokens::from_refresh_token("id", "secret", "R0")
        .persist_refresh_token(move |token: &str| sink.lock().unwrap().push(token.to_owned()));
    let client = Client::from_config(Config::new().base_url(server.uri())).unwrap();
    let user = client.with_token_provider(tokens);
    create_task(&user).await;
    assert_eq!(*saved.lock().unwrap(), ["R1", "R2"]);
}

#[test]
fn a_suite_ticket_is_stored_whenever_it_changes_from_any_clone() {
    let store = Store::default();
    let ticket = SuiteTicket::new("t1").persist(store.clone());
    let pushed = ticket.clone();
    pushed.set("t2");
    pushed.set("t2");
    ticket.set("t3");
    assert_eq!(store.saved(), ["t2", "t3"]);
    assert_eq!(ticket.current(), "t3");
}

#[tokio::test]
async fn the_stored_suite_ticket_is_the_one_the_next_token_fetch_sends() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/corpAccessToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"accessToken": "C1"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path(TASKS_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{}", "application/json"))
        .mount(&server)
        .await;
    let store = Store::default();
    let ticket = SuiteTicket::new("old").persist(store.clone());
    let tokens = IsvCorpTokens::new("key", "secret", "corp", ticket.clone());
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap();
    ticket.set("pushed");
    create_task(&client).await;
    let requests = server.received_requests().await.unwrap();
    let body: Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(body["suiteTicket"], "pushed");
    assert_eq!(store.saved(), ["pushed"]);
}

#[tokio::test]
async fn a_legacy_suite_ticket_is_stored_when_set_and_sent_by_the_next_fetch() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/service/get_suite_token"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"errcode":0,"suite_access_token":"S1","expires_in":7200}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/service/get_corp_token"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"errcode":0,"access_token":"C1","expires_in":7200}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/topapi/user/listid"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(
            r#"{"errcode":0,"result":{"userid_list":["u1"]}}"#,
            "application/json",
        ))
        .mount(&server)
        .await;
    let store = Store::default();
    let suite = SuiteTokens::new("key", "secret", "old").persist_suite_ticket(store.clone());
    let corp = generated_client::CorpTokens::new(suite.clone(), "corp", "permanent");
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(corp)).unwrap();
    suite.set_suite_ticket("pushed");
    suite.set_suite_ticket("pushed");
    client
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
        .await
        .unwrap();
    assert_eq!(store.saved(), ["pushed"]);
    let requests = server.received_requests().await.unwrap();
    let body: Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(body["suite_ticket"], "pushed");
}
