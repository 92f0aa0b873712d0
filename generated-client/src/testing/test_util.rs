//! The fake DingTalk of the `test-util` feature: an HTTP server on 127.0.0.1 that answers
//! the operations a test expects and records what was sent ([`FakeDingTalk`]).

use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::base::error::{BuildError, ServiceError};
use crate::base::operation::{ErrorStyle, Operation};
use crate::engine::call::Call;
use crate::engine::client::Client;
use crate::engine::config::Config;

/// The token the fake's client sends.
pub const FAKE_TOKEN: &str = "fake-access-token";
/// A request's head (request line and headers) larger than this is refused.
const MAX_HEAD: usize = 64 * 1024;
/// A request body larger than this is refused.
const MAX_BODY: usize = 16 * 1024 * 1024;
/// What is shown of a value in a report.
const SHOWN_VALUE: usize = 200;

/// A fake DingTalk for the tests of code that calls it (`test-util` feature): an HTTP server on
/// 127.0.0.1, served from a thread of its own, that answers the operations a test expects,
/// checks what was sent, and stops when dropped. No network, no server to write.
///
/// An expectation names a call the way the code under test makes it, through the generated
/// API: `fake.expect(|c| c.team_sphere_1_0().create_task("user-1", &request))`. A misspelt
/// operation does not compile, and the reply is the operation's own type
/// ([`reply`](Expect::reply)) or a [`ServiceError`] ([`error`](Expect::error)). The call's
/// path, and every field its request sets (query, headers, JSON body by top-level key), must
/// be what is sent; fields the request leaves unset are not checked, and
/// [`any_request`](Expect::any_request) accepts any request of the operation.
///
/// A request no expectation takes gets a `501` with code `test.unexpected_request`, so the code
/// under test fails visibly. When the fake is dropped (or [`verify`](FakeDingTalk::verify)
/// is called), every expectation not met as often as it said and every unexpected request is
/// reported, with what differed between each unmet expectation and the requests received for
/// its operation. Secrets (tokens, app secrets, tickets, login codes) are never shown.
///
/// ```
/// use generated_client::team_sphere_1_0::{
///     CreateTaskRequest, CreateTaskRequired, CreateTaskResponseBody, CreateTaskResponseBodyResult,
/// };
/// use generated_client::test_util::FakeDingTalk;
/// use generated_client::{Client, ServiceError};
///
/// /// The code under test: creates a task and returns its id.
/// fn create(client: &Client, title: &str) -> Result<String, Box<dyn std::error::Error>> {
///     let request = CreateTaskRequest::new(CreateTaskRequired {
///         content: title.into(),
///         project_id: "project-1".into(),
///     });
///     let reply = client.team_sphere_1_0().create_task("user-1", &request).send_blocking()?;
///     let id = reply.result.as_ref().and_then(|r| r.task_id.clone());
///     Ok(id.unwrap_or_default())
/// }
///
/// // A plain test: the fake runs on a thread of its own.
/// let fake = FakeDingTalk::new().unwrap();
/// let mut task = CreateTaskResponseBodyResult::default();
/// task.task_id = Some("task-9".to_owned());
/// let mut created = CreateTaskResponseBody::default();
/// created.result = Some(task);
/// let request = |content: &str| {
///     CreateTaskRequest::new(CreateTaskRequired {
///         content: content.into(),
///         project_id: "project-1".into(),
///     })
/// };
/// fake.expect(|c| c.team_sphere_1_0().create_task("user-1", &request("Write the report")))
///     .reply(created);
/// fake.expect(|c| c.team_sphere_1_0().create_task("user-1", &request("Again")))
///     .error(ServiceError::new(400).with_code("user.not.exist").with_message("user not exist"));
///
/// let client = fake.client();
/// assert_eq!(create(&client, "Write the report").unwrap(), "task-9");
/// let error = create(&client, "Again").unwrap_err();
/// assert!(error.to_string().contains("user.not.exist"));
/// // Dropping the fake checks that both expectations were met.
/// ```
///
/// A fake DingTalk on 127.0.0.1, served by a thread of its own. Dropping it stops the server
/// and reports unmet expectations (a panic, unless the thread is already panicking).
pub struct FakeDingTalk {
    uri: String,
    state: Arc<Mutex<State>>,
    client: Client,
    /// Dropped (or sent) to stop the server's thread.
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

#[derive(Default)]
struct State {
    expectations: Vec<Expectation>,
    requests: Vec<Recorded>,
    /// Requests no expectation took, as shown (secrets hidden).
    unexpected: Vec<String>,
    /// What the last [`FakeDingTalk::verify`] reported: the test has seen it, so dropping the
    /// fake does not report it again.
    reported: Vec<String>,
}

/// What an expectation answers and how often.
struct Expectation {
    /// The operation's spec name, or `METHOD template` for [`FakeDingTalk::expect_path`].
    name: String,
    method: &'static str,
    template: String,
    wanted: Wanted,
    answer: Answer,
    /// `None`: any number of times.
    times: Option<usize>,
    served: usize,
}

/// What a request must hold to be taken.
#[derive(Clone, Debug, Default)]
struct Wanted {
    path: Option<String>,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    /// Top-level keys of a JSON object body, or the whole body when it is not an object.
    body: Option<Value>,
}

#[derive(Clone, Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    delay: Duration,
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
    /// The name of the expectation that took it (the operation's spec name), if one did.
    pub operation: Option<String>,
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

/// An expectation being built for an operation whose reply is `T` and errors `E`; it takes
/// effect with its answer: [`reply`](Expect::reply), [`error`](Expect::error) or
/// [`http`](Expect::http).
#[must_use = "an expectation is added by its answer: `.reply(..)`, `.error(..)` or `.http(..)`"]
pub struct Expect<'a, T, E> {
    fake: &'a FakeDingTalk,
    expectation: Expectation,
    errors: ErrorStyle,
    /// A call that could not be described (a bad path parameter): reported when answered.
    invalid: Option<BuildError>,
    _types: PhantomData<fn() -> (T, E)>,
}

