//! The HTTP callback receivers behind a real server on 127.0.0.1 (axum, the handler the
//! receivers' docs show): what each request is answered with, and a `suite_ticket` event
//! feeding `IsvCorpTokens`, whose next token fetch carries the new ticket.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, Method, Response, Uri};
use axum::routing::any;
use generated_client::push::{Event, TmpAuthCodeEvent};
use generated_client::receive::callback::{
    EventCrypto, EventQuery, EventReceiver, RobotReceiver, RobotSignVerifier,
};
use generated_client::team_sphere_1_0::CreateTaskRequest;
use generated_client::{Client, Config, IsvCorpTokens, SuiteTicket};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::mpsc;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "callback-token";
const AES_KEY: &str = "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7";
const SUITE_KEY: &str = "suite4xxxxxxxxxxxxxx";
const SECRET: &str = "robot app secret";

/// What the server's handlers received, in order: event types, and robot message texts.
#[derive(Debug, PartialEq)]
enum Seen {
    /// The typed temporary auth code of a `tmp_auth_code` event, before its envelope.
    AuthCode(String),
    Event(Event),
    Robot(String),
}

struct App {
    events: EventReceiver,
    robot: RobotReceiver,
    seen: mpsc::UnboundedSender<Seen>,
}

async fn event(
    State(app): State<Arc<App>>,
    method: Method,
    uri: Uri,
    body: Bytes,
) -> Response<Body> {
    match app.events.receive(&method, &uri, &body) {
        Ok(event) => {
            if let Ok(Some(code)) = event.payload::<TmpAuthCodeEvent>() {
                let _ = app
                    .seen
                    .send(Seen::AuthCode(code.auth_code.unwrap_or_default()));
            }
            let answer = event.answer().map(Body::from);
            let _ = app.seen.send(Seen::Event(event.into_event()));
            answer
        }
        Err(error) => error.answer().map(Body::from),
    }
}

async fn robot(
    State(app): State<Arc<App>>,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response<Body> {
    match app.robot.receive(&method, &headers, &body) {
        Ok(message) => {
            let text = message.text.and_then(|t| t.content).unwrap_or_default();
            let _ = app.seen.send(Seen::Robot(text));
            RobotReceiver::answer().map(Body::from)
        }
        Err(error) => error.answer().map(Body::from),
    }
}

/// A server on 127.0.0.1 (stopped when the test's runtime ends) and what it saw.
async fn serve(ticket: SuiteTicket) -> (String, mpsc::UnboundedReceiver<Seen>) {
    let (seen, received) = mpsc::unbounded_channel();
    let app = Arc::new(App {
        events: EventReceiver::new(EventCrypto::new(TOKEN, AES_KEY, SUITE_KEY).unwrap())
            .suite_ticket(ticket),
        robot: RobotReceiver::new(RobotSignVerifier::new(SECRET)).max_body(4096),
        seen,
    });
    let router = Router::new()
        .route("/event", any(event))
        .route("/robot", any(robot))
        .with_state(app);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move { axum::serve(listener, router).await });
    (addr, received)
}

/// One request on a fresh connection: status, content type and body of the answer.
async fn send(
    addr: &str,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(body).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let text = String::from_utf8(answer).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let content_type = head
        .lines()
        .find_map(|l| l.strip_prefix("content-type: "))
        .unwrap_or("")
        .to_owned();
    (status, content_type, body.to_owned())
}

/// A request: method, the case's name, target and body.
type Request<'a> = (&'a str, &'a str, &'a str, &'a [u8]);

/// Request headers, by name.
type Headers<'a> = &'a [(&'a str, &'a str)];

/// The target and body of an event callback sealing `plain` for `owner`.
fn sealed_event(owner: &str, plain: &str) -> (String, Vec<u8>) {
    let crypto = EventCrypto::new(TOKEN, AES_KEY, owner).unwrap();
    let reply = crypto.seal(plain, "1700000000000", "abcd1234").unwrap();
    (
        format!(
            "/event?msg_signature={}&timestamp={}&nonce={}",
            reply.msg_signature, reply.time_stamp, reply.nonce
        ),
        serde_json::to_vec(&json!({ "encrypt": reply.encrypt })).unwrap(),
    )
}

