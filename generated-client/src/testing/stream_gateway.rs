//! The fake Stream gateway of `test-util` (with `stream`): [`FakeStreamGateway`], on 127.0.0.1.

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

use crate::base::error::BuildError;
use crate::engine::client::Client;
use crate::engine::config::Config;
use crate::testing::test_util::{FAKE_TOKEN, Recorded, read_request};
use crate::tokens::app_key::AppKeyTokens;

/// The client id [`FakeStreamGateway::client`] and [`FakeStreamGateway::credentials`] use.
pub const FAKE_CLIENT_ID: &str = "fake-client-id";
/// The client secret the same use.
pub const FAKE_CLIENT_SECRET: &str = "fake-client-secret";
/// How long the fake's `wait_for_*` methods wait before they give up.
pub const FAKE_WAIT: Duration = Duration::from_secs(60);

/// A fake DingTalk Stream gateway on 127.0.0.1 (features `test-util` and `stream`), for the
/// tests of bots: it answers the open-connection request with a one-use ticket, accepts the
/// websocket, pushes robot messages, events and callbacks, and shows what came back: the ACKs,
/// and the replies posted to its fake `sessionWebhook`. It also hands out access tokens
/// (`POST /v1.0/oauth2/accessToken`), so handlers can call it like DingTalk.
///
/// ```
/// use generated_client::push::RobotMessage;
/// use generated_client::stream::{Context, StreamClient};
/// use generated_client::test_util::{FakeStreamGateway, PushFrame};
///
/// /// The bot under test: answers "ping" with "pong" through the message's `sessionWebhook`.
/// fn bot(client: StreamClient) -> StreamClient {
///     client.on_robot_message(|context: Context, message: RobotMessage| async move {
///         if message.text_content().as_deref() == Some("ping") {
///             message.reply_text(context.client(), "pong").await?;
///         }
///         Ok(())
///     })
/// }
///
/// # #[tokio::main(flavor = "current_thread")]
/// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let gateway = FakeStreamGateway::start().await?;
/// let (id, secret) = gateway.credentials();
/// let running = bot(StreamClient::new(gateway.client()?, id, secret)).start()?;
///
/// let message_id = gateway.push(PushFrame::robot_text("ping")).await?;
/// let ack = gateway.wait_for_ack(&message_id).await?;
/// assert_eq!(ack.code, 200);
/// assert_eq!(ack.data, serde_json::json!({"response": null}));
/// let replies = gateway.wait_for_webhook_messages(1).await?;
/// assert_eq!(replies[0]["text"]["content"], "pong");
/// running.shutdown().await;
/// # Ok(())
/// # }
/// ```
///
/// Dropping it stops it, connections included.
pub struct FakeStreamGateway {
    base_url: String,
    shared: Arc<Shared>,
    servers: Vec<JoinHandle<()>>,
}

struct Shared {
    state: Mutex<State>,
    changed: Notify,
    ws_url: String,
    started: Instant,
    next_id: AtomicU64,
}

#[derive(Default)]
struct State {
    opens: Vec<(Duration, Recorded)>,
    failing_opens: usize,
    tickets: HashMap<String, bool>,
    refused_tickets: usize,
    connections: Vec<Connection>,
    acks: Vec<ReceivedAck>,
    /// ACKs received, kept or not.
    ack_count: usize,
    /// Whether ACKs are kept (and decoded), or only counted.
    counting_only: bool,
    webhook: Vec<Value>,
    tasks: Vec<JoinHandle<()>>,
}

struct Connection {
    commands: mpsc::UnboundedSender<Command>,
    info: ConnectionInfo,
}

enum Command {
    Send(String),
    Close,
    Drop,
    Freeze,
}

/// What the fake knows of one websocket connection.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ConnectionInfo {
    /// Its number, from 0 in the order connections came.
    pub id: usize,
    /// Still connected.
    pub open: bool,
    /// Told to `disconnect` (pushes go to other connections).
    pub draining: bool,
    /// The client sent a close frame.
    pub closed_by_client: bool,
    /// Websocket pings the client sent.
    pub pings: usize,
    /// The handshake's request target (`/connect?ticket=...`).
    pub target: String,
}

