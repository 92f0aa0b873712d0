//! Time-outs and retries against loopback servers, with small delays.

mod common;

#[rustfmt::skip]
#[path = "fixtures/sample_board_1_0.rs"]
#[allow(dead_code)]
mod sample_board_1_0;

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use common::{client, config, seed_request};
use generated_client::{Client, Error, Interceptor, RequestContext, RetryPolicy, TimeoutKind};
use sample_board_1_0::{Api, GetCardRequest};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn ok() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw("{}", "application/json")
}

/// A server that answers `first` for the first `times` requests, then 200.
async fn flaky(first: ResponseTemplate, times: u64) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(first)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ok())
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

/// The fixture's `GetCard` (a GET, so repeatable by HTTP's rules).
async fn get_card(
    client: &Client,
) -> Result<
    generated_client::Response<sample_board_1_0::GetCardResponse>,
    Error<sample_board_1_0::GetCardError>,
> {
    Api::new(client)
        .get_card("b", 1, &GetCardRequest::new())
        .await
}

async fn seen(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

fn fast_retries() -> RetryPolicy {
    RetryPolicy::standard()
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(40))
}

#[tokio::test]
async fn a_silent_server_hits_the_read_timeout_on_time() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ok().set_delay(Duration::from_secs(30)))
        .mount(&server)
        .await;
    let client =
        Client::from_config(config(&server).read_timeout(Duration::from_millis(300))).unwrap();

    let started = Instant::now();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let elapsed = started.elapsed();
    let Error::Timeout(timeout) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(timeout.kind(), TimeoutKind::Read);
    assert_eq!(timeout.after(), Duration::from_millis(300));
    assert!(
        elapsed >= Duration::from_millis(300) && elapsed < Duration::from_secs(5),
        "{elapsed:?}"
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_per_call_read_timeout_wins_over_the_client() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ok().set_delay(Duration::from_secs(30)))
        .mount(&server)
        .await;
    let client = client(&server); // read time-out 10 s
    let started = Instant::now();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .read_timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

/// A port on 127.0.0.1 where nothing listens.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("http://127.0.0.1:{port}")
}

#[derive(Default)]
struct Attempts(AtomicU32);

