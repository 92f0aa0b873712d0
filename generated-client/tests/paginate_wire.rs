//! Paginators on the wire: a loopback server serves several pages, keyed by the token (page
//! number, offset) each request carries; the pages, the items, the requests sent and every way
//! the pages end, by token, by page number (with a list of items or pages only) and by offset;
//! a server that repeats a page; `try_next` and `collect_up_to`.

mod common;

#[rustfmt::skip]
#[path = "fixtures/sample_board_1_0.rs"]
#[allow(dead_code)]
mod sample_board_1_0;

use std::future::poll_fn;
use std::pin::pin;

use common::client as client_of;
use generated_client::Error;
use generated_client::futures_core::Stream;
use sample_board_1_0::{
    Api, ListCardIdsRequest, ListCardsRequest, ListColumnsRequest, ListRowsRequest,
    QueryStatsRequest, SearchMembersRequest, SearchRowsRequest,
};
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
    let client = client_of(&server);
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
    let client = client_of(&server);
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
    let client = client_of(&server);
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
    let client = client_of(&server);
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
    let client = client_of(&server);
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
    let client = client_of(&server);
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
    let client = client_of(&server);
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

/// Serves the pages of the page-number operation (`ListColumns`), by the `pageNumber` of each
/// request (`""` for none).
async fn serve_columns(pages: Vec<(&'static str, Value)>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(move |request: &Request| {
            let number = request
                .url
                .query_pairs()
                .find(|(k, _)| k == "pageNumber")
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default();
            pages
                .iter()
                .find(|(key, _)| *key == number)
                .map(|(_, body)| page(body.clone()))
                .unwrap_or_else(|| ResponseTemplate::new(404))
        })
        .mount(&server)
        .await;
    server
}

/// The query of every request, the path checked.
async fn column_queries(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .map(|r| {
            assert_eq!(r.method.as_str(), "GET");
            assert_eq!(r.url.path(), "/v1.0/board/boards/b1/columns");
            r.url.query().unwrap_or_default().to_owned()
        })
        .collect()
}

fn columns(names: &[&str], extra: Value) -> Value {
    let mut result = json!({ "columns": names });
    if let (Some(result), Value::Object(extra)) = (result.as_object_mut(), extra) {
        result.extend(extra);
    }
    json!({ "result": result })
}

/// Every item a page-number paginator gives, read with `try_next`.
async fn all_columns(
    client: &generated_client::Client,
    request: &ListColumnsRequest,
) -> Vec<String> {
    let mut items = Api::new(client).list_columns_pages("b1", request).items();
    let mut names = Vec::new();
    while let Some(name) = items.try_next().await.unwrap() {
        names.push(name);
    }
    names
}

#[tokio::test]
async fn page_numbers_count_up_from_one_until_has_more_is_false() {
    let server = serve_columns(vec![
        (
            "",
            columns(&["a", "b"], json!({"hasMore": true, "totalCount": 99})),
        ),
        // `hasMore` wins over a short page and over a total not yet reached.
        (
            "2",
            columns(&["c"], json!({"hasMore": true, "totalCount": 99})),
        ),
        (
            "3",
            columns(&["d", "e"], json!({"hasMore": false, "totalCount": 99})),
        ),
        ("4", columns(&["never"], json!({}))),
    ])
    .await;
    let client = client_of(&server);
    let request = ListColumnsRequest::new().page_size(2);
    assert_eq!(
        all_columns(&client, &request).await,
        ["a", "b", "c", "d", "e"]
    );
    assert_eq!(
        column_queries(&server).await,
        [
            "pageSize=2",
            "pageSize=2&pageNumber=2",
            "pageSize=2&pageNumber=3"
        ]
    );
}

#[tokio::test]
async fn page_numbers_stop_at_a_short_page_when_the_reply_has_no_flag_or_total() {
    let server = serve_columns(vec![
        ("3", columns(&["a", "b"], json!({}))),
        ("4", columns(&["c"], json!({}))),
        ("5", columns(&["never"], json!({}))),
    ])
    .await;
    let client = client_of(&server);
    // The request's own page number is the first page's.
    let request = ListColumnsRequest::new().page_number(3).page_size(2);
    assert_eq!(all_columns(&client, &request).await, ["a", "b", "c"]);
    assert_eq!(
        column_queries(&server).await,
        ["pageNumber=3&pageSize=2", "pageSize=2&pageNumber=4"]
    );
}