#[tokio::test]
async fn a_suite_ticket_event_feeds_isv_corp_tokens_without_glue() {
    let dingtalk = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v1.0/oauth2/corpAccessToken"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({"accessToken": "T1", "expireIn": 7200})),
        )
        .mount(&dingtalk)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1.0/teamSphere/users/u/tasks"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&dingtalk)
        .await;
    let ticket = SuiteTicket::new("ticket-old");
    let tokens = IsvCorpTokens::new(SUITE_KEY, "suite-secret", "ding-corp", ticket.clone());
    let client = Client::from_config(
        Config::new()
            .base_url(dingtalk.uri())
            .token_provider(tokens),
    )
    .unwrap();
    let (addr, mut seen) = serve(ticket.clone()).await;

    // A forged ticket (wrong signature) and one sealed for another suite change nothing.
    let (target, body) = sealed_event(
        SUITE_KEY,
        r#"{"EventType":"suite_ticket","SuiteKey":"suite4xxxxxxxxxxxxxx","SuiteTicket":"forged","TimeStamp":"1700000000000"}"#,
    );
    let forged = target.replace("msg_signature=", "msg_signature=0");
    assert_eq!(send(&addr, "POST", &forged, &[], &body).await.0, 401);
    let (target, body) = sealed_event(
        "suiteother",
        r#"{"EventType":"suite_ticket","SuiteKey":"suiteother","SuiteTicket":"other","TimeStamp":"1700000000000"}"#,
    );
    assert_eq!(send(&addr, "POST", &target, &[], &body).await.0, 403);
    assert_eq!(ticket.current(), "ticket-old");

    // The real one: answered with the encrypted `success`, and the ticket is the new one.
    let (target, body) = sealed_event(
        SUITE_KEY,
        r#"{"EventType":"suite_ticket","SuiteKey":"suite4xxxxxxxxxxxxxx","SuiteTicket":"ticket-new","TimeStamp":"1700000000000"}"#,
    );
    let (status, content_type, answer) = send(&addr, "POST", &target, &[], &body).await;
    assert_eq!((status, content_type.as_str()), (200, "application/json"));
    let answer: Value = serde_json::from_str(&answer).unwrap();
    let crypto = EventCrypto::new(TOKEN, AES_KEY, SUITE_KEY).unwrap();
    let query = EventQuery {
        signature: answer["msg_signature"].as_str().unwrap().into(),
        timestamp: answer["timeStamp"].as_str().unwrap().into(),
        nonce: answer["nonce"].as_str().unwrap().into(),
    };
    assert_eq!(
        crypto
            .open(&query, answer["encrypt"].as_str().unwrap())
            .unwrap(),
        "success"
    );
    let Some(Seen::Event(event)) = seen.recv().await else {
        panic!("no event")
    };
    assert_eq!(event.event_type.as_deref(), Some("suite_ticket"));
    assert_eq!(ticket.current(), "ticket-new");

    client
        .team_sphere_1_0()
        .create_task("u", &CreateTaskRequest::new("t", "p"))
        .await
        .unwrap();
    let requests = dingtalk.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].url.path(), "/v1.0/oauth2/corpAccessToken");
    let fetch: Value = serde_json::from_slice(&requests[0].body).unwrap();
    assert_eq!(fetch["suiteTicket"], "ticket-new");
    assert_eq!(fetch["suiteKey"], SUITE_KEY);
    assert!(seen.try_recv().is_err());
}

