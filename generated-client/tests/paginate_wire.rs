//! Paginators on the wire: a loopback server serves several pages, keyed by the token each
//! request carries; the pages, the items, the requests sent and every way the pages end.

mod common;

#[rustfmt::skip]
#[path = "fixtures/sample_board_1_0.rs"]
#[allow(dead_code)]
mod sample_board_1_0;

use std::future::poll_fn;
use std::pin::pin;

use common::client;
use generated_client::Error;
use generated_client::futures_core::Stream;
use sample_board_1_0::{Api, ListCardIdsRequest, ListCardsRequest};
use serde_json::{Value, json};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Serves `pages`: the reply to a request whose token is `key` (`""` for none), read from the
/// query (`nextToken`) or the JSON body (`cursor`).
async fn serve(pages: Vec<(&'static str, ResponseTemplate)>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(move |request: &Request| {
            let token = token_of(request);
            pages
                .iter()
                .find(|(key, _)| *key == token)
                .map(|(_, reply)| reply.clone())
                .unwrap_or_else(|| ResponseTemplate::new(404))
        })
        .mount(&server)
        .await;
    server
}

fn token_of(request: &Request) -> String {
    if let Some((_, v)) = request.url.query_pairs().find(|(k, _)| k == "nextToken") {
        return v.into_owned();
    }
    let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
    match &body["cursor"] {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn page(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .insert_header("x-acs-request-id", "PAGE")
        .set_body_json(body)
}

fn card(id: &str) -> Value {
    json!({ "cardId": id, "title": format!("card {id}") })
}

async fn queries(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .map(|r| {
            assert_eq!(r.url.path(), "/v1.0/board/boards/b1/cards");
            r.url.query().unwrap_or_default().to_owned()
        })
        .collect()
}

async fn next<S: Stream>(stream: &mut std::pin::Pin<&mut S>) -> Option<S::Item> {
    poll_fn(|cx| stream.as_mut().poll_next(cx)).await
}

#[tokio::test]
async fn items_come_from_every_page_until_a_reply_has_no_token() {
    let server = serve(vec![
        (
            "",
            page(json!({"nextToken": "p2", "hasMore": true, "list": [card("1"), card("2")]})),
        ),
        (
            "p2",
            page(json!({"nextToken": "p3", "hasMore": true, "list": [card("3")]})),
        ),
        ("p3", page(json!({"nextToken": "", "list": [card("4")]}))),
    ])
    .await;
    let client = client(&server);
    let request = ListCardsRequest::new().max_results(2);
    let mut items = pin!(Api::new(&client).list_cards_pages("b1", &request).items());
    let mut ids = Vec::new();
    while let Some(card) = next(&mut items).await {
        ids.push(card.unwrap().card_id.unwrap());
    }
    assert_eq!(ids, ["1", "2", "3", "4"]);
    assert_eq!(
        queries(&server).await,
        [
            "maxResults=2",
            "maxResults=2&nextToken=p2",
            "maxResults=2&nextToken=p3"
        ]
    );
}

#[tokio::test]
async fn pages_stop_when_the_reply_says_no_more_follow_or_at_the_cap() {
    let server = serve(vec![
        (
            "",
            page(json!({"nextToken": "p2", "hasMore": true, "list": []})),
        ),
        (
            "p2",
            page(json!({"nextToken": "p3", "hasMore": false, "list": [card("9")]})),
        ),
        ("p3", page(json!({"list": [card("never")]}))),
    ])
    .await;
    let client = client(&server);
    let request = ListCardsRequest::new();
    let mut pages = pin!(Api::new(&client).list_cards_pages("b1", &request).pages());
    let first = next(&mut pages).await.unwrap().unwrap();
    assert_eq!(first.request_id(), Some("PAGE"));
    assert_eq!(first.next_token.as_deref(), Some("p2"));
    let second = next(&mut pages).await.unwrap().unwrap();
    assert_eq!(second.list.as_ref().unwrap().len(), 1);
    assert!(
        next(&mut pages).await.is_none(),
        "hasMore: false ends the pages"
    );
    assert!(next(&mut pages).await.is_none());
    assert_eq!(queries(&server).await, ["", "nextToken=p2"]);

    // A cap of one page sends one request, whatever the reply says.
    let capped = Api::new(&client)
        .list_cards_pages("b1", &request)
        .max_pages(1)
        .pages();
    let mut capped = pin!(capped);
    assert!(next(&mut capped).await.unwrap().is_ok());
    assert!(next(&mut capped).await.is_none());
    assert_eq!(queries(&server).await.len(), 3);
}

#[tokio::test]
async fn a_token_that_comes_back_ends_the_pages_with_an_error_instead_of_a_loop() {
    let server = serve(vec![
        ("", page(json!({"nextToken": "p2", "list": [card("1")]}))),
        ("p2", page(json!({"nextToken": "p3", "list": [card("2")]}))),
        ("p3", page(json!({"nextToken": "p2", "list": [card("3")]}))),
    ])
    .await;
    let client = client(&server);
    // The caller's own token is replaced by the reply's on the next pages.
    let request = ListCardsRequest::new().next_token("ignored-after-the-first");
    let mut items = pin!(Api::new(&client).list_cards_pages("b1", &request).items());
    // The first request carries the caller's token, which the server does not know.
    match next(&mut items).await {
        Some(Err(Error::Http(e))) => assert_eq!(e.status(), 404),
        other => panic!("{other:?}"),
    }
    assert!(
        next(&mut items).await.is_none(),
        "an error is the last item"
    );

    let request = ListCardsRequest::new();
    let mut items = pin!(Api::new(&client).list_cards_pages("b1", &request).items());
    let mut ids = Vec::new();
    let error = loop {
        match next(&mut items).await {
            Some(Ok(card)) => ids.push(card.card_id.unwrap()),
            Some(Err(e)) => break e,
            None => panic!("the pages ended without the error"),
        }
    };
    assert_eq!(ids, ["1", "2", "3"], "the page that repeats is given");
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.request_id(), Some("PAGE"));
    assert!(
        error.to_string().contains("page token \"p2\" again"),
        "{error}"
    );
    assert!(next(&mut items).await.is_none());
    assert_eq!(
        queries(&server).await[1..],
        ["", "nextToken=p2", "nextToken=p3"]
    );
}

#[tokio::test]
async fn a_caller_resuming_from_a_token_counts_it_as_sent() {
    let server = serve(vec![
        ("p3", page(json!({"nextToken": "p4", "list": [card("3")]}))),
        ("p4", page(json!({"nextToken": "p3", "list": [card("4")]}))),
    ])
    .await;
    let client = client(&server);
    let request = ListCardsRequest::new().next_token("p3");
    let mut pages = pin!(Api::new(&client).list_cards_pages("b1", &request).pages());
    assert!(next(&mut pages).await.unwrap().is_ok());
    assert!(next(&mut pages).await.unwrap().is_ok());
    let error = next(&mut pages).await.unwrap().unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert!(next(&mut pages).await.is_none());
    assert_eq!(queries(&server).await, ["nextToken=p3", "nextToken=p4"]);
}

#[tokio::test]
async fn a_failing_page_ends_the_pages_after_the_ones_that_came() {
    let server = serve(vec![
        ("", page(json!({"nextToken": "p2", "list": [card("1")]}))),
        (
            "p2",
            ResponseTemplate::new(500)
                .set_body_json(json!({"code": "ServiceUnavailable", "message": "busy"})),
        ),
    ])
    .await;
    let client = client(&server);
    let request = ListCardsRequest::new();
    let mut pages = pin!(Api::new(&client).list_cards_pages("b1", &request).pages());
    assert!(next(&mut pages).await.unwrap().is_ok());
    let error = next(&mut pages).await.unwrap().unwrap_err();
    assert_eq!(error.code(), Some("ServiceUnavailable"));
    assert!(next(&mut pages).await.is_none());
    assert_eq!(queries(&server).await.len(), 2);
}

#[tokio::test]
async fn a_numeric_cursor_in_the_body_is_sent_back_as_a_number() {
    let server = serve(vec![
        // The reply quotes the cursor; the request's cursor is a number, and is sent as one.
        (
            "",
            page(json!({"result": {"nextCursor": "10", "ids": ["a"]}})),
        ),
        (
            "10",
            page(json!({"result": {"nextCursor": "20", "ids": ["b"]}})),
        ),
        ("20", page(json!({"result": {"ids": ["c"]}}))),
    ])
    .await;
    let client = client(&server);
    let request = ListCardIdsRequest::new().size(1);
    #[allow(deprecated)]
    let paginator = Api::new(&client).list_card_ids_pages(&request);
    let mut pages = pin!(paginator.pages());
    let mut ids = Vec::new();
    while let Some(page) = next(&mut pages).await {
        let page = page.unwrap();
        ids.extend(page.result.as_ref().unwrap().ids.clone().unwrap());
    }
    assert_eq!(ids, ["a", "b", "c"]);
    let requests = server.received_requests().await.unwrap();
    let bodies: Vec<&[u8]> = requests.iter().map(|r| r.body.as_slice()).collect();
    assert_eq!(
        bodies,
        [
            br#"{"size":1}"#.as_slice(),
            br#"{"cursor":10,"size":1}"#,
            br#"{"cursor":20,"size":1}"#
        ]
    );
    assert!(requests.iter().all(|r| r.method.as_str() == "POST"));
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_paginators_are_iterators() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(serve(vec![
        (
            "",
            page(json!({"nextToken": "p2", "list": [card("1"), card("2")]})),
        ),
        ("p2", page(json!({"list": [card("3")]}))),
    ]));
    let client = client(&server);
    let request = ListCardsRequest::new();
    let ids: Vec<String> = Api::new(&client)
        .list_cards_pages("b1", &request)
        .items_blocking()
        .map(|card| card.unwrap().card_id.unwrap())
        .collect();
    assert_eq!(ids, ["1", "2", "3"]);
    let pages = Api::new(&client)
        .list_cards_pages("b1", &request)
        .pages_blocking()
        .count();
    assert_eq!(pages, 2);
    assert_eq!(
        runtime.block_on(queries(&server)),
        ["", "nextToken=p2", "", "nextToken=p2"]
    );
}