impl<T, E> Expect<'_, T, E> {
    /// Takes any request of the operation, whatever its path parameters and fields.
    pub fn any_request(mut self) -> Self {
        self.expectation.wanted = Wanted::default();
        self
    }
    /// The query must also hold `name=value` (decoded).
    pub fn query(mut self, name: &str, value: &str) -> Self {
        let pair = (name.to_owned(), value.to_owned());
        self.expectation.wanted.query.push(pair);
        self
    }
    /// The request must also carry header `name` with `value`.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        let pair = (name.to_ascii_lowercase(), value.to_owned());
        self.expectation.wanted.headers.push(pair);
        self
    }
    /// The JSON body must hold these top-level keys with these values (or, when `body` is not
    /// an object, be equal to it).
    pub fn body(mut self, body: Value) -> Self {
        self.expectation.wanted.body = Some(body);
        self
    }
    /// Expects the request exactly `times` times (once by default).
    pub fn times(mut self, times: usize) -> Self {
        self.expectation.times = Some(times);
        self
    }
    /// Takes the request any number of times, none included.
    pub fn any_number(mut self) -> Self {
        self.expectation.times = None;
        self
    }
    /// Waits this long before answering (to exercise time-outs).
    pub fn delay(mut self, delay: Duration) -> Self {
        self.expectation.answer.delay = delay;
        self
    }
    /// Adds a header to the answer.
    pub fn reply_header(mut self, name: &str, value: &str) -> Self {
        let pair = (name.to_owned(), value.to_owned());
        self.expectation.answer.headers.push(pair);
        self
    }

    /// Answers with `error`: its status, its headers, and its body as DingTalk writes errors
    /// (`{"code", "message", "requestid"}`, or for the legacy API `{"errcode", "errmsg"}`),
    /// unless it carries a body of its own ([`ServiceError::with_body`]).
    pub fn error(mut self, error: ServiceError) {
        let body = if error.body().is_empty() {
            error_body(&error, self.errors)
        } else {
            error.body().as_bytes().to_vec()
        };
        let answer = &mut self.expectation.answer;
        answer.status = error.status();
        answer.body = body;
        for (name, value) in error.headers() {
            if let Ok(value) = value.to_str() {
                answer
                    .headers
                    .push((name.as_str().to_owned(), value.to_owned()));
            }
        }
        self.add();
    }

    /// Answers with this status and body as they are (an HTML 502, an empty 503).
    pub fn http(mut self, status: u16, body: &str) {
        self.expectation.answer.status = status;
        self.expectation.answer.body = body.as_bytes().to_vec();
        self.add();
    }

    fn add(self) {
        let mut state = self.fake.state();
        if let Some(error) = self.invalid {
            // The call the test named could never be sent: every request of it is unexpected.
            state.unexpected.push(format!(
                "{}: the expected call cannot be sent: {error}",
                self.expectation.name
            ));
            return;
        }
        state.expectations.push(self.expectation);
    }
}