#[tokio::test]
async fn page_numbers_stop_when_the_total_is_reached() {
    let server = serve_columns(vec![
        ("", columns(&["a", "b"], json!({"totalCount": 4}))),
        ("2", columns(&["c", "d"], json!({"totalCount": 4}))),
        ("3", columns(&["never"], json!({"totalCount": 4}))),
    ])
    .await;
    let client = client_of(&server);
    let request = ListColumnsRequest::new().page_size(2);
    let mut pages = Api::new(&client).list_columns_pages("b1", &request).pages();
    let mut seen = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        assert_eq!(page.request_id(), Some("PAGE"));
        let result = page.into_inner().result.unwrap();
        seen.push(result.columns.unwrap());
    }
    assert_eq!(seen, [vec!["a", "b"], vec!["c", "d"]]);
    assert_eq!(
        column_queries(&server).await,
        ["pageSize=2", "pageSize=2&pageNumber=2"]
    );
}

#[tokio::test]
async fn page_numbers_stop_at_an_empty_page_without_a_size_a_flag_or_a_total() {
    let server = serve_columns(vec![
        ("", columns(&["a", "b", "c"], json!({}))),
        ("2", columns(&["d"], json!({}))),
        ("3", json!({"result": {"columns": []}})),
        ("4", columns(&["never"], json!({}))),
    ])
    .await;
    let client = client_of(&server);
    let request = ListColumnsRequest::new();
    assert_eq!(all_columns(&client, &request).await, ["a", "b", "c", "d"]);
    assert_eq!(
        column_queries(&server).await,
        ["", "pageNumber=2", "pageNumber=3"]
    );

    // An empty page ends the pages even when the reply says more follow.
    let server = serve_columns(vec![
        ("", json!({"result": {"hasMore": true}})),
        ("2", columns(&["never"], json!({}))),
    ])
    .await;
    let client = client_of(&server);
    assert!(all_columns(&client, &request).await.is_empty());
    assert_eq!(column_queries(&server).await, [""]);
}

#[tokio::test]
async fn collect_up_to_sends_no_page_past_the_limit() {
    let server = serve_columns(vec![
        ("", columns(&["a", "b"], json!({"hasMore": true}))),
        ("2", columns(&["c", "d"], json!({"hasMore": true}))),
        ("3", columns(&["e", "f"], json!({"hasMore": true}))),
    ])
    .await;
    let client = client_of(&server);
    let request = ListColumnsRequest::new();
    let paginator = || Api::new(&client).list_columns_pages("b1", &request);
    let three = paginator().items().collect_up_to(3).await.unwrap();
    assert_eq!(three, ["a", "b", "c"]);
    assert_eq!(column_queries(&server).await, ["", "pageNumber=2"]);

    let pages = paginator().pages().collect_up_to(1).await.unwrap();
    assert_eq!(pages.len(), 1);
    assert!(
        paginator()
            .items()
            .collect_up_to(0)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(column_queries(&server).await.len(), 3);

    // An error before the limit is the result.
    let server = serve_columns(vec![("", columns(&["a", "b"], json!({"hasMore": true})))]).await;
    let client = client_of(&server);
    let error = Api::new(&client)
        .list_columns_pages("b1", &request)
        .items()
        .collect_up_to(10)
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(404));
}

#[tokio::test]
async fn a_page_is_decoded_once_and_a_wrong_shape_is_one_decode_error() {
    let server = serve_columns(vec![("", json!({"result": {"columns": [1, 2]}}))]).await;
    let client = client_of(&server);
    let request = ListColumnsRequest::new();
    let mut items = Api::new(&client).list_columns_pages("b1", &request).items();
    assert!(matches!(items.try_next().await, Err(Error::Decode(_))));
    assert!(items.try_next().await.unwrap().is_none());
    let mut pages = Api::new(&client).list_columns_pages("b1", &request).pages();
    assert!(matches!(pages.try_next().await, Err(Error::Decode(_))));
    assert!(pages.try_next().await.unwrap().is_none());
    assert_eq!(column_queries(&server).await, ["", ""]);
}

/// Serves the offset operation (`SearchMembers`): members `m0`..`m{total}`, `size` at a time
/// (at most `cap`, as a server that caps the page size), by the body's `offset`.
async fn serve_members(total: usize, cap: usize, with_total: bool) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(move |request: &Request| {
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            let offset = body["offset"].as_u64().unwrap_or(0) as usize;
            let size = (body["size"].as_u64().unwrap_or(10) as usize).min(cap);
            let list: Vec<String> = (offset..total.min(offset + size))
                .map(|i| format!("m{i}"))
                .collect();
            let mut reply = json!({ "list": list });
            if with_total {
                reply["total"] = json!(total);
            }
            page(reply)
        })
        .mount(&server)
        .await;
    server
}