/// An ACK the client sent.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ReceivedAck {
    /// The connection it came on.
    pub connection: usize,
    /// `headers.messageId`.
    pub message_id: String,
    /// `code`: 200, 400, 404, 500.
    pub code: u16,
    /// `message`.
    pub message: String,
    /// `data`, decoded (it travels as a string holding JSON).
    pub data: Value,
    /// The whole ACK as sent.
    pub raw: Value,
}

/// A push to send: a robot message, an event, a callback, or a SYSTEM frame.
#[derive(Clone, Debug)]
pub struct PushFrame {
    kind: &'static str,
    headers: Vec<(String, String)>,
    data: String,
    message_id: Option<String>,
    robot_text: bool,
}

impl PushFrame {
    /// A text message to the robot in a one-to-one chat, whose `sessionWebhook` is the fake's.
    /// Each has a fresh `msgId`.
    pub fn robot_text(text: &str) -> Self {
        let mut push = PushFrame::callback(
            "/v1.0/im/bot/messages/get",
            json!({
                "msgtype": "text",
                "text": {"content": text},
                "conversationType": "1",
                "conversationId": "cid-fake",
                "senderId": "sender-fake",
                "senderNick": "Tester",
                "senderStaffId": "staff-fake",
                "chatbotUserId": "bot-fake",
                "robotCode": FAKE_CLIENT_ID,
                "isInAtList": true,
            }),
        );
        push.robot_text = true;
        push
    }
    /// A robot message with this data as it is (`msgId` included, for repeats).
    pub fn robot_message(data: Value) -> Self {
        PushFrame::callback("/v1.0/im/bot/messages/get", data)
    }
    /// An event of `event_type` with this payload.
    pub fn event(event_type: &str, data: Value) -> Self {
        PushFrame {
            kind: "EVENT",
            headers: vec![
                ("topic".into(), "*".into()),
                ("eventType".into(), event_type.into()),
                ("eventCorpId".into(), "corp-fake".into()),
                ("eventUnifiedAppId".into(), "app-fake".into()),
            ],
            data: data.to_string(),
            message_id: None,
            robot_text: false,
        }
    }
    /// A callback of `topic` with this data.
    pub fn callback(topic: &str, data: Value) -> Self {
        PushFrame {
            kind: "CALLBACK",
            headers: vec![("topic".into(), topic.into())],
            data: data.to_string(),
            message_id: None,
            robot_text: false,
        }
    }
    /// A SYSTEM `ping` (the client must echo its `opaque`).
    pub fn ping(opaque: &str) -> Self {
        PushFrame::system("ping", json!({ "opaque": opaque }))
    }
    /// A SYSTEM `disconnect`: the connection then takes no more pushes.
    pub fn disconnect() -> Self {
        PushFrame::system(
            "disconnect",
            json!({"reason": "persistent connection is timeout"}),
        )
    }
    fn system(topic: &str, data: Value) -> Self {
        PushFrame {
            kind: "SYSTEM",
            headers: vec![("topic".into(), topic.into())],
            data: data.to_string(),
            message_id: None,
            robot_text: false,
        }
    }
    /// Sent with this `messageId` (a fresh one otherwise), to deliver a push again.
    pub fn message_id(mut self, id: &str) -> Self {
        self.message_id = Some(id.to_owned());
        self
    }
    /// Adds (or replaces) a header.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.retain(|(n, _)| n != name);
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
}

/// A `wait_for_*` that gave up after [`FAKE_WAIT`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaitTimedOut(pub String);

impl fmt::Display for WaitTimedOut {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the fake Stream gateway waited {FAKE_WAIT:?} for {}",
            self.0
        )
    }
}

impl std::error::Error for WaitTimedOut {}