impl<T: Serialize, E> Expect<'_, T, E> {
    /// Answers `200` with `reply`, the operation's reply type, as DingTalk writes it (by wire
    /// name).
    pub fn reply(mut self, reply: T) {
        match serde_json::to_vec(&reply) {
            Ok(body) => {
                self.expectation.answer.status = 200;
                self.expectation.answer.body = body;
            }
            Err(e) => {
                self.expectation.answer.status = 500;
                self.expectation.answer.body = format!("the reply cannot be written: {e}").into();
            }
        }
        self.add();
    }
}

impl FakeDingTalk {
    /// Starts the fake on 127.0.0.1 (a free port), on a thread of its own: plain `#[test]`
    /// functions, blocking calls and any tokio runtime can use it.
    pub fn new() -> std::io::Result<Self> {
        let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
        listener.set_nonblocking(true)?;
        let uri = format!("http://{}", listener.local_addr()?);
        let state = Arc::new(Mutex::new(State::default()));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shared = state.clone();
        let thread = std::thread::Builder::new()
            .name("fake-dingtalk".to_owned())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = TcpListener::from_std(listener) else {
                        return;
                    };
                    tokio::spawn(async move {
                        while let Ok((stream, _)) = listener.accept().await {
                            tokio::spawn(serve(stream, shared.clone()));
                        }
                    });
                    let _ = stopped.await;
                });
                // The runtime is dropped here, and every connection with it.
            })?;
        let client = Client::from_config(Config::new().base_url(&uri).access_token(FAKE_TOKEN))
            .map_err(std::io::Error::other)?;
        Ok(FakeDingTalk {
            uri,
            state,
            client,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The same as [`new`](FakeDingTalk::new), for async tests.
    pub async fn start() -> std::io::Result<Self> {
        FakeDingTalk::new()
    }

    /// The fake's base URL, `http://127.0.0.1:<port>`.
    pub fn uri(&self) -> &str {
        &self.uri
    }

    /// The settings of a client that calls the fake with the token [`FAKE_TOKEN`].
    pub fn config(&self) -> Config {
        Config::new().base_url(&self.uri).access_token(FAKE_TOKEN)
    }

    /// A client that calls the fake (a handle: clones share its connections).
    pub fn client(&self) -> Client {
        self.client.clone()
    }

    /// Expects the call `call` makes with the fake's client: its operation, its path and the
    /// fields its request sets. The call is described, never sent.
    pub fn expect<T, E>(&self, call: impl FnOnce(&Client) -> Call<T, E>) -> Expect<'_, T, E> {
        let call = call(&self.client);
        let (operation, path, parts) = call.described();
        let (path, invalid) = match path {
            Ok(path) => (Some(path.clone()), None),
            Err(e) => (None, Some(e.clone())),
        };
        let invalid = invalid.or_else(|| parts.error.clone());
        let body = parts.body.as_deref().map(|body| {
            serde_json::from_slice(body)
                .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(body).into_owned()))
        });
        let wanted = Wanted {
            path,
            query: parts
                .query
                .iter()
                .map(|(n, v)| (n.to_string(), v.clone()))
                .collect(),
            headers: parts
                .headers
                .iter()
                .map(|(n, v)| (n.to_ascii_lowercase(), v.clone()))
                .collect(),
            body,
        };
        Expect {
            fake: self,
            expectation: Expectation::new(operation.name.to_owned(), operation, wanted),
            errors: operation.errors,
            invalid,
            _types: PhantomData,
        }
    }

    /// Expects a request of `method` on `path`, a template as an operation's documentation
    /// gives it (`/v1.0/oauth2/accessToken`): for endpoints with no generated call, like the
    /// token endpoints. Prefer [`expect`](FakeDingTalk::expect): a misspelt path here is only
    /// found when the test runs.
    pub fn expect_path(&self, method: &str, path: &str) -> Expect<'_, Value, ServiceError> {
        let method = match method.to_ascii_uppercase().as_str() {
            "GET" => "GET",
            "POST" => "POST",
            "PUT" => "PUT",
            "DELETE" => "DELETE",
            "PATCH" => "PATCH",
            _ => "UNSUPPORTED",
        };
        let expectation = Expectation {
            name: format!("{method} {path}"),
            method,
            template: path.to_owned(),
            wanted: Wanted::default(),
            answer: Answer::default(),
            times: Some(1),
            served: 0,
        };
        Expect {
            fake: self,
            expectation,
            errors: ErrorStyle::Status,
            invalid: None,
            _types: PhantomData,
        }
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state().requests.clone()
    }

    /// `Ok` when every expectation was met as often as it said and no other request came;
    /// otherwise what went wrong. Dropping the fake checks the same, and panics with what went
    /// wrong unless this reported it already.
    pub fn verify(&self) -> Result<(), Unmet> {
        let problems = self.problems();
        self.state().reported = problems.clone();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Unmet(problems))
        }
    }

    fn problems(&self) -> Vec<String> {
        let state = self.state();
        let mut problems = state.unexpected.clone();
        for e in &state.expectations {
            if e.times.is_some_and(|times| times != e.served) {
                problems.push(e.report(&state.requests));
            }
        }
        problems
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for FakeDingTalk {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
        if std::thread::panicking() {
            return;
        }
        let problems = self.problems();
        if !problems.is_empty() && problems != self.state().reported {
            let unmet = Unmet(problems);
            panic!("the fake DingTalk's expectations were not met:\n{unmet}");
        }
    }
}