async fn bodies(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .map(|r| {
            assert_eq!(r.method.as_str(), "POST");
            assert_eq!(r.url.path(), "/v1.0/board/members/search");
            String::from_utf8(r.body.clone()).unwrap()
        })
        .collect()
}

#[tokio::test]
async fn offsets_advance_by_the_items_each_page_held_until_the_total() {
    // The server caps pages at 2 items: the offset follows what came, not the size asked.
    let server = serve_members(5, 2, true).await;
    let client = client_of(&server);
    let request = SearchMembersRequest::new().keyword("k").size(3);
    let mut items = Api::new(&client).search_members_pages(&request).items();
    let mut names = Vec::new();
    while let Some(name) = items.try_next().await.unwrap() {
        names.push(name);
    }
    assert_eq!(names, ["m0", "m1", "m2", "m3", "m4"]);
    assert_eq!(
        bodies(&server).await,
        [
            r#"{"keyword":"k","size":3}"#,
            r#"{"keyword":"k","offset":2,"size":3}"#,
            r#"{"keyword":"k","offset":4,"size":3}"#
        ]
    );
}

#[tokio::test]
async fn offsets_stop_at_a_short_page_or_an_empty_one() {
    // No total in the replies: a page shorter than the size asked is the last.
    let server = serve_members(5, 10, false).await;
    let client = client_of(&server);
    let request = SearchMembersRequest::new().offset(1).size(2);
    let names = Api::new(&client)
        .search_members_pages(&request)
        .items()
        .collect_up_to(100)
        .await
        .unwrap();
    assert_eq!(names, ["m1", "m2", "m3", "m4"]);
    assert_eq!(
        bodies(&server).await,
        [
            r#"{"offset":1,"size":2}"#,
            r#"{"offset":3,"size":2}"#,
            r#"{"offset":5,"size":2}"#
        ]
    );

    // Without a size either, only an empty page ends them.
    let server = serve_members(3, 2, false).await;
    let client = client_of(&server);
    let names = Api::new(&client)
        .search_members_pages(&SearchMembersRequest::new())
        .items()
        .collect_up_to(100)
        .await
        .unwrap();
    assert_eq!(names, ["m0", "m1", "m2"]);
    assert_eq!(
        bodies(&server).await,
        ["{}", r#"{"offset":2}"#, r#"{"offset":3}"#]
    );
}

#[tokio::test]
async fn try_next_reads_token_pages_in_a_plain_loop() {
    let server = serve(vec![
        ("", page(json!({"nextToken": "p2", "list": [card("1")]}))),
        ("p2", page(json!({"list": [card("2")]}))),
    ])
    .await;
    let client = client_of(&server);
    let request = ListCardsRequest::new();
    let mut pages = Api::new(&client).list_cards_pages("b1", &request).pages();
    let mut tokens = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        tokens.push(page.next_token.clone());
    }
    assert_eq!(tokens, [Some("p2".to_owned()), None]);
    assert_eq!(queries(&server).await, ["", "nextToken=p2"]);
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_iterators_walk_page_numbers_too() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(serve_columns(vec![
        ("", columns(&["a", "b"], json!({"hasMore": true}))),
        ("2", columns(&["c"], json!({"hasMore": false}))),
    ]));
    let client = client_of(&server);
    let request = ListColumnsRequest::new();
    let names: Vec<String> = Api::new(&client)
        .list_columns_pages("b1", &request)
        .items_blocking()
        .map(Result::unwrap)
        .collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(
        runtime.block_on(column_queries(&server)),
        ["", "pageNumber=2"]
    );
}

/// The query (or, for a POST, the body) of every request, each checked against `method` and
/// `path`.
async fn sent(server: &MockServer, method: &str, path: &str) -> Vec<String> {
    let requests = server.received_requests().await.unwrap();
    requests
        .iter()
        .map(|r| {
            assert_eq!((r.method.as_str(), r.url.path()), (method, path));
            if method == "GET" {
                r.url.query().unwrap_or_default().to_owned()
            } else {
                String::from_utf8(r.body.clone()).unwrap()
            }
        })
        .collect()
}

/// Every page of the pages-only `ListRows`, its `data` each (the pages end without an error).
async fn all_rows(client: &generated_client::Client, request: &ListRowsRequest) -> Vec<String> {
    let mut pages = Api::new(client).list_rows_pages("b1", request).pages();
    let mut data = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        data.push(page.into_inner().data.unwrap_or_default());
    }
    data
}

