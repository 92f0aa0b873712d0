//! One websocket connection's life: read frames, answer SYSTEM frames at once, run data frames'
//! handlers (bounded, each ACKed on this connection when it ends), ping when idle, and close:
//! drained after the server's `disconnect`, gracefully on shutdown, at once when it is dead.

use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{FutureExt, SinkExt, StreamExt};
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc};
use tokio::task::JoinSet;
use tokio::time::{Instant, timeout};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::Utf8Payload;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_util::sync::CancellationToken;
use tracing::Instrument;

use crate::engine::client::Client;
use crate::receive::stream::dedupe::{Dedupe, Seen};
use crate::receive::stream::frame::{self, Ack, AckReply, Frame, FrameKind};
use crate::receive::stream::handler::{Handlers, Prepared};
use crate::receive::stream::socket::Socket;

/// The timings and bounds a stream client runs with.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    /// Idle time before a websocket ping; `None`: never.
    pub(crate) keepalive: Option<Duration>,
    /// How long a ping may go unanswered before the connection is taken for dead.
    pub(crate) pong_timeout: Duration,
    /// How long a connection told to `disconnect` may take to finish its handlers.
    pub(crate) drain_timeout: Duration,
    /// How long in-flight handlers may run on after shutdown starts.
    pub(crate) shutdown_timeout: Duration,
    /// How long one write (an ACK, a ping) may take.
    pub(crate) write_timeout: Duration,
    /// Open request plus websocket handshake.
    pub(crate) connect_timeout: Duration,
    /// First and largest wait between failed connection attempts.
    pub(crate) backoff_base: Duration,
    pub(crate) backoff_max: Duration,
    /// Largest websocket message accepted.
    pub(crate) max_frame_bytes: usize,
}

/// What every connection of one stream client shares.
pub(crate) struct Shared {
    pub(crate) client: Client,
    pub(crate) handlers: Handlers,
    pub(crate) settings: Settings,
    /// Handlers running at once, across connections.
    pub(crate) permits: Arc<Semaphore>,
    pub(crate) dedupe: Mutex<Dedupe>,
    /// Shutdown, for every task.
    pub(crate) cancel: CancellationToken,
}