impl fmt::Debug for FakeDingTalk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeDingTalk")
            .field("uri", &self.uri)
            .finish_non_exhaustive()
    }
}

impl<T, E> fmt::Debug for Expect<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Expect")
            .field("operation", &self.expectation.name)
            .finish_non_exhaustive()
    }
}

/// What the fake found wrong: unexpected requests and expectations not met, one entry each
/// (an entry may span lines: what differed in the requests received).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmet(pub Vec<String>);

impl fmt::Display for Unmet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "- {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Unmet {}

impl Default for Answer {
    fn default() -> Self {
        Answer {
            status: 200,
            headers: Vec::new(),
            body: b"{}".to_vec(),
            delay: Duration::ZERO,
        }
    }
}

impl Expectation {
    fn new(name: String, operation: &'static Operation, wanted: Wanted) -> Self {
        Expectation {
            name,
            method: operation.method.as_str(),
            template: operation.path.to_owned(),
            wanted,
            answer: Answer::default(),
            times: Some(1),
            served: 0,
        }
    }

    fn is_for(&self, request: &Recorded) -> bool {
        self.method == request.method && path_matches(&self.template, &request.path)
    }

    /// What differs between the request and what this expectation wants, one line each (no
    /// line: it matches).
    fn differences(&self, request: &Recorded) -> Vec<String> {
        let mut found = Vec::new();
        let wanted = &self.wanted;
        if let Some(path) = wanted.path.as_ref().filter(|p| **p != request.path) {
            found.push(format!(
                "path: expected {}, received {}",
                shown_text(path),
                shown_text(&request.path)
            ));
        }
        for (name, value) in &wanted.query {
            if !request.query.iter().any(|(n, v)| n == name && v == value) {
                let sent = request.query.iter().find(|(n, _)| n == name);
                found.push(difference(
                    "query",
                    name,
                    value,
                    sent.map(|(_, v)| v.as_str()),
                ));
            }
        }
        for (name, value) in &wanted.headers {
            let sent = request.header(name);
            if sent != Some(value.as_str()) {
                found.push(difference("header", name, value, sent));
            }
        }
        if let Some(expected) = &wanted.body {
            let sent: Option<Value> = serde_json::from_slice(&request.body).ok();
            match (expected, &sent) {
                (Value::Object(expected), Some(Value::Object(sent))) => {
                    for (key, value) in expected {
                        if sent.get(key) != Some(value) {
                            found.push(format!(
                                "body.{key}: expected {}, received {}",
                                shown_json(key, Some(value)),
                                shown_json(key, sent.get(key))
                            ));
                        }
                    }
                }
                (expected, sent) if sent.as_ref() != Some(expected) => found.push(format!(
                    "body: expected {}, received {}",
                    shown_json("", Some(&redacted(expected))),
                    shown_json("", sent.as_ref().map(redacted).as_ref())
                )),
                _ => {}
            }
        }
        found
    }