#[tokio::test]
async fn pages_only_page_numbers_stop_when_has_more_is_false() {
    // The rows are one string each page: nothing to count, so the flag decides, even over a
    // total not yet reached.
    let server = serve_columns(vec![
        (
            "",
            json!({"data": "[1,2]", "hasMore": true, "totalCount": 99}),
        ),
        (
            "2",
            json!({"data": "[3,4]", "hasMore": true, "totalCount": 99}),
        ),
        (
            "3",
            json!({"data": "[5]", "hasMore": false, "totalCount": 99}),
        ),
        ("4", json!({"data": "never", "hasMore": false})),
    ])
    .await;
    let client = client_of(&server);
    let request = ListRowsRequest::new().page_size(2);
    assert_eq!(all_rows(&client, &request).await, ["[1,2]", "[3,4]", "[5]"]);
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/boards/b1/rows").await,
        [
            "pageSize=2",
            "pageSize=2&pageNumber=2",
            "pageSize=2&pageNumber=3"
        ]
    );
}

#[tokio::test]
async fn pages_only_page_numbers_stop_when_page_number_times_size_reaches_the_total() {
    let server = serve_columns(vec![
        ("", json!({"data": "[1,2]", "totalCount": 5})),
        ("2", json!({"data": "[3,4]", "totalCount": 5})),
        // 3 pages of 2 hold 6 >= 5: the last.
        ("3", json!({"data": "[5]", "totalCount": 5})),
        ("4", json!({"data": "never", "totalCount": 5})),
    ])
    .await;
    let client = client_of(&server);
    let request = ListRowsRequest::new().page_size(2);
    assert_eq!(all_rows(&client, &request).await, ["[1,2]", "[3,4]", "[5]"]);
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/boards/b1/rows")
            .await
            .len(),
        3
    );

    // Started from page 2, the pages before count too: 2 pages of 2 reach a total of 4.
    let server = serve_columns(vec![
        ("2", json!({"data": "[3,4]", "totalCount": 4})),
        ("3", json!({"data": "never", "totalCount": 4})),
    ])
    .await;
    let client = client_of(&server);
    let request = ListRowsRequest::new().page_number(2).page_size(2);
    assert_eq!(all_rows(&client, &request).await, ["[3,4]"]);
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/boards/b1/rows").await,
        ["pageNumber=2&pageSize=2"]
    );
}

#[tokio::test]
async fn pages_only_page_numbers_stop_at_a_reply_with_neither_flag_nor_total() {
    let server = serve_columns(vec![
        ("", json!({"data": "[1,2]", "hasMore": true})),
        ("2", json!({"data": "[3]", "totalCount": 9})),
        // An empty reply says nothing of more pages: the last.
        ("3", json!({})),
        ("4", json!({"data": "never", "hasMore": true})),
    ])
    .await;
    let client = client_of(&server);
    let request = ListRowsRequest::new().page_size(2);
    assert_eq!(all_rows(&client, &request).await, ["[1,2]", "[3]", ""]);
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/boards/b1/rows").await,
        [
            "pageSize=2",
            "pageSize=2&pageNumber=2",
            "pageSize=2&pageNumber=3"
        ]
    );
}

/// Serves the pages-only `SearchRows` by the body's `pageNo` (`""` for none).
async fn serve_search_rows(pages: Vec<(&'static str, Value)>) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(move |request: &Request| {
            let body: Value = serde_json::from_slice(&request.body).unwrap();
            let number = body.get("pageNo").map(Value::to_string).unwrap_or_default();
            pages
                .iter()
                .find(|(key, _)| *key == number)
                .map(|(_, body)| page(body.clone()))
                .unwrap_or_else(|| ResponseTemplate::new(404))
        })
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_pages_only_total_in_the_body_counts_pages_of_the_requests_size() {
    let server = serve_search_rows(vec![
        ("", json!({"result": {"data": "[1,2,3]", "total": 5}})),
        ("2", json!({"result": {"data": "[4,5]", "total": 5}})),
        ("3", json!({"result": {"data": "never", "total": 5}})),
    ])
    .await;
    let client = client_of(&server);
    let request = SearchRowsRequest::new().keyword("k").page_size(3);
    let pages = Api::new(&client)
        .search_rows_pages(&request)
        .pages()
        .collect_up_to(10)
        .await
        .unwrap();
    let data: Vec<_> = pages
        .into_iter()
        .map(|p| p.into_inner().result.unwrap().data.unwrap())
        .collect();
    assert_eq!(data, ["[1,2,3]", "[4,5]"]);
    assert_eq!(
        sent(&server, "POST", "/v1.0/board/rows/search").await,
        [
            r#"{"keyword":"k","pageSize":3}"#,
            r#"{"keyword":"k","pageNo":2,"pageSize":3}"#
        ]
    );
}