impl Shared {
    /// The memory of recent pushes (still used after a panic while it was held: every change
    /// to it is whole before anything that can panic).
    pub(crate) fn dedupe(&self) -> std::sync::MutexGuard<'_, Dedupe> {
        self.dedupe.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// What a connection tells its supervisor.
#[derive(Debug)]
pub(crate) enum News {
    /// The server said `disconnect`: this one drains, open the next now.
    Draining { id: u64 },
    /// It ended; `healthy` when it had received frames.
    Ended { id: u64, healthy: bool },
}

/// Why a connection's loop ended.
enum End {
    /// Drained after `disconnect`, or stopped by shutdown: closed with a close frame.
    Closed,
    /// Lost: dropped by the server, broken, or silent past the pong time-out.
    Lost(String),
}

/// A data frame's handler, started when a permit is free.
struct Work {
    frame: Frame,
    keys: Keys,
}

/// The ids a push is known by: its `messageId`, and what its payload names (a robot message's
/// `msgId`), if anything. Held inline (no allocation per frame); a clone shares the ids.
#[derive(Clone)]
struct Keys {
    /// The `messageId`, then the payload's id; when there is none, the `messageId` again,
    /// not looked at (`len` is 1).
    ids: [Arc<str>; 2],
    len: usize,
}

impl Keys {
    fn one(message_id: Arc<str>) -> Self {
        Keys {
            ids: [message_id.clone(), message_id],
            len: 1,
        }
    }
    fn two(message_id: Arc<str>, id: Arc<str>) -> Self {
        Keys {
            ids: [message_id, id],
            len: 2,
        }
    }
    fn message_id(&self) -> &Arc<str> {
        &self.ids[0]
    }
}

impl std::ops::Deref for Keys {
    type Target = [Arc<str>];
    fn deref(&self) -> &[Arc<str>] {
        &self.ids[..self.len]
    }
}

/// Runs one connection to its end and reports it.
pub(crate) async fn run(
    socket: Socket,
    shared: Arc<Shared>,
    id: u64,
    news: mpsc::Sender<News>,
    _alive: mpsc::Sender<()>,
) {
    let span = tracing::info_span!("dingtalk.stream.connection", id);
    async move {
        tracing::info!("connected");
        let mut connection = Connection {
            socket,
            shared,
            id,
            news,
            handlers: JoinSet::new(),
            running: HashMap::new(),
            received: false,
        };
        // A bug here must not leave the slot waiting for news that never comes.
        let end = AssertUnwindSafe(connection.serve())
            .catch_unwind()
            .await
            .unwrap_or_else(|_| End::Lost("the connection's loop panicked".into()));
        let healthy = connection.received;
        match &end {
            End::Closed => tracing::info!("closed"),
            End::Lost(reason) => tracing::warn!(reason = reason.as_str(), "connection lost"),
        }
        let news = connection.close(end).await;
        let _ = news.send(News::Ended { id, healthy }).await;
    }
    .instrument(span)
    .await
}

struct Connection {
    socket: Socket,
    shared: Arc<Shared>,
    id: u64,
    news: mpsc::Sender<News>,
    /// This connection's running handlers; each yields its frame's ACK.
    handlers: JoinSet<Ack>,
    /// The ids of each running handler's push, to forget them if it is stopped.
    running: HashMap<tokio::task::Id, Keys>,
    received: bool,
}

impl Connection {
    async fn serve(&mut self) -> End {
        let settings = self.shared.settings.clone();
        let cancel = self.shared.cancel.clone();
        let permits = self.shared.permits.clone();
        let far = Duration::from_secs(86_400 * 365);
        let idle = settings.keepalive.unwrap_or(far);
        // A frame that waits for a permit: while it waits nothing more is read (back-pressure).
        let mut pending: Option<Work> = None;
        let mut ending: Option<Instant> = None;
        let mut stopping = false;
        // One timer for the keepalive, re-armed lazily from the last word heard rather than
        // at every frame; `pong_due` is set while a ping waits for its answer.
        let mut last_heard = Instant::now();
        let mut pong_due: Option<Instant> = None;
        let keepalive_timer = tokio::time::sleep(idle);
        tokio::pin!(keepalive_timer);
        let end_timer = tokio::time::sleep(far);
        tokio::pin!(end_timer);
        loop {
            if ending.is_some() && self.handlers.is_empty() && pending.is_none() {
                return End::Closed;
            }
            let reading = pending.is_none() && !stopping;
            tokio::select! {
                biased;
                () = cancel.cancelled(), if !stopping => {
                    stopping = true;
                    // Not started: not ACKed, so DingTalk delivers it again.
                    if let Some(work) = pending.take() {
                        self.forget(&work.keys);
                    }
                    let deadline = Instant::now() + settings.shutdown_timeout;
                    ending = Some(deadline);
                    end_timer.as_mut().reset(deadline);
                }
                Some(done) = self.handlers.join_next_with_id(), if !self.handlers.is_empty() => {
                    if let Some(ack) = self.finished(done)
                        && let Err(reason) = self.send_ack(&ack).await
                    {
                        return End::Lost(reason);
                    }
                    if let Err(reason) = self.flush().await {
                        return End::Lost(reason);
                    }
                }
                permit = async { permits.clone().acquire_owned().await }, if pending.is_some() => {
                    if let (Ok(permit), Some(work)) = (permit, pending.take())
                        && let Err(reason) = self.start(work, permit).await
                    {
                        return End::Lost(reason);
                    }
                    if let Err(reason) = self.flush().await {
                        return End::Lost(reason);
                    }
                    // Reading resumes: the silence while waiting was ours.
                    last_heard = Instant::now();
                    pong_due = None;
                    keepalive_timer.as_mut().reset(last_heard + idle);
                }
                message = self.socket.next(), if reading => {
                    // This message and those already here behind it, their ACKs written out
                    // together: one write for a burst rather than one per frame.
                    let mut message = message;
                    for _ in 0..BURST {
                        let message_now = match message {
                            None => return End::Lost("closed by the server".into()),
                            Some(Err(e)) => return End::Lost(e.to_string()),
                            Some(Ok(message)) => message,
                        };
                        // Anything from the server shows it is alive.
                        last_heard = Instant::now();
                        pong_due = None;
                        match self.on_message(message_now).await {
                            Err(reason) => return End::Lost(reason),
                            Ok(Flow::Read) => {}
                            Ok(Flow::Wait(work)) => {
                                pending = Some(work);
                                break;
                            }
                            Ok(Flow::Drain) => {
                                if ending.is_none() {
                                    tracing::info!("the server asked to reconnect; draining");
                                    let _ = self.news.send(News::Draining { id: self.id }).await;
                                    let deadline = Instant::now() + settings.drain_timeout;
                                    ending = Some(deadline);
                                    end_timer.as_mut().reset(deadline);
                                }
                            }
                        }
                        // Polled without a waker: when nothing more is here, the next turn of
                        // the loop waits on the socket as usual.
                        match self.socket.next().now_or_never() {
                            Some(next) => message = next,
                            None => break,
                        }
                    }
                    if let Err(reason) = self.flush().await {
                        return End::Lost(reason);
                    }
                }
                () = &mut keepalive_timer, if reading && settings.keepalive.is_some() => {
                    let now = Instant::now();
                    match pong_due {
                        Some(due) if now >= due => {
                            return End::Lost(format!(
                                "no pong within {:?}",
                                settings.pong_timeout
                            ));
                        }
                        // Heard from since: the silence is not yet long enough.
                        None if now < last_heard + idle => {
                            keepalive_timer.as_mut().reset(last_heard + idle);
                        }
                        Some(due) => keepalive_timer.as_mut().reset(due),
                        None => {
                            if let Err(reason) = self.send(Message::Ping(b"dingtalk".to_vec().into())).await {
                                return End::Lost(reason);
                            }
                            let due = now + settings.pong_timeout;
                            pong_due = Some(due);
                            keepalive_timer.as_mut().reset(due);
                        }
                    }
                }
                () = &mut end_timer, if ending.is_some() => {
                    tracing::warn!(
                        handlers = self.handlers.len(),
                        "handlers still running at the deadline are stopped, their pushes not ACKed"
                    );
                    if let Some(work) = pending.take() {
                        self.forget(&work.keys);
                    }
                    self.handlers.abort_all();
                    while let Some(done) = self.handlers.join_next_with_id().await {
                        if let Some(ack) = self.finished(done) {
                            let _ = self.send_ack(&ack).await;
                        }
                    }
                    let _ = self.flush().await;
                    return End::Closed;
                }
            }
        }
    }

