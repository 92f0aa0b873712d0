//! The `callback_server` example, run as a process on 127.0.0.1 (a child process of this test
//! binary, which holds the example as a module): verified events are printed and answered with
//! an encrypted `success`; a verified text message is echoed to its `sessionWebhook` (a
//! loopback fake that counts requests); every refused request gets a 4xx, prints nothing, sends
//! nothing, and the server keeps serving; SIGTERM and SIGINT stop it.

#[path = "../examples/callback_server.rs"]
mod example;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aes::Aes256;
use base64::Engine as _;
use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockEncryptMut, KeyIvInit};
use generated_client::receive::callback::{EventCrypto, EventQuery, RobotSignVerifier};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "mryue";
const AES_KEY: &str = "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7";
const OWNER: &str = "ding6ccabc44d2c8d38b";
const SECRET: &str = "this is secret";
/// The example's stated body limit.
const MAX_BODY: usize = 1024 * 1024;
/// The longest wait for the process (its start, a line, its exit); never reached when it works.
const PATIENCE: Duration = Duration::from_secs(120);

/// Set in the child process, which runs the example instead of the tests.
const CHILD: &str = "CALLBACK_SERVER_EXAMPLE_CHILD";
/// The child's first words on stdout: what comes before them is the test harness's.
const CHILD_START: &str = "the callback_server example starts";

#[test]
#[ignore = "the example itself, run as a child process by the tests below"]
fn callback_server_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    println!("{CHILD_START}");
    let code = example::main();
    std::process::exit(if code == ExitCode::SUCCESS { 0 } else { 1 });
}

/// The example running, its stdout lines and its stderr lines as they come.
struct Server {
    child: Child,
    addr: String,
    stdout: mpsc::Receiver<String>,
    stderr: mpsc::Receiver<String>,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "callback_server_child",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, "1")
            .env("DINGTALK_CALLBACK_ADDR", "127.0.0.1:0")
            .env("DINGTALK_CALLBACK_TOKEN", TOKEN)
            .env("DINGTALK_CALLBACK_AES_KEY", AES_KEY)
            .env("DINGTALK_CALLBACK_OWNER_KEY", OWNER)
            .env("DINGTALK_ROBOT_APP_SECRET", SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the example starts");
        let stdout = lines(child.stdout.take().unwrap());
        let stderr = lines(child.stderr.take().unwrap());
        // The harness's lines (and the start of its `test ... ` line) come first.
        while !stdout
            .recv_timeout(PATIENCE)
            .expect("the child runs the example")
            .ends_with(CHILD_START)
        {}
        let first = stderr
            .recv_timeout(PATIENCE)
            .expect("the example says where it listens");
        let addr = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_owned();
        Server {
            child,
            addr,
            stdout,
            stderr,
        }
    }

    fn printed(&self) -> Vec<String> {
        self.stdout.try_iter().collect()
    }

    fn logged(&self) -> Vec<String> {
        self.stderr.try_iter().collect()
    }

    /// Sends `signal` and waits for the exit status.
    fn stop(mut self, signal: &str) -> std::process::ExitStatus {
        let status = Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(started.elapsed() < PATIENCE, "the example did not stop");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn lines(stream: impl std::io::Read + Send + 'static) -> mpsc::Receiver<String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if send.send(line).is_err() {
                break;
            }
        }
    });
    receive
}

/// One HTTP/1.1 request on a fresh connection; the status and body of the answer.
async fn post(addr: &str, target: &str, headers: &[(&str, String)], body: &[u8]) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut head = format!(
        "POST {target} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let (mut read, mut write) = stream.split();
    // The server may answer (413) before the body is sent: write and read at once, and ignore
    // a write the server stopped reading.
    let writing = async {
        if write.write_all(head.as_bytes()).await.is_ok() {
            let _ = write.write_all(body).await;
        }
    };
    let mut answer = Vec::new();
    let reading = read.read_to_end(&mut answer);
    let ((), read_result) = tokio::join!(writing, reading);
    if read_result.is_err() && answer.is_empty() {
        panic!("no answer from {target}: {read_result:?}");
    }
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    (status, body.to_owned())
}

fn crypto() -> EventCrypto {
    EventCrypto::new(TOKEN, AES_KEY, OWNER).unwrap()
}

/// The query and body of an event callback carrying `encrypt`, signed with `signature` or,
/// when `None`, correctly.
fn event_request(encrypt: &str, signature: Option<&str>) -> (String, Vec<u8>) {
    let (timestamp, nonce) = ("1608001896814", "WL4PK6yA");
    let signature = signature
        .map(str::to_owned)
        .unwrap_or_else(|| crypto().signature(timestamp, nonce, encrypt));
    (
        format!("/event?msg_signature={signature}&timestamp={timestamp}&nonce={nonce}"),
        serde_json::to_vec(&json!({ "encrypt": encrypt })).unwrap(),
    )
}

