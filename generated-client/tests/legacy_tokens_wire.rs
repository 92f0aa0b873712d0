//! Legacy tokens against a loopback server, counting requests: `GET /gettoken` fetched once and
//! shared, refreshed and the call repeated exactly once on 33001, 40001, 40014 and 42001 (never
//! a loop), and the third-party chain `get_suite_token` then `get_corp_token`.

use generated_client::oapi_contact::{ListUserIdsRequest, ListUserIdsRequired};
use generated_client::{Client, Config, CorpTokens, Error, LegacyAppTokens, SuiteTokens};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const IDS: &str = r#"{"errcode":0,"result":{"userid_list":["u1"]}}"#;

fn json(body: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(body.to_owned(), "application/json")
}

/// `/gettoken` answers `T1` once, then `T2` (when `second` is set).
async fn token_endpoint(server: &MockServer, second: bool) {
    Mock::given(method("GET"))
        .and(path("/gettoken"))
        .respond_with(json(
            r#"{"errcode":0,"errmsg":"ok","access_token":"T1","expires_in":7200}"#,
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(server)
        .await;
    if second {
        Mock::given(method("GET"))
            .and(path("/gettoken"))
            .respond_with(json(
                r#"{"errcode":0,"access_token":"T2","expires_in":7200}"#,
            ))
            .mount(server)
            .await;
    }
}

fn client(server: &MockServer) -> Client {
    let tokens = LegacyAppTokens::new("KEY", "SECRET");
    Client::from_config(Config::new().base_url(server.uri()).token_provider(tokens)).unwrap()
}

async fn count(server: &MockServer, route: &str) -> usize {
    let requests = server.received_requests().await.unwrap();
    requests.iter().filter(|r| r.url.path() == route).count()
}

#[tokio::test]
async fn one_token_is_fetched_and_shared_by_concurrent_calls() {
    let server = MockServer::start().await;
    token_endpoint(&server, false).await;
    Mock::given(method("POST"))
        .and(path("/topapi/user/listid"))
        .respond_with(json(IDS))
        .mount(&server)
        .await;
    let client = client(&server);
    let calls = (0..8).map(|_| {
        let client = client.clone();
        tokio::spawn(async move {
            client
                .oapi_contact()
                .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
                .await
        })
    });
    for call in calls.collect::<Vec<_>>() {
        call.await.unwrap().unwrap();
    }
    assert_eq!(count(&server, "/gettoken").await, 1);
    let requests = server.received_requests().await.unwrap();
    let fetch = requests
        .iter()
        .find(|r| r.url.path() == "/gettoken")
        .unwrap();
    assert_eq!(fetch.url.query(), Some("appkey=KEY&appsecret=SECRET"));
    let calls: Vec<_> = requests
        .iter()
        .filter(|r| r.url.path() == "/topapi/user/listid")
        .collect();
    assert_eq!(calls.len(), 8);
    assert!(
        calls
            .iter()
            .all(|r| r.url.query() == Some("access_token=T1"))
    );
}

#[tokio::test]
async fn a_refused_token_is_refreshed_and_the_call_repeated_once_for_each_code() {
    for code in ["33001", "40001", "40014", "42001"] {
        let server = MockServer::start().await;
        token_endpoint(&server, true).await;
        Mock::given(method("POST"))
            .and(query_param("access_token", "T1"))
            .respond_with(json(&format!(
                r#"{{"errcode":{code},"errmsg":"invalid token"}}"#
            )))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(query_param("access_token", "T2"))
            .respond_with(json(IDS))
            .mount(&server)
            .await;
        let reply = client(&server)
            .oapi_contact()
            .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
            .await;
        assert!(reply.is_ok(), "{code}: {reply:?}");
        assert_eq!(count(&server, "/gettoken").await, 2, "{code}");
        assert_eq!(count(&server, "/topapi/user/listid").await, 2, "{code}");
    }
}

#[tokio::test]
async fn a_server_that_keeps_refusing_gets_two_attempts_not_a_loop() {
    let server = MockServer::start().await;
    token_endpoint(&server, true).await;
    Mock::given(method("POST"))
        .respond_with(json(r#"{"errcode":40014,"errmsg":"不合法的access_token"}"#))
        .mount(&server)
        .await;
    let error = client(&server)
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
        .await
        .unwrap_err();
    assert_eq!(error.code(), Some("40014"));
    assert_eq!(count(&server, "/gettoken").await, 2);
    assert_eq!(count(&server, "/topapi/user/listid").await, 2);
}

#[tokio::test]
async fn a_refused_app_secret_is_a_token_error_with_the_errcode() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/gettoken"))
        .respond_with(json(
            r#"{"errcode":40089,"errmsg":"不合法的corpid或corpsecret","request_id":"g1"}"#,
        ))
        .mount(&server)
        .await;
    let error = client(&server)
        .oapi_contact()
        .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
        .await
        .unwrap_err();
    let Error::Token(token) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(token.service().and_then(|s| s.code()), Some("40089"));
    assert!(error.to_string().contains("40089"), "{error}");
    assert_eq!(count(&server, "/topapi/user/listid").await, 0);
    // Secrets never show in `Debug`.
    let shown = format!("{:?}", LegacyAppTokens::new("KEY", "SECRET"));
    assert!(!shown.contains("SECRET"), "{shown}");
}

#[tokio::test]
async fn the_third_party_chain_fetches_the_suite_token_then_the_corp_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/service/get_suite_token"))
        .respond_with(json(
            r#"{"errcode":0,"suite_access_token":"S1","expires_in":7200}"#,
        ))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/service/get_suite_token"))
        .respond_with(json(
            r#"{"errcode":0,"suite_access_token":"S2","expires_in":7200}"#,
        ))
        .mount(&server)
        .await;
    // The first suite token is refused: the suite token is refreshed once.
    Mock::given(method("POST"))
        .and(path("/service/get_corp_token"))
        .and(query_param("suite_access_token", "S1"))
        .respond_with(json(
            r#"{"errcode":40014,"errmsg":"invalid suite_access_token"}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/service/get_corp_token"))
        .and(query_param("suite_access_token", "S2"))
        .respond_with(json(
            r#"{"errcode":0,"access_token":"C1","expires_in":7200}"#,
        ))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/topapi/user/listid"))
        .and(query_param("access_token", "C1"))
        .respond_with(json(IDS))
        .mount(&server)
        .await;
    let suite = SuiteTokens::new("SK", "SS", "old ticket");
    suite.set_suite_ticket("TK");
    let corp = CorpTokens::new(suite, "ding1", "PC");
    let client =
        Client::from_config(Config::new().base_url(server.uri()).token_provider(corp)).unwrap();
    for _ in 0..2 {
        client
            .oapi_contact()
            .list_user_ids(&ListUserIdsRequest::new(ListUserIdsRequired { dept_id: 1 }))
            .await
            .unwrap();
    }

    let requests = server.received_requests().await.unwrap();
    let routes: Vec<String> = requests
        .iter()
        .map(|r| format!("{}?{}", r.url.path(), r.url.query().unwrap_or("")))
        .collect();
    assert_eq!(
        routes,
        [
            "/service/get_suite_token?",
            "/service/get_corp_token?suite_access_token=S1",
            "/service/get_suite_token?",
            "/service/get_corp_token?suite_access_token=S2",
            "/topapi/user/listid?access_token=C1",
            "/topapi/user/listid?access_token=C1",
        ]
    );
    assert_eq!(
        std::str::from_utf8(&requests[0].body).unwrap(),
        r#"{"suite_key":"SK","suite_secret":"SS","suite_ticket":"TK"}"#
    );
    assert_eq!(
        std::str::from_utf8(&requests[1].body).unwrap(),
        r#"{"auth_corpid":"ding1","permanent_code":"PC"}"#
    );
}