    /// One message from the server; its ACK, if it has one now, is queued (see `flush`).
    async fn on_message(&mut self, message: Message) -> Result<Flow, String> {
        let Message::Text(text) = message else {
            // Pings are answered by the websocket layer; pongs only count as life.
            return Ok(Flow::Read);
        };
        self.received = true;
        match self.on_text(text) {
            Step::Continue => Ok(Flow::Read),
            Step::Ack(ack) => self.send_ack(&ack).await.map(|()| Flow::Read),
            Step::Disconnect(ack) => self.send_ack(&ack).await.map(|()| Flow::Drain),
            Step::Run(work) => match self.shared.permits.clone().try_acquire_owned() {
                Ok(permit) => self.start(work, permit).await.map(|()| Flow::Read),
                Err(_) => Ok(Flow::Wait(work)),
            },
        }
    }

    /// One text message from the server.
    fn on_text(&mut self, text: Utf8Payload) -> Step {
        let bytes = text.len();
        let frame = match frame::parse(text) {
            Ok(frame) => frame,
            Err(e) => {
                // Nothing to ACK it with (its data, when it is not JSON, is found bad by the
                // handler that reads it, and answered as a bad request).
                tracing::warn!(error = %e, bytes, "malformed frame skipped");
                return Step::Continue;
            }
        };
        // The one copy of the id: the dedupe key, and what the ACK echoes.
        let message_id: Arc<str> = Arc::from(frame.headers.message_id());
        let _span = tracing::debug_span!(
            "dingtalk.stream.frame",
            message_id = &*message_id,
            kind = ?frame.kind,
            topic = frame.headers.topic(),
        )
        .entered();
        if frame.kind == FrameKind::System {
            tracing::debug!("system frame");
            // ping and any other system topic: echo its data; disconnect: the same, then drain.
            let echo = AckReply::ok(frame.data.text().into_owned()).to(&message_id);
            return if frame.headers.topic() == "disconnect" {
                Step::Disconnect(echo)
            } else {
                Step::Ack(echo)
            };
        }
        // Known by its `messageId` here; by what its payload names (a robot message's
        // `msgId`) once its handler has read it (`start`).
        let seen = self
            .shared
            .dedupe()
            .begin(std::slice::from_ref(&message_id));
        match repeat_reply(&frame.kind, seen) {
            None => Step::Run(Work {
                frame,
                keys: Keys::one(message_id),
            }),
            Some(reply) => Step::Ack(reply.to(&message_id)),
        }
    }