    /// An unmet expectation and, for each request of its operation that it did not take, what
    /// differed.
    fn report(&self, requests: &[Recorded]) -> String {
        let times = self.times.unwrap_or(0);
        let mut text = format!(
            "{} ({} {}) expected {times} time(s), received {}",
            self.name, self.method, self.template, self.served
        );
        let others: Vec<&Recorded> = requests
            .iter()
            .filter(|r| self.is_for(r) && r.operation.as_deref() != Some(self.name.as_str()))
            .collect();
        if others.is_empty() && self.served < times {
            text.push_str("\n    no other request of this operation was received");
        }
        for request in others.iter().take(3) {
            let differences = self.differences(request);
            if differences.is_empty() {
                continue;
            }
            text.push_str(&format!(
                "\n    received {} {}:",
                request.method,
                shown_text(&request.path)
            ));
            for line in differences {
                text.push_str("\n      ");
                text.push_str(&line);
            }
        }
        text
    }
}

fn difference(place: &str, name: &str, expected: &str, sent: Option<&str>) -> String {
    let (expected, sent) = if is_secret(name) {
        (
            "<redacted>".to_owned(),
            sent.map(|_| "<redacted>".to_owned()),
        )
    } else {
        (shown_text(expected), sent.map(shown_text))
    };
    format!(
        "{place} {name}: expected {expected}, received {}",
        sent.as_deref().unwrap_or("nothing")
    )
}

/// Names of fields and headers whose values are never shown.
fn is_secret(name: &str) -> bool {
    // `appSecret`, `app_secret` and `x-acs-dingtalk-access-token` alike; `nextToken` is shown.
    let name: String = name
        .chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    [
        "secret",
        "accesstoken",
        "refreshtoken",
        "ticket",
        "password",
    ]
    .iter()
    .any(|word| name.contains(word))
        || matches!(
            name.as_str(),
            "code" | "authcode" | "tmpauthcode" | "permanentcode" | "sign"
        )
}

/// `value` with the values of secret keys, at any depth, replaced.
fn redacted(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let v = if is_secret(k) {
                        Value::String("<redacted>".to_owned())
                    } else {
                        redacted(v)
                    };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redacted).collect()),
        other => other.clone(),
    }
}

fn shown_json(key: &str, value: Option<&Value>) -> String {
    match value {
        None => "nothing".to_owned(),
        Some(_) if is_secret(key) => "<redacted>".to_owned(),
        Some(value) => cut(redacted(value).to_string()),
    }
}