impl FakeStreamGateway {
    /// Starts the gateway on 127.0.0.1 (two free ports: HTTP and websocket), on the current
    /// tokio runtime.
    pub async fn start() -> std::io::Result<Self> {
        let http = TcpListener::bind("127.0.0.1:0").await?;
        let ws = TcpListener::bind("127.0.0.1:0").await?;
        let base_url = format!("http://{}", http.local_addr()?);
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            changed: Notify::new(),
            ws_url: format!("ws://{}/connect", ws.local_addr()?),
            started: Instant::now(),
            next_id: AtomicU64::new(1),
        });
        let http_shared = shared.clone();
        let http_server = tokio::spawn(async move {
            while let Ok((stream, _)) = http.accept().await {
                tokio::spawn(serve_http(stream, http_shared.clone()));
            }
        });
        let ws_shared = shared.clone();
        let ws_server = tokio::spawn(async move {
            while let Ok((stream, _)) = ws.accept().await {
                let task = tokio::spawn(serve_ws(stream, ws_shared.clone()));
                ws_shared.state().tasks.push(task);
            }
        });
        Ok(FakeStreamGateway {
            base_url,
            shared,
            servers: vec![http_server, ws_server],
        })
    }

    /// The gateway's base URL, `http://127.0.0.1:<port>`: where the open request, token
    /// fetches and `sessionWebhook` replies go.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The client id and secret it accepts ([`FAKE_CLIENT_ID`], [`FAKE_CLIENT_SECRET`]).
    pub fn credentials(&self) -> (&'static str, &'static str) {
        (FAKE_CLIENT_ID, FAKE_CLIENT_SECRET)
    }

    /// Settings for a client that calls the fake, with tokens from the fake's credentials.
    pub fn config(&self) -> Config {
        Config::new()
            .base_url(&self.base_url)
            .token_provider(AppKeyTokens::new(FAKE_CLIENT_ID, FAKE_CLIENT_SECRET))
    }

    /// A client that calls the fake.
    pub fn client(&self) -> Result<Client, BuildError> {
        Client::from_config(self.config())
    }

    /// The `sessionWebhook` of its robot messages: replies posted there are kept
    /// ([`webhook_messages`](FakeStreamGateway::webhook_messages)).
    pub fn session_webhook(&self) -> String {
        session_webhook(&self.base_url)
    }

    /// The next `count` open requests are answered `503` (a failing gateway).
    pub fn fail_next_opens(&self, count: usize) {
        self.shared.state().failing_opens = count;
    }

    /// The open requests received, in order.
    pub fn open_requests(&self) -> Vec<Recorded> {
        self.shared
            .state()
            .opens
            .iter()
            .map(|(_, r)| r.clone())
            .collect()
    }

    /// When each open request came, measured from the start (tokio's clock: paused in tests
    /// that pause it).
    pub fn open_times(&self) -> Vec<Duration> {
        self.shared.state().opens.iter().map(|(t, _)| *t).collect()
    }

    /// Websocket handshakes refused for a ticket unknown or already used.
    pub fn refused_tickets(&self) -> usize {
        self.shared.state().refused_tickets
    }

    /// Every connection so far.
    pub fn connections(&self) -> Vec<ConnectionInfo> {
        self.shared
            .state()
            .connections
            .iter()
            .map(|c| c.info.clone())
            .collect()
    }

    /// Every ACK received, in order (none kept after [`count_acks_only`](Self::count_acks_only)).
    pub fn acks(&self) -> Vec<ReceivedAck> {
        self.shared.state().acks.clone()
    }

    /// How many ACKs came, kept or not.
    pub fn ack_count(&self) -> usize {
        self.shared.state().ack_count
    }

    /// From now on ACKs are only counted, neither decoded nor kept: for long runs (a benchmark)
    /// where keeping them would grow memory and cost the fake time.
    pub fn count_acks_only(&self) {
        self.shared.state().counting_only = true;
    }

    /// Waits until `count` ACKs came in all, kept or not.
    pub async fn wait_for_ack_count(&self, count: usize) -> Result<(), WaitTimedOut> {
        self.wait(&format!("{count} ACK(s)"), |state| {
            (state.ack_count >= count).then_some(())
        })
        .await
    }

    /// The JSON bodies posted to the `sessionWebhook`, in order.
    pub fn webhook_messages(&self) -> Vec<Value> {
        self.shared.state().webhook.clone()
    }

    /// Sends `push` on the newest open connection that was not told to disconnect; returns
    /// its `messageId`.
    pub async fn push(&self, push: PushFrame) -> Result<String, WaitTimedOut> {
        let connection = self
            .wait("an open connection", |state| {
                state
                    .connections
                    .iter()
                    .rev()
                    .find(|c| c.info.open && !c.info.draining)
                    .map(|c| c.info.id)
            })
            .await?;
        self.push_to(connection, push)
    }

    /// Sends `push` on connection `connection` (even one told to disconnect); returns its
    /// `messageId`.
    pub fn push_to(&self, connection: usize, push: PushFrame) -> Result<String, WaitTimedOut> {
        let message_id = push.message_id.clone().unwrap_or_else(|| {
            let n = self.shared.next_id.fetch_add(1, Ordering::Relaxed);
            format!("fake-message-{n}")
        });
        let text = self.frame(&push, &message_id);
        let mut state = self.shared.state();
        let Some(target) = state.connections.get_mut(connection) else {
            return Err(WaitTimedOut(format!(
                "connection {connection}, which never was"
            )));
        };
        if push.kind == "SYSTEM"
            && push
                .headers
                .iter()
                .any(|(n, v)| n == "topic" && v == "disconnect")
        {
            target.info.draining = true;
        }
        let _ = target.commands.send(Command::Send(text));
        Ok(message_id)
    }

    /// Sends any text on connection `connection` (a malformed frame, say).
    pub fn push_text(&self, connection: usize, text: &str) {
        if let Some(c) = self.shared.state().connections.get(connection) {
            let _ = c.commands.send(Command::Send(text.to_owned()));
        }
    }

    /// Closes connection `connection` with a close frame.
    pub fn close(&self, connection: usize) {
        self.command(connection, Command::Close);
    }

    /// Drops connection `connection` without a close frame (a lost network).
    pub fn drop_connection(&self, connection: usize) {
        self.command(connection, Command::Drop);
    }

    /// Connection `connection` stops reading and answering, pings included, while staying
    /// open (a dead peer behind a live socket).
    pub fn freeze(&self, connection: usize) {
        self.command(connection, Command::Freeze);
    }

    /// Waits until `count` connections are open and not told to disconnect.
    pub async fn wait_for_connections(&self, count: usize) -> Result<(), WaitTimedOut> {
        self.wait(&format!("{count} open connection(s)"), |state| {
            let open = state
                .connections
                .iter()
                .filter(|c| c.info.open && !c.info.draining)
                .count();
            (open >= count).then_some(())
        })
        .await
    }

    /// Waits until the connection numbered `connection` (from 0, in the order they came) has
    /// been accepted.
    pub async fn wait_for_connection(
        &self,
        connection: usize,
    ) -> Result<ConnectionInfo, WaitTimedOut> {
        self.wait(&format!("connection {connection}"), |state| {
            state.connections.get(connection).map(|c| c.info.clone())
        })
        .await
    }

    /// Waits until connection `connection` has ended.
    pub async fn wait_for_closed(&self, connection: usize) -> Result<ConnectionInfo, WaitTimedOut> {
        self.wait(&format!("connection {connection} to end"), |state| {
            state
                .connections
                .get(connection)
                .filter(|c| !c.info.open)
                .map(|c| c.info.clone())
        })
        .await
    }

    /// Waits until `count` open requests came.
    pub async fn wait_for_opens(&self, count: usize) -> Result<(), WaitTimedOut> {
        self.wait(&format!("{count} open request(s)"), |state| {
            (state.opens.len() >= count).then_some(())
        })
        .await
    }

    /// Waits for the (first) ACK of `message_id`.
    pub async fn wait_for_ack(&self, message_id: &str) -> Result<ReceivedAck, WaitTimedOut> {
        self.wait(&format!("the ACK of {message_id}"), |state| {
            state
                .acks
                .iter()
                .find(|a| a.message_id == message_id)
                .cloned()
        })
        .await
    }

    /// Waits until `count` ACKs came in all.
    pub async fn wait_for_acks(&self, count: usize) -> Result<Vec<ReceivedAck>, WaitTimedOut> {
        self.wait(&format!("{count} ACK(s)"), |state| {
            (state.acks.len() >= count).then(|| state.acks.clone())
        })
        .await
    }

    /// Waits until `count` replies were posted to the `sessionWebhook`.
    pub async fn wait_for_webhook_messages(
        &self,
        count: usize,
    ) -> Result<Vec<Value>, WaitTimedOut> {
        self.wait(&format!("{count} sessionWebhook message(s)"), |state| {
            (state.webhook.len() >= count).then(|| state.webhook.clone())
        })
        .await
    }

    async fn wait<T>(
        &self,
        what: &str,
        mut check: impl FnMut(&State) -> Option<T>,
    ) -> Result<T, WaitTimedOut> {
        let deadline = Instant::now() + FAKE_WAIT;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            if let Some(found) = check(&self.shared.state()) {
                return Ok(found);
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return Err(WaitTimedOut(what.to_owned()));
            }
        }
    }

    fn command(&self, connection: usize, command: Command) {
        if let Some(c) = self.shared.state().connections.get(connection) {
            let _ = c.commands.send(command);
        }
    }

    /// The frame's text as the gateway sends it: headers a string map, `data` a string of JSON.
    fn frame(&self, push: &PushFrame, message_id: &str) -> String {
        let now = crate::base::sign::now_millis();
        let mut headers = serde_json::Map::new();
        headers.insert("appId".into(), "fake-app".into());
        headers.insert("contentType".into(), "application/json".into());
        headers.insert("messageId".into(), message_id.into());
        headers.insert("time".into(), now.to_string().into());
        if push.kind == "EVENT" {
            headers.insert("eventId".into(), format!("event-{message_id}").into());
            headers.insert("eventBornTime".into(), now.to_string().into());
        }
        for (name, value) in &push.headers {
            headers.insert(name.clone(), value.clone().into());
        }
        let data = if push.robot_text {
            let mut data: Value = serde_json::from_str(&push.data).unwrap_or_default();
            let n = self.shared.next_id.fetch_add(1, Ordering::Relaxed);
            data["msgId"] = format!("msg-{n}").into();
            data["createAt"] = now.into();
            data["sessionWebhook"] = self.session_webhook().into();
            data["sessionWebhookExpiredTime"] = (now + 5_400_000).into();
            data.to_string()
        } else {
            push.data.clone()
        };
        json!({"specVersion": "1.0", "type": push.kind, "headers": headers, "data": data})
            .to_string()
    }
}