/// `plain` encrypted with the subscription's key, without any padding added.
fn raw_ciphertext(mut plain: Vec<u8>) -> String {
    let key: [u8; 32] = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
    )
    .decode(format!("{AES_KEY}="))
    .unwrap()
    .try_into()
    .unwrap();
    let len = plain.len();
    let sealed = cbc::Encryptor::<Aes256>::new(&key.into(), key[..16].into())
        .encrypt_padded_mut::<NoPadding>(&mut plain, len)
        .unwrap()
        .to_vec();
    base64::engine::general_purpose::STANDARD.encode(sealed)
}

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

fn robot_message(msgtype: &str, webhook: &str) -> Vec<u8> {
    let now = now_millis();
    let mut message = json!({
        "conversationId": "cidAbC==",
        "conversationType": "1",
        "msgId": "msgA1",
        "msgtype": msgtype,
        "createAt": now,
        "senderId": "$:LWCP_v1:$abc",
        "senderNick": "Alice",
        "senderStaffId": "user1",
        "chatbotUserId": "$:LWCP_v1:$bot",
        "robotCode": "dingbot",
        "isInAtList": true,
        "sessionWebhook": webhook,
        "sessionWebhookExpiredTime": now + 5_400_000,
    });
    if msgtype == "text" {
        message["text"] = json!({ "content": "  hello there \n" });
    } else {
        message["content"] = json!({ "downloadCode": "dc", "pictureDownloadCode": "pdc" });
    }
    serde_json::to_vec(&message).unwrap()
}

