//! The fake DingTalk of the `test-util` feature: an HTTP server on 127.0.0.1 that answers
//! the operations a test expects and records what was sent ([`FakeDingTalk`]).

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::base::error::BuildError;
use crate::engine::client::Client;
use crate::engine::config::Config;

/// The token the fake's client sends.
pub const FAKE_TOKEN: &str = "fake-access-token";
/// A request's head (request line and headers) larger than this is refused.
const MAX_HEAD: usize = 64 * 1024;
/// A request body larger than this is refused.
const MAX_BODY: usize = 16 * 1024 * 1024;

/// A fake DingTalk for the tests of code that calls it (`test-util` feature): an HTTP server on
/// 127.0.0.1 that answers the operations a test expects, checks what was sent, and stops when
/// dropped. No network, no server to write.
///
/// Each expectation names an operation as its method's documentation does (`POST
/// /v1.0/teamSphere/users/{userId}/tasks`; a placeholder matches any one path segment), may
/// require parts of the request (JSON body, query values, headers), and gives the reply. A
/// request no expectation takes gets a `501` with code `test.unexpected_request`, so the code
/// under test fails visibly, and [`FakeDingTalk::verify`] reports it along with any expectation
/// that was not met.
///
/// ```
/// use generated_client::team_sphere_1_0::CreateTaskRequest;
/// use generated_client::test_util::{FakeDingTalk, Reply};
/// use generated_client::{Client, Error};
///
/// /// The code under test: creates a task and returns its id.
/// async fn create(client: &Client, title: &str) -> Result<String, Box<dyn std::error::Error>> {
///     let request = CreateTaskRequest::new(title, "project-1");
///     let reply = client.team_sphere_1_0().create_task("user-1", &request).await?;
///     let id = reply.result.as_ref().and_then(|r| r.task_id.clone());
///     Ok(id.unwrap_or_default())
/// }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() {
/// let fake = FakeDingTalk::start().await.unwrap();
/// fake.expect("POST", "/v1.0/teamSphere/users/{userId}/tasks")
///     .body(serde_json::json!({"content": "Write the report", "projectId": "project-1"}))
///     .reply(Reply::json(serde_json::json!({"result": {"taskId": "task-9"}})));
/// fake.expect("POST", "/v1.0/teamSphere/users/{userId}/tasks")
///     .reply(Reply::error(400, "user.not.exist", "user not exist"));
///
/// let client = fake.client().unwrap();
/// assert_eq!(create(&client, "Write the report").await.unwrap(), "task-9");
/// let error = create(&client, "Again").await.unwrap_err();
/// assert!(error.to_string().contains("user.not.exist"));
///
/// fake.verify().unwrap();
/// assert_eq!(fake.requests().len(), 2);
/// # }
/// ```
///
/// Dropping it stops the server.
pub struct FakeDingTalk {
    uri: String,
    state: Arc<Mutex<State>>,
    server: tokio::task::JoinHandle<()>,
}

#[derive(Default)]
struct State {
    expectations: Vec<Expectation>,
    requests: Vec<Recorded>,
    unexpected: Vec<String>,
}

struct Expectation {
    method: String,
    path: String,
    body: Option<Value>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    reply: Reply,
    times: usize,
    served: usize,
}

/// A request the fake received.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// `GET`, `POST`, ...
    pub method: String,
    /// The path, as sent (percent-encoded).
    pub path: String,
    /// The query pairs, decoded.
    pub query: Vec<(String, String)>,
    /// The headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The value of header `name` (any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// The reply to an expected request.
#[derive(Clone, Debug)]
pub struct Reply {
    status: u16,
    body: Vec<u8>,
}

