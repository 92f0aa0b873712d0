//! The fixture module on the wire: query parameters, a GET without body, two path parameters,
//! maps, enums, an array body, boolean and empty replies, an anonymous operation.

mod common;

#[rustfmt::skip]
#[path = "fixtures/sample_board_1_0.rs"]
#[allow(dead_code)]
mod sample_board_1_0;

use common::{TOKEN, client, header};
use generated_client::Error;
use sample_board_1_0::{
    Api, Card, CreateTokenRequest, CreateTokenRequired, GetCardError, GetCardRequest,
    GetCardRequestView, Priority, UpdateCardsRequest, UpdateCardsRequired,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn json(body: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(body)
}

#[tokio::test]
async fn a_get_sends_query_and_headers_and_no_body() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1.0/board/boards/b%201/cards/42"))
        .respond_with(json(serde_json::json!({
            "card": {
                "cardId": "42",
                "priority": "high",
                "labels": {"bug": "red", "ui": "blue"},
                "estimate": 1.5,
                "type": "task",
                "extra": {"anything": [1, "two"]}
            },
            "counts": {"open": 3}
        })))
        .expect(1)
        .mount(&server)
        .await;

    let client = client(&server);
    let request = GetCardRequest::new()
        .with_labels(true)
        .view(GetCardRequestView::Compact)
        .max_results(10)
        .user_ids(["a b", "中"])
        .x_client_token("once-7");
    let reply = Api::new(&client)
        .get_card("b 1", 42, &request)
        .await
        .unwrap();

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent.url.query(),
        Some(
            "withLabels=true&view=compact&maxResults=10&userIds=%5B%22a%20b%22%2C%22%E4%B8%AD%22%5D"
        )
    );
    assert_eq!(header(sent, "x-client-token"), Some("once-7"));
    assert_eq!(header(sent, "x-acs-dingtalk-access-token"), Some(TOKEN));
    assert_eq!(header(sent, "content-type"), None);
    assert_eq!(header(sent, "accept"), Some("application/json"));
    assert!(sent.body.is_empty());

    let card = reply.card.as_ref().unwrap();
    assert_eq!(card.card_id.as_deref(), Some("42"));
    assert_eq!(card.priority, Some(Priority::High));
    assert_eq!(card.labels.as_ref().unwrap()["ui"], "blue");
    assert_eq!(card.estimate, Some(1.5));
    assert_eq!(card.r#type.as_deref(), Some("task"));
    assert_eq!(
        card.extra,
        Some(serde_json::json!({"anything": [1, "two"]}))
    );
    assert_eq!(reply.counts.as_ref().unwrap()["open"], 3);
}

#[tokio::test]
async fn unset_query_parameters_are_skipped() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(json(serde_json::json!({})))
        .mount(&server)
        .await;
    let client = client(&server);
    Api::new(&client)
        .get_card("b", 1, &GetCardRequest::new().with_labels(false))
        .await
        .unwrap();
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.url.query(), Some("withLabels=false"));
}

#[tokio::test]
async fn an_enum_value_this_client_does_not_know_is_kept() {
    let server = MockServer::start().await;
    let body = serde_json::json!({"card": {"cardId": "1", "priority": "urgent"}});
    Mock::given(method("GET"))
        .respond_with(json(body))
        .mount(&server)
        .await;
    let client = client(&server);
    let reply = Api::new(&client)
        .get_card("b", 1, &GetCardRequest::new())
        .await
        .unwrap();
    let priority = reply.card.as_ref().unwrap().priority.clone().unwrap();
    assert_eq!(priority, Priority::Unknown("urgent".to_owned()));
    assert_eq!(priority.as_str(), "urgent");
}

#[tokio::test]
async fn a_listed_code_is_matched_whatever_the_status() {
    let server = MockServer::start().await;
    let body = serde_json::json!({"Code": "card.not.found", "Message": "card not found", "RequestId": "R1"});
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500).set_body_json(body))
        .mount(&server)
        .await;
    let client = client(&server);
    let error = Api::new(&client)
        .get_card("b", 1, &GetCardRequest::new())
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::Service(GetCardError::CardNotFound(_))),
        "{error:?}"
    );
    assert_eq!(error.request_id(), Some("R1"));
}