fn shown_text(text: &str) -> String {
    cut(format!("{text:?}"))
}

/// At most [`SHOWN_VALUE`] bytes, cut on a character boundary.
fn cut(mut text: String) -> String {
    if text.len() > SHOWN_VALUE {
        let mut end = SHOWN_VALUE;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

/// A request as shown in reports: method, path, query and body, secrets hidden.
fn shown_request(request: &Recorded) -> String {
    let mut text = format!("{} {}", request.method, cut(request.path.clone()));
    for (i, (name, value)) in request.query.iter().enumerate() {
        text.push(if i == 0 { '?' } else { '&' });
        let value = if is_secret(name) { "<redacted>" } else { value };
        text.push_str(&cut(format!("{name}={value}")));
    }
    if !request.body.is_empty() {
        let body = match serde_json::from_slice::<Value>(&request.body) {
            Ok(json) => cut(redacted(&json).to_string()),
            Err(_) => format!("<{} bytes, not JSON>", request.body.len()),
        };
        text.push(' ');
        text.push_str(&body);
    }
    text
}

fn error_body(error: &ServiceError, style: ErrorStyle) -> Vec<u8> {
    let json = match style {
        ErrorStyle::Errcode => {
            let code = error.code().unwrap_or("-1");
            let code = code
                .parse::<i64>()
                .map_or_else(|_| Value::from(code), Value::from);
            serde_json::json!({
                "errcode": code,
                "errmsg": error.message().unwrap_or_default(),
                "request_id": error.request_id().unwrap_or("fake-request-id"),
            })
        }
        _ => serde_json::json!({
            "code": error.code(),
            "message": error.message(),
            "requestid": error.request_id().unwrap_or("fake-request-id"),
        }),
    };
    json.to_string().into_bytes()
}

/// Answers the requests of one connection.
async fn serve(mut stream: TcpStream, state: Arc<Mutex<State>>) {
    let mut buffer = Vec::new();
    while let Some(request) = read_request(&mut stream, &mut buffer).await {
        let answer = answer(&state, request);
        if !answer.delay.is_zero() {
            tokio::time::sleep(answer.delay).await;
        }
        let mut head = format!(
            "HTTP/1.1 {} Fake\r\ncontent-type: application/json\r\ncontent-length: {}\r\n",
            answer.status,
            answer.body.len()
        );
        let has_id = answer
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("x-acs-request-id"));
        if !has_id {
            head.push_str("x-acs-request-id: fake-request-id\r\n");
        }
        for (name, value) in &answer.headers {
            // A line break would end the head early; such a header is left out.
            let breaks = |text: &str| text.contains(['\r', '\n']);
            if !name.eq_ignore_ascii_case("content-length") && !breaks(name) && !breaks(value) {
                head.push_str(&format!("{name}: {value}\r\n"));
            }
        }
        head.push_str("\r\n");
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(&answer.body).await.is_err()
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
        operation: None,
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
fn answer(state: &Mutex<State>, mut request: Recorded) -> Answer {
    let mut state = state.lock().unwrap_or_else(|e| e.into_inner());
    let taken = state.expectations.iter_mut().find(|e| {
        e.times.is_none_or(|times| e.served < times)
            && e.is_for(&request)
            && e.differences(&request).is_empty()
    });
    let answer = match taken {
        Some(expectation) => {
            expectation.served += 1;
            request.operation = Some(expectation.name.clone());
            expectation.answer.clone()
        }
        None => {
            let shown = format!("unexpected request: {}", shown_request(&request));
            state.unexpected.push(shown.clone());
            let error = ServiceError::new(501)
                .with_code("test.unexpected_request")
                .with_message(shown);
            Answer {
                status: 501,
                body: error_body(&error, ErrorStyle::Status),
                ..Answer::default()
            }
        }
    };
    state.requests.push(request);
    answer
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