impl Reply {
    /// `200` with this JSON body.
    pub fn json(body: Value) -> Self {
        Reply::status(200).with_json(body)
    }
    /// A DingTalk error reply: `status` with `{"code", "message", "requestid"}`.
    pub fn error(status: u16, code: &str, message: &str) -> Self {
        Reply::status(status).with_json(serde_json::json!({
            "code": code,
            "message": message,
            "requestid": "fake-request-id",
        }))
    }
    /// This status and an empty body.
    pub fn status(status: u16) -> Self {
        Reply {
            status,
            body: Vec::new(),
        }
    }
    /// The same status with this JSON body.
    pub fn with_json(mut self, body: Value) -> Self {
        self.body = body.to_string().into_bytes();
        self
    }
}

/// An expectation being built; it takes effect when [`reply`](ExpectBuilder::reply) is given.
#[must_use = "an expectation is added by `.reply(..)`"]
pub struct ExpectBuilder<'a> {
    fake: &'a FakeDingTalk,
    expectation: Expectation,
}

impl ExpectBuilder<'_> {
    /// The request's JSON body must equal `body` (as JSON: key order and spacing aside).
    pub fn body(mut self, body: Value) -> Self {
        self.expectation.body = Some(body);
        self
    }
    /// The query must hold `name=value` (decoded).
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.expectation
            .query
            .push((name.to_owned(), value.to_owned()));
        self
    }
    /// The request must carry header `name` with `value`.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.expectation
            .headers
            .push((name.to_ascii_lowercase(), value.to_owned()));
        self
    }
    /// Expects the request `times` times (once by default).
    pub fn times(mut self, times: usize) -> Self {
        self.expectation.times = times;
        self
    }
    /// Adds the expectation, answered with `reply`.
    pub fn reply(mut self, reply: Reply) {
        self.expectation.reply = reply;
        self.fake.state().expectations.push(self.expectation);
    }
}