    /// Runs a data frame's handler: polled once here, and when it has not finished by then
    /// (it waits on something), it goes on as a task of this connection. A handler that
    /// finishes at once (most do: they answer, or hand the work on) is ACKed at once, without
    /// a task spawned, woken and joined across the runtime's threads for it.
    async fn start(&mut self, work: Work, permit: OwnedSemaphorePermit) -> Result<(), String> {
        let Work { frame, mut keys } = work;
        let message_id = keys.message_id().clone();
        let span = tracing::debug_span!(
            "dingtalk.stream.handler",
            message_id = &*message_id,
            topic = frame.headers.topic(),
        );
        let kind = frame.kind.clone();
        let Prepared { id, run: future } =
            self.shared.handlers.dispatch(&self.shared.client, frame);
        if let Some(id) = id {
            let seen = self.shared.dedupe().begin(std::slice::from_ref(&id));
            if let Some(reply) = repeat_reply(&kind, seen) {
                // Answered as its first delivery was (remembered under this messageId too), or
                // as a push being handled (forgotten under it, so it may come again).
                remember(&self.shared, &keys, &reply);
                drop(permit);
                return self.send_ack(&reply.to(&message_id)).await;
            }
            keys = Keys::two(message_id.clone(), id);
        }
        // Polled once here, in its span, with a waker that does nothing: a handler that is not
        // ready registers again when its task polls it, at once after the spawn.
        let mut future = future;
        let first = span.in_scope(|| {
            match std::panic::catch_unwind(AssertUnwindSafe(|| (&mut future).now_or_never())) {
                Ok(done) => done,
                Err(_) => Some(panicked(&kind)),
            }
        });
        if let Some(reply) = first {
            drop(permit);
            remember(&self.shared, &keys, &reply);
            return self.send_ack(&reply.to(&message_id)).await;
        }
        let shared = self.shared.clone();
        let task_keys = keys.clone();
        let task = async move {
            let reply = match AssertUnwindSafe(future).catch_unwind().await {
                Ok(reply) => reply,
                Err(_) => panicked(&kind),
            };
            drop(permit);
            // Recorded here, so that a handler outliving its connection still counts.
            remember(&shared, &task_keys, &reply);
            reply.to(&message_id)
        }
        .instrument(span);
        let handle = self.handlers.spawn(task);
        self.running.insert(handle.id(), keys);
        Ok(())
    }

    /// A handler's end: its ACK, or nothing when it was stopped (its push is forgotten, so a
    /// redelivery is handled).
    fn finished(
        &mut self,
        done: Result<(tokio::task::Id, Ack), tokio::task::JoinError>,
    ) -> Option<Ack> {
        match done {
            Ok((id, ack)) => {
                self.running.remove(&id);
                Some(ack)
            }
            Err(e) => {
                if let Some(keys) = self.running.remove(&e.id()) {
                    self.forget(&keys);
                }
                None
            }
        }
    }