/// Request headers, by name.
type Headers = Vec<(&'static str, String)>;

fn robot_headers(timestamp: i64, sign: Option<&str>) -> Headers {
    let sign = sign
        .map(str::to_owned)
        .unwrap_or_else(|| RobotSignVerifier::new(SECRET).sign(&timestamp.to_string()));
    vec![("timestamp", timestamp.to_string()), ("sign", sign)]
}

#[tokio::test(flavor = "multi_thread")]
async fn the_example_answers_verified_callbacks_and_refuses_the_rest_with_4xx() {
    let webhook = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/robot/sendBySession"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"errcode":0,"errmsg":"ok"}"#, "application/json"),
        )
        .mount(&webhook)
        .await;
    let session = format!("{}/robot/sendBySession?session=abc123", webhook.uri());
    let server = Server::start();
    let addr = server.addr.clone();
    let crypto = crypto();

    // The console's URL check (the official vector): printed, answered with `success`.
    let official = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";
    let (target, body) = event_request(official, None);
    let (status, answer) = post(&addr, &target, &[], &body).await;
    assert_eq!(status, 200, "{answer}");
    let answer: Value = serde_json::from_str(&answer).unwrap();
    let mut keys: Vec<&str> = answer
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    keys.sort();
    assert_eq!(keys, ["encrypt", "msg_signature", "nonce", "timeStamp"]);
    let query = EventQuery {
        signature: answer["msg_signature"].as_str().unwrap().to_owned(),
        timestamp: answer["timeStamp"].as_str().unwrap().to_owned(),
        nonce: answer["nonce"].as_str().unwrap().to_owned(),
    };
    assert_eq!(
        crypto
            .open(&query, answer["encrypt"].as_str().unwrap())
            .unwrap(),
        "success"
    );
    assert_eq!(
        server.stdout.recv_timeout(PATIENCE).unwrap(),
        r#"{"event_type":"check_url"}"#
    );

    // An event sealed here, with the other spellings of the parameters.
    let sealed = crypto
        .seal(
            r#"{"EventType":"user_add_org","CorpId":"ding1","UserId":["u1"],"TimeStamp":"1700000000000"}"#,
            "1700000000000",
            "n0nce",
        )
        .unwrap();
    let target = format!(
        "/event?signature={}&timeStamp={}&nonce={}",
        sealed.msg_signature, sealed.time_stamp, sealed.nonce
    );
    let body = serde_json::to_vec(&json!({ "encrypt": sealed.encrypt })).unwrap();
    assert_eq!(post(&addr, &target, &[], &body).await.0, 200);
    assert_eq!(
        server.stdout.recv_timeout(PATIENCE).unwrap(),
        r#"{"event_type":"user_add_org"}"#
    );

    // Refused events: each a 4xx, nothing printed.
    let mut refused = Vec::new();
    let (target, body) = event_request(official, Some("0000000000000000000000000000000000000000"));
    refused.push(("wrong signature", post(&addr, &target, &[], &body).await.0));
    let other_owner = EventCrypto::new(TOKEN, AES_KEY, "dingsomeoneelse").unwrap();
    let (target, body) = event_request(&other_owner.encrypt(r#"{"EventType":"x"}"#).unwrap(), None);
    refused.push(("wrong owner key", post(&addr, &target, &[], &body).await.0));
    let (target, body) = event_request("not*base64", None);
    refused.push(("bad base64", post(&addr, &target, &[], &body).await.0));
    let mut bad_padding = vec![b'a'; 64];
    bad_padding[63] = 40;
    let (target, body) = event_request(&raw_ciphertext(bad_padding), None);
    refused.push(("bad padding", post(&addr, &target, &[], &body).await.0));
    let (target, _) = event_request(official, None);
    let huge = vec![b' '; MAX_BODY + 1];
    refused.push((
        "body over the limit",
        post(&addr, &target, &[], &huge).await.0,
    ));
    refused.push((
        "no query",
        post(&addr, "/event", &[], br#"{"encrypt":"x"}"#).await.0,
    ));
    assert_eq!(
        refused,
        [
            ("wrong signature", 401),
            ("wrong owner key", 403),
            ("bad base64", 400),
            ("bad padding", 400),
            ("body over the limit", 413),
            ("no query", 400),
        ]
    );

    // A text message: verified, echoed once through its sessionWebhook.
    let (status, _) = post(
        &addr,
        "/robot",
        &robot_headers(now_millis(), None),
        &robot_message("text", &session),
    )
    .await;
    assert_eq!(status, 200);
    let sent = webhook.received_requests().await.unwrap();
    assert_eq!(sent.len(), 1, "{:#?}", server.logged());
    assert_eq!(sent[0].url.query(), Some("session=abc123"));
    assert_eq!(
        sent[0]
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap(),
        "application/json; charset=utf-8"
    );
    assert_eq!(
        serde_json::from_slice::<Value>(&sent[0].body).unwrap(),
        json!({"msgtype":"text","text":{"content":"echo: hello there"}})
    );

    // A text whose sessionWebhook expired: verified (200), and the reply refused unsent.
    let mut expired: Value = serde_json::from_slice(&robot_message("text", &session)).unwrap();
    expired["sessionWebhookExpiredTime"] = json!(now_millis() - 1);
    let (status, _) = post(
        &addr,
        "/robot",
        &robot_headers(now_millis(), None),
        &serde_json::to_vec(&expired).unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(webhook.received_requests().await.unwrap().len(), 1);

    // A picture: verified, nothing to echo. Refused messages: 4xx, nothing sent.
    let (status, _) = post(
        &addr,
        "/robot",
        &robot_headers(now_millis(), None),
        &robot_message("picture", &session),
    )
    .await;
    assert_eq!(status, 200);
    let text = robot_message("text", &session);
    let mut refused = Vec::new();
    let wrong = RobotSignVerifier::new("another secret").sign(&now_millis().to_string());
    let cases: [(&str, Headers, &[u8]); 6] = [
        (
            "wrong sign",
            robot_headers(now_millis(), Some(&wrong)),
            &text,
        ),
        (
            "stale timestamp",
            robot_headers(now_millis() - 3_700_000, None),
            &text,
        ),
        (
            "future timestamp",
            robot_headers(now_millis() + 3_700_000, None),
            &text,
        ),
        (
            "bad base64 sign",
            robot_headers(now_millis(), Some("***")),
            &text,
        ),
        ("no headers", Vec::new(), &text),
        (
            "body over the limit",
            robot_headers(now_millis(), None),
            &huge,
        ),
    ];
    for (name, headers, body) in cases {
        refused.push((name, post(&addr, "/robot", &headers, body).await.0));
    }
    assert_eq!(
        refused,
        [
            ("wrong sign", 401),
            ("stale timestamp", 401),
            ("future timestamp", 401),
            ("bad base64 sign", 400),
            ("no headers", 400),
            ("body over the limit", 413),
        ]
    );
    assert_eq!(webhook.received_requests().await.unwrap().len(), 1);

    // Still serving after all that; nothing else was printed; no panic; SIGTERM stops it.
    let (target, body) = event_request(official, None);
    assert_eq!(post(&addr, &target, &[], &body).await.0, 200);
    assert_eq!(
        server.stdout.recv_timeout(PATIENCE).unwrap(),
        r#"{"event_type":"check_url"}"#
    );
    assert_eq!(server.printed(), Vec::<String>::new());
    let logged = server.logged();
    assert!(
        logged.iter().all(|l| !l.contains("panicked")),
        "{logged:#?}"
    );
    assert!(
        logged
            .iter()
            .any(|l| l.contains("signature does not match")),
        "{logged:#?}"
    );
    assert!(server.stop("-TERM").success());
}

#[tokio::test(flavor = "multi_thread")]
async fn sigint_stops_the_example_cleanly() {
    let server = Server::start();
    assert!(server.stop("-INT").success());
}
