//! Whatever a server sends, the client neither panics, nor stalls past its time-outs, nor
//! builds unbounded error texts; and it never sends an unauthenticated call by accident.

mod common;

#[rustfmt::skip]
#[path = "fixtures/sample_board_1_0.rs"]
#[allow(dead_code)]
mod sample_board_1_0;

use std::time::{Duration, Instant};

use common::{client, config, config_for, reply_with, seed_request, trickling_server};
use generated_client::{Client, Config, Error, RetryPolicy, TimeoutKind};
use sample_board_1_0::{Api, CreateTokenRequest, CreateTokenRequired, GetCardRequest};
use wiremock::ResponseTemplate;

/// Error texts stay within this, whatever the server sent.
const TEXT_BOUND: usize = 4 * 1024;

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw("{}", "application/json")
}

async fn seen(server: &wiremock::MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn absurd_server_waits_on_a_success_do_not_panic() {
    let values = [
        "1e20",
        "99999999999999999999",
        "1e308",
        "inf",
        "-1",
        "NaN",
        "0",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
    ];
    for name in ["retry-after", "x-acs-retry-after"] {
        for value in values {
            let server = reply_with(ok().insert_header(name, value)).await;
            let reply = client(&server)
                .team_sphere_1_0()
                .create_task("u", &seed_request())
                .await;
            assert_eq!(reply.unwrap().status(), 200, "{name}: {value}");
        }
    }
}

#[tokio::test]
async fn a_throttled_call_asked_to_wait_forever_stops_and_one_asked_nonsense_backs_off() {
    let retrying = RetryPolicy::standard().initial_backoff(Duration::from_millis(10));
    let server = reply_with(ResponseTemplate::new(429).insert_header("retry-after", "1e20")).await;
    let client = Client::from_config(config(&server).retry(retrying.clone())).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(429));
    assert_eq!(seen(&server).await, 1);

    let server = reply_with(ResponseTemplate::new(429).insert_header("retry-after", "-7")).await;
    let client = Client::from_config(config(&server).retry(retrying)).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(429));
    assert_eq!(seen(&server).await, 3);
}

#[tokio::test]
async fn an_8_mib_error_message_gives_a_short_text_and_stays_reachable() {
    let message = "m".repeat(8 * 1024 * 1024);
    let body = serde_json::json!({"code": "c".repeat(100_000), "message": message, "requestid": "r".repeat(100_000)});
    let server = reply_with(ResponseTemplate::new(400).set_body_json(body)).await;
    let error = client(&server)
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let text = error.to_string();
    assert!(text.len() < TEXT_BOUND, "{}", text.len());
    assert!(text.starts_with("ccc") && text.contains("(status 400, request id rrr"));
    assert_eq!(error.message().map(str::len), Some(message.len()));
    assert!(error.as_service().unwrap().body().len() > message.len());
}

#[tokio::test]
async fn huge_html_errors_and_huge_wrong_values_give_short_texts() {
    let html = format!("<html>{}</html>", "\u{1}x".repeat(512 * 1024));
    let server = reply_with(ResponseTemplate::new(502).set_body_raw(html, "text/html")).await;
    let api = client(&server).team_sphere_1_0();
    let error = api.create_task("u", &seed_request()).await.unwrap_err();
    assert!(matches!(error, Error::Http(_)), "{error:?}");
    assert!(error.to_string().len() < TEXT_BOUND);

    // serde's message quotes the offending value: here a megabyte where a number belongs.
    let wrong = serde_json::json!({"result": {"priority": "p".repeat(1024 * 1024)}});
    let server = reply_with(ResponseTemplate::new(200).set_body_json(wrong)).await;
    let api = client(&server).team_sphere_1_0();
    let error = api.create_task("u", &seed_request()).await.unwrap_err();
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    assert!(
        error.to_string().len() < TEXT_BOUND,
        "{}",
        error.to_string().len()
    );
}