impl Interceptor for Attempts {
    fn before_send(&self, _: &mut RequestContext<'_>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error_and_is_retried_even_for_post() {
    let attempts = Arc::new(Attempts::default());
    let config = generated_client::Config::new()
        .access_token(common::TOKEN)
        .base_url(closed_port())
        .retry(fast_retries())
        .interceptor(attempts.clone());
    let client = Client::from_config(config).unwrap();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .await
        .unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("{error:?}")
    };
    assert!(transport.is_connect());
    assert!(error.to_string().contains("Connection refused"), "{error}");
    assert_eq!(attempts.0.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn retries_are_off_by_default() {
    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = client(&server);
    let error = get_card(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(seen(&server).await, 1);
}

#[tokio::test]
async fn a_get_is_retried_on_503_and_429_until_it_succeeds() {
    for status in [503, 429] {
        let server = flaky(ResponseTemplate::new(status), 2).await;
        let client = Client::from_config(config(&server).retry(fast_retries())).unwrap();
        let reply = get_card(&client).await.unwrap();
        assert_eq!(reply.status(), 200);
        assert_eq!(seen(&server).await, 3, "{status}");
    }
}

#[tokio::test]
async fn attempts_stop_at_the_policy_maximum() {
    let server = flaky(ResponseTemplate::new(503), 10).await;
    let client =
        Client::from_config(config(&server).retry(fast_retries().max_attempts(2))).unwrap();
    let error = get_card(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(seen(&server).await, 2);
}

#[tokio::test]
async fn a_post_that_may_have_been_processed_is_retried_only_when_marked_idempotent() {
    let server = flaky(ResponseTemplate::new(502), 1).await;
    let client = Client::from_config(config(&server).retry(fast_retries())).unwrap();
    let api = client.team_sphere_1_0();
    let error = api.create_task("u", &seed_request()).await.unwrap_err();
    assert_eq!(error.status(), Some(502));
    assert_eq!(seen(&server).await, 1);

    server.reset().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(502))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(any())
        .respond_with(ok())
        .with_priority(2)
        .mount(&server)
        .await;
    api.create_task("u", &seed_request())
        .idempotent(true)
        .await
        .unwrap();
    assert_eq!(seen(&server).await, 2);
}

#[tokio::test]
async fn throttling_is_retried_even_for_a_post() {
    let throttled = [
        ResponseTemplate::new(429),
        ResponseTemplate::new(503),
        ResponseTemplate::new(403).set_body_raw(
            r#"{"code":"Forbidden.AccessDenied.QpsLimitForApi","message":"qps limit"}"#,
            "application/json",
        ),
    ];
    for reply in throttled {
        let server = flaky(reply, 1).await;
        let client = Client::from_config(config(&server).retry(fast_retries())).unwrap();
        client
            .team_sphere_1_0()
            .create_task("u", &seed_request())
            .await
            .unwrap();
        assert_eq!(seen(&server).await, 2);
    }
}

#[tokio::test]
async fn is_retryable_and_the_policy_agree() {
    // A 403 QpsLimit: retryable by both; a 500 business error: by neither.
    let qps = r#"{"code":"Forbidden.AccessDenied.QpsLimitForApi","message":"qps limit"}"#;
    for (status, body, retryable) in [(403, qps, true), (500, r#"{"code":"x"}"#, false)] {
        let reply = ResponseTemplate::new(status).set_body_raw(body, "application/json");
        let server = flaky(reply.clone(), 1).await;
        let error = get_card(&client(&server)).await.unwrap_err();
        assert_eq!(error.is_retryable(), retryable, "{status}");
        let server = flaky(reply, 1).await;
        let retrying = Client::from_config(config(&server).retry(fast_retries())).unwrap();
        assert_eq!(get_card(&retrying).await.is_ok(), retryable, "{status}");
    }
}

#[tokio::test]
async fn the_servers_requested_wait_is_honoured() {
    let cases = [
        ("x-acs-retry-after", "400", 400),
        ("retry-after", "1", 1000),
    ];
    for (name, value, millis) in cases {
        let server = flaky(ResponseTemplate::new(429).insert_header(name, value), 1).await;
        let client = Client::from_config(config(&server).retry(fast_retries())).unwrap();
        let started = Instant::now();
        get_card(&client).await.unwrap();
        let elapsed = started.elapsed();
        assert!(
            elapsed >= Duration::from_millis(millis),
            "{name}: {elapsed:?}"
        );
        assert!(
            elapsed < Duration::from_millis(millis + 3_000),
            "{name}: {elapsed:?}"
        );
        assert_eq!(seen(&server).await, 2);
    }
}

#[tokio::test]
async fn a_wait_longer_than_the_policy_allows_ends_the_retries() {
    let server = flaky(
        ResponseTemplate::new(503).insert_header("retry-after", "120"),
        1,
    )
    .await;
    let client = Client::from_config(config(&server).retry(fast_retries())).unwrap();
    let started = Instant::now();
    let error = get_card(&client).await.unwrap_err();
    assert_eq!(error.status(), Some(503));
    assert_eq!(seen(&server).await, 1);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_per_call_policy_wins_over_the_client() {
    let server = flaky(ResponseTemplate::new(503), 1).await;
    let client = client(&server); // no retries
    Api::new(&client)
        .get_card("b", 1, &GetCardRequest::new())
        .retry(fast_retries())
        .await
        .unwrap();
    assert_eq!(seen(&server).await, 2);
}

/// A listener whose accept queue is full, so a new connection is never completed: the kernel
/// drops the SYN and the client waits for its connect time-out. Returns the base URL and the
/// sockets that keep the queue full.
fn unanswered_listener() -> (String, tokio::net::TcpListener, Vec<std::net::TcpStream>) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let address = socket.local_addr().unwrap();
    let listener = socket.listen(1).unwrap();
    let fillers = (0..4)
        .filter_map(|_| {
            std::net::TcpStream::connect_timeout(&address, Duration::from_millis(200)).ok()
        })
        .collect();
    (format!("http://{address}"), listener, fillers)
}

#[tokio::test]
async fn a_connection_that_is_never_accepted_hits_the_connect_timeout() {
    let (base_url, _listener, _fillers) = unanswered_listener();
    let attempts = Arc::new(Attempts::default());
    let config = generated_client::Config::new()
        .access_token(common::TOKEN)
        .base_url(base_url)
        .connect_timeout(Duration::from_millis(200))
        .retry(fast_retries().max_attempts(2))
        .interceptor(attempts.clone());
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
    assert_eq!(timeout.kind(), TimeoutKind::Connect);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    // The request never left, so even a POST is tried again.
    assert_eq!(attempts.0.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_per_call_connect_timeout_wins_over_the_client() {
    let (base_url, _listener, _fillers) = unanswered_listener();
    // Connect time-out 5 s.
    let config = common::config_for(&base_url);
    let client = Client::from_config(config).unwrap();
    let started = Instant::now();
    let error = client
        .team_sphere_1_0()
        .create_task("u", &seed_request())
        .connect_timeout(Duration::from_millis(200))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Timeout(t) if t.kind() == TimeoutKind::Connect),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn the_default_time_outs_are_those_of_the_official_python_sdk() {
    assert_eq!(
        generated_client::DEFAULT_CONNECT_TIMEOUT,
        Duration::from_secs(5)
    );
    assert_eq!(
        generated_client::DEFAULT_READ_TIMEOUT,
        Duration::from_secs(10)
    );
    let text = format!("{:?}", generated_client::Config::new());
    assert!(
        text.contains("connect_timeout: 5s") && text.contains("read_timeout: 10s"),
        "{text}"
    );
}