impl Drop for FakeStreamGateway {
    fn drop(&mut self) {
        for server in &self.servers {
            server.abort();
        }
        for task in &self.shared.state().tasks {
            task.abort();
        }
    }
}

impl fmt::Debug for FakeStreamGateway {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FakeStreamGateway")
            .field("base_url", &self.base_url)
            .finish_non_exhaustive()
    }
}

impl Shared {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
    fn update<T>(&self, change: impl FnOnce(&mut State) -> T) -> T {
        let out = change(&mut self.state());
        self.changed.notify_waiters();
        out
    }
}

fn session_webhook(base_url: &str) -> String {
    format!("{base_url}/robot/sendBySession?session=fake-session")
}

/// The HTTP side: open requests, token fetches, `sessionWebhook` replies.
async fn serve_http(mut stream: TcpStream, shared: Arc<Shared>) {
    let mut buffer = Vec::new();
    while let Some(request) = read_request(&mut stream, &mut buffer).await {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let (status, reply) = match (request.method.as_str(), request.path.as_str()) {
            ("POST", "/v1.0/gateway/connections/open") => shared.update(|state| {
                state
                    .opens
                    .push((shared.started.elapsed(), request.clone()));
                if state.failing_opens > 0 {
                    state.failing_opens -= 1;
                    return (
                        503,
                        json!({"code": "ServiceUnavailable", "message": "fake outage"}),
                    );
                }
                let n = shared.next_id.fetch_add(1, Ordering::Relaxed);
                let ticket = format!("fake-ticket-{n}");
                state.tickets.insert(ticket.clone(), false);
                (200, json!({"endpoint": shared.ws_url, "ticket": ticket}))
            }),
            ("POST", "/v1.0/oauth2/accessToken") => {
                (200, json!({"accessToken": FAKE_TOKEN, "expireIn": 7200}))
            }
            ("POST", "/robot/sendBySession") => {
                shared.update(|state| state.webhook.push(body));
                (200, json!({"errcode": 0, "errmsg": "ok"}))
            }
            _ => (
                404,
                json!({"code": "test.not_found", "message": "not served by the fake gateway"}),
            ),
        };
        let body = reply.to_string();
        let head = format!(
            "HTTP/1.1 {status} Fake\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            body.len()
        );
        if stream.write_all(head.as_bytes()).await.is_err()
            || stream.write_all(body.as_bytes()).await.is_err()
        {
            return;
        }
    }
}