#[tokio::test]
async fn an_array_body_and_a_boolean_reply() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/v1.0/board/boards/b/cards"))
        .respond_with(json(serde_json::json!(true)))
        .mount(&server)
        .await;
    let client = client(&server);
    // `Card` is both sent and read, so it is read like a reply: every field optional.
    let mut card = Card::new()
        .card_id("c1")
        .priority(Priority::Low)
        .labels([("a".to_owned(), "b".to_owned())]);
    card.title = Some("T".to_owned());
    let request = UpdateCardsRequest::new(UpdateCardsRequired {
        operator_id: "op 1".into(),
        body: vec![card, Card::new().card_id("c2")],
    });
    let reply = Api::new(&client).update_cards("b", &request).await.unwrap();
    assert!(*reply.body());

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.url.query(), Some("operatorId=op%201"));
    assert_eq!(
        header(sent, "content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        std::str::from_utf8(&sent.body).unwrap(),
        r#"[{"cardId":"c1","title":"T","priority":"low","labels":{"a":"b"}},{"cardId":"c2"}]"#
    );
}

#[tokio::test]
async fn an_operation_without_reply_body_returns_unit_even_on_204() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path("/v1.0/board/cards/c1"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = client(&server);
    let reply = Api::new(&client).delete_card("c1").await.unwrap();
    assert_eq!(reply.status(), 204);
    let () = reply.into_inner();
    let sent = &server.received_requests().await.unwrap()[0];
    assert!(sent.body.is_empty());
    assert_eq!(header(sent, "content-type"), None);
}

#[tokio::test]
async fn an_anonymous_operation_never_sends_the_token() {
    let server = MockServer::start().await;
    let reply = serde_json::json!({
        "accessToken": "fresh",
        "expireIn": 7200,
        "grants": "[\"read\",\"write\"]"
    });
    Mock::given(method("POST"))
        .and(path("/v1.0/board/tokens"))
        .respond_with(json(reply))
        .mount(&server)
        .await;
    let client = client(&server);
    let request = CreateTokenRequest::new(CreateTokenRequired {
        app_key: "key".into(),
    })
    .app_key_2("other")
    .scopes(Vec::<String>::new())
    .extras([("a", "1")]);
    let reply = Api::new(&client).create_token(&request).await.unwrap();
    assert_eq!(reply.access_token.as_deref(), Some("fresh"));
    assert_eq!(reply.expire_in, Some(7200));
    // `style: json` in a reply: a JSON string read back into its type.
    assert_eq!(
        reply.grants,
        Some(vec!["read".to_owned(), "write".to_owned()])
    );

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(header(sent, "x-acs-dingtalk-access-token"), None);
    // `style: json` in a body: the map travels JSON-encoded in a string.
    assert_eq!(
        std::str::from_utf8(&sent.body).unwrap(),
        r#"{"appKey":"key","app_key":"other","scopes":[],"extras":"{\"a\":\"1\"}"}"#
    );
}

#[tokio::test]
async fn names_that_are_not_rust_identifiers_keep_their_wire_names() {
    let server = MockServer::start().await;
    let body = serde_json::json!([{"Self": true, "self": "me"}, {}]);
    Mock::given(method("GET"))
        .and(path("/v1.0/board/new"))
        .respond_with(json(body))
        .mount(&server)
        .await;
    let client = client(&server);
    let request = sample_board_1_0::NewRequest::new()
        .self_("s")
        ._1st(1)
        .state(sample_board_1_0::NewRequestState::InProgress)
        .filters([sample_board_1_0::NewRequestFilters::new()
            .field("f")
            .values(["a", "b c"])]);
    let reply = Api::new(&client).new_2(&request).await.unwrap();
    assert_eq!(reply[0].self_, Some(true));
    assert_eq!(reply[0].self_2.as_deref(), Some("me"));
    assert_eq!(reply[1].self_, None);

    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(
        sent.url.query(),
        Some(
            "self=s&1st=1&state=in-progress&filters.1.field=f&filters.1.values.1=a&filters.1.values.2=b%20c"
        )
    );
    let unknown = sample_board_1_0::NewRequestState::from("Unknown");
    assert_eq!(unknown, sample_board_1_0::NewRequestState::Unknown2);
}