    fn forget(&self, keys: &[Arc<str>]) {
        let not_handled = AckReply::failed(&FrameKind::Callback, 500, "not handled", "");
        remember(&self.shared, keys, &not_handled);
    }

    /// Queues an ACK; [`flush`](Connection::flush) writes what is queued.
    async fn send_ack(&mut self, ack: &Ack) -> Result<(), String> {
        tracing::debug!(message_id = &*ack.message_id, code = ack.reply.code, "ack");
        let wait = self.shared.settings.write_timeout;
        timed(wait, self.socket.feed(Message::text(ack.to_json()))).await
    }

    async fn flush(&mut self) -> Result<(), String> {
        let wait = self.shared.settings.write_timeout;
        timed(wait, self.socket.flush()).await
    }

    async fn send(&mut self, message: Message) -> Result<(), String> {
        let wait = self.shared.settings.write_timeout;
        timed(wait, self.socket.send(message)).await
    }

    /// Ends the connection: a close frame when it is still there; handlers still running after
    /// a loss finish on their own (their ACKs have nowhere to go).
    async fn close(mut self, end: End) -> mpsc::Sender<News> {
        if let End::Closed = end {
            let frame = CloseFrame {
                code: CloseCode::Normal,
                reason: "".into(),
            };
            let write_timeout = self.shared.settings.write_timeout;
            let _ = timeout(write_timeout, self.socket.close(Some(frame))).await;
            // The server's close frame completes the handshake; do not wait long for it.
            let _ = timeout(Duration::from_secs(1), async {
                while let Some(Ok(_)) = self.socket.next().await {}
            })
            .await;
        }
        if !self.handlers.is_empty() {
            tracing::debug!(
                handlers = self.handlers.len(),
                "handlers finish without a connection"
            );
            self.handlers.detach_all();
        }
        self.news
    }
}

/// A write that must be taken within `wait`.
async fn timed(
    wait: Duration,
    write: impl Future<Output = Result<(), tokio_tungstenite::tungstenite::Error>>,
) -> Result<(), String> {
    match timeout(wait, write).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(format!("write failed: {e}")),
        Err(_) => Err(format!("write not taken within {wait:?}")),
    }
}

/// What a handler that panicked is answered (logged in the handler's span).
fn panicked(kind: &FrameKind) -> AckReply {
    tracing::error!("handler panicked");
    AckReply::failed(kind, 500, "internal error", "handler panicked")
}

fn remember(shared: &Shared, keys: &[Arc<str>], reply: &AckReply) {
    shared.dedupe().finish(keys, reply);
}

/// Messages read in one burst before their ACKs are written out.
const BURST: usize = 64;

/// What the loop does after a message.
enum Flow {
    /// Read on.
    Read,
    /// This push waits for a handler to be free; nothing more is read until then.
    Wait(Work),
    /// The server said `disconnect`: drain.
    Drain,
}

/// What to do after a text message.
enum Step {
    Continue,
    Ack(Ack),
    Disconnect(Ack),
    Run(Work),
}

/// The answer to a push seen before: as its first delivery was answered, or, while that one is
/// being handled, `LATER` for events (so that it comes back and meets the first outcome) and
/// an empty response for callbacks. `None`: a new push.
fn repeat_reply(kind: &FrameKind, seen: Seen) -> Option<AckReply> {
    match seen {
        Seen::New => None,
        Seen::Done(reply) => {
            tracing::debug!("repeated delivery, answered as before");
            Some(reply)
        }
        Seen::InFlight => {
            tracing::debug!("repeated delivery of a push being handled");
            Some(if *kind == FrameKind::Event {
                AckReply::event(200, false, "being handled")
            } else {
                AckReply {
                    handled: false,
                    ..AckReply::ok(r#"{"response":null}"#)
                }
            })
        }
    }
}