/// The websocket side: one connection, its ticket checked and used up.
// The handshake callback's error type is tungstenite's HTTP response.
#[allow(clippy::result_large_err)]
async fn serve_ws(stream: TcpStream, shared: Arc<Shared>) {
    let check = shared.clone();
    let target = Arc::new(Mutex::new(String::new()));
    let seen = target.clone();
    let accepted = tokio_tungstenite::accept_hdr_async(
        stream,
        move |request: &Request, response: Response| {
            *seen.lock().unwrap_or_else(|e| e.into_inner()) = request.uri().to_string();
            let ticket = request
                .uri()
                .query()
                .unwrap_or("")
                .split('&')
                .find_map(|pair| pair.strip_prefix("ticket="))
                .unwrap_or("")
                .to_owned();
            check.update(|state| match state.tickets.get_mut(&ticket) {
                Some(used) if !*used => {
                    *used = true;
                    Ok(response)
                }
                _ => {
                    state.refused_tickets += 1;
                    let mut refusal = ErrorResponse::new(Some("unknown or used ticket".into()));
                    *refusal.status_mut() =
                        tokio_tungstenite::tungstenite::http::StatusCode::UNAUTHORIZED;
                    Err(refusal)
                }
            })
        },
    )
    .await;
    let Ok(mut socket) = accepted else {
        return;
    };
    let (commands, mut received) = mpsc::unbounded_channel();
    let id = shared.update(|state| {
        let id = state.connections.len();
        state.connections.push(Connection {
            commands,
            info: ConnectionInfo {
                id,
                open: true,
                draining: false,
                closed_by_client: false,
                pings: 0,
                target: target.lock().unwrap_or_else(|e| e.into_inner()).clone(),
            },
        });
        id
    });
    let info = |change: &dyn Fn(&mut ConnectionInfo)| {
        shared.update(|state| change(&mut state.connections[id].info));
    };
    loop {
        tokio::select! {
            command = received.recv() => match command {
                Some(Command::Send(text)) => {
                    if socket.send(Message::text(text)).await.is_err() {
                        break;
                    }
                }
                Some(Command::Close) => {
                    let _ = socket.close(None).await;
                }
                Some(Command::Drop) | None => break,
                Some(Command::Freeze) => {
                    // Holds the socket open, reading nothing, until dropped.
                    while let Some(command) = received.recv().await {
                        if matches!(command, Command::Drop) {
                            break;
                        }
                    }
                    break;
                }
            },
            message = socket.next() => match message {
                Some(Ok(Message::Text(text))) => shared.update(|state| {
                    state.ack_count += 1;
                    if !state.counting_only {
                        state.acks.push(read_ack(id, text.as_str()));
                    }
                }),
                Some(Ok(Message::Ping(_))) => info(&|c| c.pings += 1),
                Some(Ok(Message::Close(_))) => info(&|c| c.closed_by_client = true),
                Some(Ok(_)) => {}
                Some(Err(_)) | None => break,
            },
        }
    }
    info(&|c| c.open = false);
}

fn read_ack(connection: usize, text: &str) -> ReceivedAck {
    let raw: Value = serde_json::from_str(text).unwrap_or_else(|_| Value::String(text.to_owned()));
    let data = raw["data"]
        .as_str()
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or_else(|| raw["data"].clone());
    ReceivedAck {
        connection,
        message_id: raw["headers"]["messageId"]
            .as_str()
            .unwrap_or("")
            .to_owned(),
        code: raw["code"]
            .as_u64()
            .and_then(|c| u16::try_from(c).ok())
            .unwrap_or(0),
        message: raw["message"].as_str().unwrap_or("").to_owned(),
        data,
        raw,
    }
}