#[tokio::test]
async fn a_pages_only_total_without_a_page_size_is_an_error_not_a_guess() {
    // Only a total can end these pages, and with no size to count by it never would: refused,
    // nothing sent.
    let server =
        serve_search_rows(vec![("", json!({"result": {"data": "[1]", "total": 5}}))]).await;
    let client = client_of(&server);
    let mut pages = Api::new(&client)
        .search_rows_pages(&SearchRowsRequest::new())
        .pages();
    let error = pages.try_next().await.unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(error.to_string().contains("set `pageSize`"), "{error}");
    assert!(pages.try_next().await.unwrap().is_none());
    assert!(
        sent(&server, "POST", "/v1.0/board/rows/search")
            .await
            .is_empty()
    );

    // With a flag the pages may start; a reply that gives the total and not the flag is given,
    // then the error, and nothing more is sent.
    let server = serve_columns(vec![
        ("", json!({"data": "[1]", "hasMore": true})),
        ("2", json!({"data": "[2]", "totalCount": 5})),
        ("3", json!({"data": "never", "hasMore": true})),
    ])
    .await;
    let client = client_of(&server);
    let mut pages = Api::new(&client)
        .list_rows_pages("b1", &ListRowsRequest::new())
        .pages();
    assert!(pages.try_next().await.unwrap().is_some());
    assert!(pages.try_next().await.unwrap().is_some());
    let error = pages.try_next().await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert!(error.to_string().contains("no page size"), "{error}");
    assert!(pages.try_next().await.unwrap().is_none());
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/boards/b1/rows").await,
        ["", "pageNumber=2"]
    );
}

#[tokio::test]
async fn a_server_that_repeats_a_page_ends_the_pages_with_an_error_instead_of_a_loop() {
    // A server that does not take the page number answers the first page every time, saying
    // more follow: the repeat is not given, the error is, and nothing more is sent.
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(page(
            json!({"data": "[1,2]", "hasMore": true, "totalCount": 99}),
        ))
        .mount(&server)
        .await;
    let client = client_of(&server);
    let mut pages = Api::new(&client)
        .list_rows_pages("b1", &ListRowsRequest::new().page_size(2))
        // Bounded, so that a paginator without the guard fails here instead of looping.
        .max_pages(5)
        .pages();
    assert!(pages.try_next().await.unwrap().is_some());
    let error = pages.try_next().await.unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(decode.request_id(), Some("PAGE"));
    assert!(
        error
            .to_string()
            .contains("page number 2 (`pageNumber`) repeats the page before it"),
        "{error}"
    );
    assert!(pages.try_next().await.unwrap().is_none());
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/boards/b1/rows")
            .await
            .len(),
        2
    );

    // With a list, the items are compared: the same items again end the items with the error.
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(page(columns(&["a", "b"], json!({"hasMore": true}))))
        .mount(&server)
        .await;
    let client = client_of(&server);
    let mut items = Api::new(&client)
        .list_columns_pages("b1", &ListColumnsRequest::new())
        .max_pages(5)
        .items();
    assert_eq!(items.try_next().await.unwrap().as_deref(), Some("a"));
    assert_eq!(items.try_next().await.unwrap().as_deref(), Some("b"));
    assert!(matches!(items.try_next().await, Err(Error::Decode(_))));
    assert!(items.try_next().await.unwrap().is_none());
    assert_eq!(column_queries(&server).await, ["", "pageNumber=2"]);
}

#[tokio::test]
async fn two_lists_page_by_the_one_the_spec_names_as_the_items() {
    // `dataList` holds the rows; `metaList`, the columns, is the same on every page and is
    // neither an item nor a repeat.
    let meta = json!([{"fieldId": "f1", "fieldName": "name"}]);
    let server = serve_columns(vec![
        (
            "",
            json!({"dataList": [{"f1": "a"}, {"f1": "b"}], "metaList": meta, "total": 3}),
        ),
        (
            "2",
            json!({"dataList": [{"f1": "c"}], "metaList": meta, "total": 3}),
        ),
        (
            "3",
            json!({"dataList": [{"f1": "never"}], "metaList": meta}),
        ),
    ])
    .await;
    let client = client_of(&server);
    let request = QueryStatsRequest::new().page_size(2);
    let rows = Api::new(&client)
        .query_stats_pages(&request)
        .items()
        .collect_up_to(10)
        .await
        .unwrap();
    let names: Vec<&str> = rows.iter().map(|row| row["f1"].as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(
        sent(&server, "GET", "/v1.0/board/stats").await,
        ["pageSize=2", "pageSize=2&pageNumber=2"]
    );
}