#[tokio::test]
async fn malformed_event_requests_get_a_4xx_naming_what_failed() {
    let (addr, mut seen) = serve(SuiteTicket::new("t")).await;
    let (target, body) = sealed_event(SUITE_KEY, r#"{"EventType":"check_url"}"#);
    let (_, other_body) = sealed_event(SUITE_KEY, r#"{"NoType":1}"#);
    // (method, case, target, body) and the status and words of the answer.
    let no_nonce = target.replace("&nonce=", "&x=");
    let cases: [(Request, u16, &str); 5] = [
        (("GET", "get", &target, &body), 405, "method GET"),
        (("POST", "body not JSON", &target, b"{"), 400, "body"),
        (("POST", "no encrypt", &target, b"{}"), 400, "`encrypt`"),
        (("POST", "no nonce", &no_nonce, &body), 400, "`nonce`"),
        (
            ("POST", "signature over other text", &target, &other_body),
            401,
            "signature",
        ),
    ];
    for ((method, name, target, body), status, says) in cases {
        let (got, content_type, answer) = send(&addr, method, target, &[], body).await;
        assert_eq!(got, status, "{name}: {answer}");
        assert_eq!(content_type, "application/json", "{name}");
        let error: Value = serde_json::from_str(&answer).unwrap();
        assert!(
            error["error"].as_str().unwrap().contains(says),
            "{name}: {answer}"
        );
        assert!(!answer.contains(AES_KEY) && !answer.contains(TOKEN));
    }
    // Signed and sealed, but not an event: no `EventType`, or not JSON.
    for (plain, says) in [(r#"{"NoType":1}"#, "`EventType`"), ("not json", "event")] {
        let (target, body) = sealed_event(SUITE_KEY, plain);
        let (got, _, answer) = send(&addr, "POST", &target, &[], &body).await;
        assert_eq!(got, 400, "{answer}");
        assert!(answer.contains(says), "{answer}");
    }
    assert!(
        seen.try_recv().is_err(),
        "no request reached the handler's Ok arm"
    );
}

#[tokio::test]
async fn robot_messages_are_verified_by_header_and_bounded_in_size() {
    let (addr, mut seen) = serve(SuiteTicket::new("t")).await;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis()
        .to_string();
    let sign = RobotSignVerifier::new(SECRET).sign(&now);
    let message = r#"{"msgtype":"text","text":{"content":"hi"},"msgId":"m1"}"#;
    let headers = [("timestamp", now.as_str()), ("sign", sign.as_str())];
    let (status, _, body) = send(&addr, "POST", "/robot", &headers, message.as_bytes()).await;
    assert_eq!((status, body.as_str()), (200, ""));
    assert_eq!(seen.recv().await, Some(Seen::Robot("hi".into())));

    let big = format!(r#"{{"pad":"{}"}}"#, "x".repeat(4096));
    let wrong = RobotSignVerifier::new("wrong").sign(&now);
    let cases: [(&str, Headers, &[u8], u16); 5] = [
        (
            "wrong sign",
            &[("timestamp", &now), ("sign", &wrong)],
            message.as_bytes(),
            401,
        ),
        ("no sign", &[("timestamp", &now)], message.as_bytes(), 400),
        ("over the limit", &headers, big.as_bytes(), 413),
        ("not JSON", &headers, b"hello", 400),
        ("not a message", &headers, b"[1]", 400),
    ];
    for (name, headers, body, status) in cases {
        assert_eq!(
            send(&addr, "POST", "/robot", headers, body).await.0,
            status,
            "{name}"
        );
    }
    assert!(seen.try_recv().is_err());
}

#[tokio::test]
async fn events_arrive_in_the_stream_envelope_and_tmp_auth_code_typed() {
    let (addr, mut seen) = serve(SuiteTicket::new("t")).await;
    let plain = r#"{"EventType":"tmp_auth_code","AuthCode":"code-1","SuiteKey":"suite4xxxxxxxxxxxxxx","TimeStamp":1700000000000}"#;
    let (target, body) = sealed_event(SUITE_KEY, plain);
    assert_eq!(send(&addr, "POST", &target, &[], &body).await.0, 200);
    assert_eq!(seen.recv().await, Some(Seen::AuthCode("code-1".into())));
    let Some(Seen::Event(event)) = seen.recv().await else {
        panic!("no event")
    };
    assert_eq!(event.event_type.as_deref(), Some("tmp_auth_code"));
    assert_eq!(event.event_born_time.as_deref(), Some("1700000000000"));
    assert_eq!(
        event.data,
        Some(serde_json::from_str::<Value>(plain).unwrap())
    );

    // A contact event: the corp id and the time (a string here) in the envelope; no auth code.
    let plain = r#"{"EventType":"user_add_org","CorpId":"ding1","UserId":["u1"],"TimeStamp":"1700000000001"}"#;
    let (target, body) = sealed_event(SUITE_KEY, plain);
    assert_eq!(send(&addr, "POST", &target, &[], &body).await.0, 200);
    let Some(Seen::Event(event)) = seen.recv().await else {
        panic!("no event")
    };
    assert_eq!(event.event_type.as_deref(), Some("user_add_org"));
    assert_eq!(event.event_corp_id.as_deref(), Some("ding1"));
    assert_eq!(event.event_born_time.as_deref(), Some("1700000000001"));
    assert!(seen.try_recv().is_err());
}