#[tokio::test]
async fn an_error_reply_over_the_size_bound_says_so() {
    let body = format!(r#"{{"code":"big","message":"{}"}}"#, "x".repeat(10_000));
    let server =
        reply_with(ResponseTemplate::new(400).set_body_raw(body, "application/json")).await;
    let client = Client::from_config(config(&server).max_response_bytes(1024)).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let Error::Http(http) = &error else {
        panic!("{error:?}")
    };
    assert!(http.is_too_large());
    assert!(
        http.excerpt().starts_with(r#"{"code":"big""#),
        "{}",
        http.excerpt()
    );
    assert_eq!(
        error.to_string(),
        "HTTP error with a body larger than the 1024-byte limit (status 400, no request id)"
    );
}

#[tokio::test]
async fn a_megabyte_path_or_query_value_is_a_build_error_naming_it() {
    let server = reply_with(ok()).await;
    let client = client(&server);
    let huge = "u".repeat(1024 * 1024);
    let error = client
        .team_sphere_1_0()
        .create_task(&huge, &seed_request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    let text = error.to_string();
    assert!(
        text.contains("`userId`") && text.len() < TEXT_BOUND,
        "{text}"
    );

    let request = GetCardRequest::new().user_ids([huge.clone()]);
    let error = Api::new(&client)
        .get_card("b", 1, &request)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Build(_)), "{error:?}");
    assert!(error.to_string().contains("`userIds`"), "{error}");
    assert_eq!(seen(&server).await, 0);
}

#[tokio::test]
async fn a_transport_error_does_not_carry_the_url() {
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}", listener.local_addr().unwrap())
    };
    let client = Client::from_config(config_for(&closed)).unwrap();
    let secret_ish = "q".repeat(4000);
    let request = GetCardRequest::new().user_ids([secret_ish.clone()]);
    let error = Api::new(&client)
        .get_card("b", 1, &request)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    assert!(!error.to_string().contains(&secret_ish[..100]), "{error}");
}

#[tokio::test]
async fn a_trickled_reply_hits_the_attempt_timeout() {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n";
    let base_url = trickling_server(head, &[b' '; 100], Duration::from_millis(100)).await;
    let config = config_for(&base_url).attempt_timeout(Duration::from_millis(500));
    let client = Client::from_config(config).unwrap();
    let started = Instant::now();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(timeout.kind(), TimeoutKind::Attempt);
    assert_eq!(timeout.after(), Duration::from_millis(500));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    // Per call wins over the client.
    let client = Client::from_config(config_for(&base_url)).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .attempt_timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(matches!(&error, Error::Timeout(t) if t.kind() == TimeoutKind::Attempt));
}

#[tokio::test]
async fn the_operation_timeout_bounds_all_attempts_and_waits() {
    let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n";
    let base_url = trickling_server(head, &[b' '; 100], Duration::from_millis(100)).await;
    let retrying = RetryPolicy::standard()
        .max_attempts(100)
        .initial_backoff(Duration::from_millis(10));
    let config = config_for(&base_url)
        .retry(retrying)
        .attempt_timeout(Duration::from_millis(300))
        .operation_timeout(Duration::from_millis(1000));
    let client = Client::from_config(config).unwrap();
    let started = Instant::now();
    // A GET, so each timed-out attempt is retried until the operation's time is up.
    let error = Api::new(&client)
        .get_card("b", 1, &GetCardRequest::new())
        .await
        .unwrap_err();
    // Without the bound, 100 attempts of 300 ms. With it, the call ends in the attempt the
    // deadline cuts short (an operation time-out), or earlier, when the next wait would end
    // past it (the last attempt's time-out).
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    // Per call wins over the client.
    let error = Api::new(&client)
        .get_card("b", 1, &GetCardRequest::new())
        .attempt_timeout(Duration::from_secs(60))
        .operation_timeout(Duration::from_millis(300))
        .await
        .unwrap_err();
    assert!(matches!(&error, Error::Timeout(t) if t.kind() == TimeoutKind::Operation));
}

#[tokio::test]
async fn an_operation_that_needs_a_token_is_refused_without_one() {
    let server = reply_with(ok()).await;
    let client = Client::from_config(Config::new().base_url(server.uri())).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Token(_)), "{error:?}");
    assert!(
        error
            .to_string()
            .contains("`CreateTask` needs an access token"),
        "{error}"
    );
    assert_eq!(seen(&server).await, 0);

    // An anonymous operation goes out as before, without a token.
    Api::new(&client)
        .create_token(&CreateTokenRequest::new(CreateTokenRequired {
            app_key: "k".into(),
        }))
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 1);
    assert!(
        requests[0]
            .headers
            .get("x-acs-dingtalk-access-token")
            .is_none()
    );
}