impl FakeDingTalk {
    /// Starts the fake on 127.0.0.1 (a free port), on the current tokio runtime.
    pub async fn start() -> std::io::Result<Self> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let uri = format!("http://{}", listener.local_addr()?);
        let state = Arc::new(Mutex::new(State::default()));
        let shared = state.clone();
        let server = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, shared.clone()));
            }
        });
        Ok(FakeDingTalk { uri, state, server })
    }

    /// The fake's base URL, `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> &str {
        &self.uri
    }

    /// The settings of a client that calls the fake with the token [`FAKE_TOKEN`].
    pub fn config(&self) -> Config {
        Config::new().base_url(&self.uri).access_token(FAKE_TOKEN)
    }

    /// A client that calls the fake.
    pub fn client(&self) -> Result<Client, BuildError> {
        Client::from_config(self.config())
    }

    /// Expects a request of `method` on `path`, a template as the operation's documentation
    /// gives it (`/v1.0/teamSphere/users/{userId}/tasks`).
    pub fn expect(&self, method: &str, path: &str) -> ExpectBuilder<'_> {
        ExpectBuilder {
            fake: self,
            expectation: Expectation {
                method: method.to_ascii_uppercase(),
                path: path.to_owned(),
                body: None,
                query: Vec::new(),
                headers: Vec::new(),
                reply: Reply::status(200),
                times: 1,
                served: 0,
            },
        }
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state().requests.clone()
    }

    /// `Ok` when every expectation was met as many times as it said and no other request came;
    /// otherwise what went wrong, one line each.
    pub fn verify(&self) -> Result<(), Unmet> {
        let state = self.state();
        let mut problems = state.unexpected.clone();
        for e in &state.expectations {
            if e.served != e.times {
                problems.push(format!(
                    "{} {} expected {} time(s), received {}",
                    e.method, e.path, e.times, e.served
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Unmet(problems))
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for FakeDingTalk {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl fmt::Debug for FakeDingTalk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeDingTalk")
            .field("uri", &self.uri)
            .finish_non_exhaustive()
    }
}

/// What [`FakeDingTalk::verify`] found: unexpected requests and expectations not met.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmet(pub Vec<String>);

impl fmt::Display for Unmet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

impl std::error::Error for Unmet {}

/// Answers the requests of one connection.
async fn serve(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let mut buffer = Vec::new();
    while let Some(request) = read_request(&mut stream, &mut buffer).await {
        let reply = answer(&state, request);
        let head = format!(
            "HTTP/1.1 {} Fake\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-acs-request-id: fake-request-id\r\n\r\n",
            reply.status,
            reply.body.len()
        );
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(&reply.body).await.is_err()
        {
            return;
        }
    }
}

/// Reads one request (bounded head and body); `None` when the connection ends or misbehaves.
pub(crate) async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Recorded> {
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at;
        }
        if buffer.len() > MAX_HEAD || !read_more(stream, buffer).await {
            return None;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let (method, target) = (request_line.next()?.to_owned(), request_line.next()?);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    if length > MAX_BODY {
        return None;
    }
    let start = head_end + 4;
    while buffer.len() < start + length {
        if !read_more(stream, buffer).await {
            return None;
        }
    }
    let body = buffer[start..start + length].to_vec();
    buffer.drain(..start + length);
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect();
    Some(Recorded {
        method,
        path: path.to_owned(),
        query,
        headers,
        body,
    })
}

async fn read_more(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> bool {
    let mut chunk = [0u8; 8192];
    match stream.read(&mut chunk).await {
        Ok(0) | Err(_) => false,
        Ok(n) => {
            buffer.extend_from_slice(&chunk[..n]);
            true
        }
    }
}

/// Records the request and finds the expectation that takes it.
fn answer(state: &Mutex<State>, request: Recorded) -> Reply {
    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
    let taken = state
        .expectations
        .iter_mut()
        .find(|e| e.served < e.times && e.matches(&request));
    let reply = match taken {
        Some(expectation) => {
            expectation.served += 1;
            expectation.reply.clone()
        }
        None => {
            let shown = format!(
                "unexpected request: {} {}{} {}",
                request.method,
                request.path,
                if request.query.is_empty() { "" } else { "?.." },
                String::from_utf8_lossy(&request.body)
            );
            state.unexpected.push(shown.clone());
            Reply::error(501, "test.unexpected_request", &shown)
        }
    };
    state.requests.push(request);
    reply
}

impl Expectation {
    fn matches(&self, request: &Recorded) -> bool {
        self.method == request.method
            && path_matches(&self.path, &request.path)
            && self
                .query
                .iter()
                .all(|pair| request.query.iter().any(|q| q == pair))
            && self
                .headers
                .iter()
                .all(|(n, v)| request.header(n) == Some(v.as_str()))
            && self.body.as_ref().is_none_or(|expected| {
                serde_json::from_slice::<Value>(&request.body).is_ok_and(|sent| sent == *expected)
            })
    }
}

/// Whether `path` fits `template`, segment by segment; a `{placeholder}` stands for any text
/// of one segment (`{id}employmentRecords` too).
fn path_matches(template: &str, path: &str) -> bool {
    let (template, path): (Vec<&str>, Vec<&str>) =
        (template.split('/').collect(), path.split('/').collect());
    template.len() == path.len()
        && template
            .iter()
            .zip(&path)
            .all(|(t, p)| segment_matches(t, p))
}

fn segment_matches(template: &str, segment: &str) -> bool {
    // The literal pieces between placeholders must appear in order; the first and last anchor.
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        pieces.push(&rest[..open]);
        rest = rest[open..]
            .find('}')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    pieces.push(rest);
    if pieces.len() == 1 {
        return template == segment;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    let Some(mut middle) = segment
        .strip_prefix(first)
        .and_then(|s| s.strip_suffix(last))
    else {
        return false;
    };
    for piece in &pieces[1..pieces.len() - 1] {
        match middle.find(piece) {
            Some(at) => middle = &middle[at + piece.len()..],
            None => return false,
        }
    }
    true
}

/// Percent-decoding of a query name or value (`+` is kept: the client encodes space as `%20`).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
