//! [`StreamClient`]: the handlers and settings of an app's Stream connections, and the
//! [`StreamHandle`] that stops them.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::CancellationToken;

use crate::apis::push::{
    CardCallback, CardCallbackReply, GraphRequest, GraphResponse, RobotMessage,
};
use crate::base::auth::AccessToken;
use crate::base::push::Push;
use crate::base::transport::tls_config;
use crate::engine::client::Client;
use crate::receive::stream::connection::{Settings, Shared};
use crate::receive::stream::dedupe::Dedupe;
use crate::receive::stream::error::StreamError;
use crate::receive::stream::handler::{Context, EventStatus, FromEvent, HandlerError, Handlers};
use crate::receive::stream::open::AppCredentials;
use crate::receive::stream::supervisor::{Opener, supervise};

/// Idle time before a ping unless configured.
pub const DEFAULT_KEEPALIVE: Duration = Duration::from_secs(60);
/// Handlers running at once unless configured.
pub const DEFAULT_MAX_IN_FLIGHT: usize = 64;
/// Largest frame accepted unless configured: 1 MiB.
pub const DEFAULT_MAX_FRAME_BYTES: usize = 1024 * 1024;

/// A DingTalk Stream mode client: one or more outbound websockets on which DingTalk pushes
/// robot messages, events and callbacks to the app's handlers (feature `stream`).
///
/// Register async handlers, then [`start`](StreamClient::start) it. Every push is ACKed on the
/// connection it came on with its handler's outcome: an event handler's
/// [`EventStatus`] (`SUCCESS` or `LATER`), a callback handler's value as `{"response": ..}`;
/// a handler's error or panic is logged and answered `500` (`LATER` for events), so DingTalk
/// delivers the push again. A push delivered twice is handled once. Handlers get a
/// [`Context`] with the API [`Client`], to reply.
///
/// ```no_run
/// use generated_client::push::{Event, RobotMessage};
/// use generated_client::stream::{Context, StreamClient};
/// use generated_client::{AppKeyTokens, Client, Config};
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let (id, secret) = ("<client id>", "<client secret>");
/// let client = Client::from_config(Config::new().token_provider(AppKeyTokens::new(id, secret)))?;
/// let handle = StreamClient::new(client, id, secret)
///     .on_robot_message(|_: Context, message: RobotMessage| async move {
///         println!("{:?} says {:?}", message.sender_nick, message.text);
///         Ok(())
///     })
///     .on_events(|_: Context, event: Event| async move {
///         println!("{:?}: {:?}", event.event_type, event.data);
///         Ok(())
///     })
///     .start()?;
/// tokio::signal::ctrl_c().await?;
/// handle.shutdown().await;
/// # Ok(())
/// # }
/// ```
pub struct StreamClient {
    client: Client,
    credentials: AppCredentials,
    handlers: Handlers,
    settings: Settings,
    connections: usize,
    max_in_flight: usize,
    dedupe_capacity: usize,
    dedupe_age: Duration,
}

impl std::fmt::Debug for StreamClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamClient")
            .field("credentials", &self.credentials)
            .field("subscriptions", &self.handlers.subscriptions())
            .field("settings", &self.settings)
            .field("connections", &self.connections)
            .field("max_in_flight", &self.max_in_flight)
            .finish_non_exhaustive()
    }
}

impl StreamClient {
    /// A client for the app with this client id (AppKey; SuiteKey for third-party apps) and
    /// secret. `client` opens the connections (`POST /v1.0/gateway/connections/open` on its
    /// base URL) and is handed to handlers; give it a token provider for the same app
    /// ([`AppKeyTokens`](crate::AppKeyTokens)) so that handlers can call the API.
    pub fn new(
        client: Client,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        StreamClient {
            client,
            credentials: AppCredentials {
                client_id: client_id.into(),
                client_secret: AccessToken::new(client_secret),
            },
            handlers: Handlers::default(),
            settings: Settings {
                keepalive: Some(DEFAULT_KEEPALIVE),
                pong_timeout: Duration::from_secs(5),
                drain_timeout: Duration::from_secs(10),
                shutdown_timeout: Duration::from_secs(3),
                write_timeout: Duration::from_secs(10),
                connect_timeout: Duration::from_secs(30),
                backoff_base: Duration::from_secs(1),
                backoff_max: Duration::from_secs(60),
                max_frame_bytes: DEFAULT_MAX_FRAME_BYTES,
            },
            connections: 1,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
            dedupe_capacity: 10_000,
            dedupe_age: Duration::from_secs(600),
        }
    }

    /// Handles the payloads of one type of the `push` module, routed by what the type says
    /// ([`Push::ROUTE`]): a callback topic, one event type, or every event. The handler
    /// returns the type's reply ([`Push::Reply`]; `()` for events and robot messages).
    pub fn on<P, F, Fut>(mut self, handler: F) -> Self
    where
        P: Push,
        F: Fn(Context, P) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<P::Reply, HandlerError>> + Send + 'static,
    {
        self.handlers.add_push(handler);
        self
    }

    /// Handles the messages sent to the app's robot (`/v1.0/im/bot/messages/get`). Reply
    /// through the message's `sessionWebhook`, or the API.
    pub fn on_robot_message<F, Fut>(self, handler: F) -> Self
    where
        F: Fn(Context, RobotMessage) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<(), HandlerError>> + Send + 'static,
    {
        self.on(handler)
    }

    /// Handles interactive-card actions (`/v1.0/card/instances/callback`); the reply updates
    /// the card.
    pub fn on_card_callback<F, Fut>(self, handler: F) -> Self
    where
        F: Fn(Context, CardCallback) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<CardCallbackReply, HandlerError>> + Send + 'static,
    {
        self.on(handler)
    }

    /// Handles Graph API calls of AI assistant skills (`/v1.0/graph/api/invoke`): an HTTP
    /// request in, an HTTP response out.
    pub fn on_graph<F, Fut>(self, handler: F) -> Self
    where
        F: Fn(Context, GraphRequest) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<GraphResponse, HandlerError>> + Send + 'static,
    {
        self.on(handler)
    }

    /// Handles every event (those without a handler of their own by
    /// [`on_event_type`](StreamClient::on_event_type)). Subscribes to `EVENT *`. The payload
    /// is the envelope, [`Event`](crate::push::Event) (or [`RawPush`](crate::stream::RawPush):
    /// headers and data); the handler returns `()` or an [`EventStatus`] (`Later`: deliver it
    /// again).
    pub fn on_events<T, S, F, Fut>(mut self, handler: F) -> Self
    where
        T: FromEvent,
        S: Into<EventStatus>,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<S, HandlerError>> + Send + 'static,
    {
        self.handlers.add_event(None, handler);
        self
    }

    /// Handles events of one `eventType` (`user_add_org`, `bpms_instance_change` ...).
    pub fn on_event_type<T, S, F, Fut>(mut self, event_type: impl Into<String>, handler: F) -> Self
    where
        T: FromEvent,
        S: Into<EventStatus>,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<S, HandlerError>> + Send + 'static,
    {
        self.handlers.add_event(Some(event_type.into()), handler);
        self
    }

    /// Handles the callbacks of `topic`: their data read as `T` (any deserializable type;
    /// `serde_json::Value` for all of it), the handler's value sent back as
    /// `{"response": value}` (`()` sends `null`). A data that does not fit `T` is answered
    /// `400` and logged.
    pub fn on_callback<T, R, F, Fut>(mut self, topic: impl Into<String>, handler: F) -> Self
    where
        T: DeserializeOwned + Send + 'static,
        R: Serialize + 'static,
        F: Fn(Context, T) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<R, HandlerError>> + Send + 'static,
    {
        self.handlers.add_callback(topic.into(), handler);
        self
    }

    /// Idle time before a websocket ping (default 60 s); `None`: no pings. A ping unanswered
    /// within the [`pong_timeout`](StreamClient::pong_timeout) means the connection is dead: it
    /// is replaced.
    pub fn keepalive(mut self, idle: Option<Duration>) -> Self {
        self.settings.keepalive = idle;
        self
    }

    /// How long a ping may go unanswered (default 5 s).
    pub fn pong_timeout(mut self, wait: Duration) -> Self {
        self.settings.pong_timeout = wait;
        self
    }

    /// Connections to keep open (default 1); DingTalk sends each push to one of them.
    pub fn connections(mut self, count: usize) -> Self {
        self.connections = count.max(1);
        self
    }

    /// Handlers running at once, across connections (default 64). When all are busy, no more
    /// frames are read until one ends: the gateway holds the rest.
    pub fn max_in_flight(mut self, count: usize) -> Self {
        self.max_in_flight = count.max(1);
        self
    }

    /// How long handlers may run on once shutdown starts (default 3 s); those still running
    /// then are stopped and their pushes left un-ACKed, to be delivered again.
    pub fn shutdown_timeout(mut self, wait: Duration) -> Self {
        self.settings.shutdown_timeout = wait;
        self
    }

    /// How long a connection told to `disconnect` may take to finish its handlers (default
    /// 10 s, when DingTalk closes it anyway).
    pub fn drain_timeout(mut self, wait: Duration) -> Self {
        self.settings.drain_timeout = wait;
        self
    }

    /// The waits between failed connection attempts: from `first`, doubling up to `max`, each
    /// drawn from the upper half of its range (defaults 1 s and 60 s). A connection that
    /// received frames starts the series over.
    pub fn backoff(mut self, first: Duration, max: Duration) -> Self {
        self.settings.backoff_base = first;
        self.settings.backoff_max = max;
        self
    }

    /// Largest websocket message accepted (default 1 MiB); a larger one ends the connection,
    /// which is replaced.
    pub fn max_frame_bytes(mut self, bytes: usize) -> Self {
        self.settings.max_frame_bytes = bytes.max(1024);
        self
    }

    /// How many recent pushes are remembered to handle a repeat once, and for how long
    /// (defaults 10,000 and 10 minutes).
    pub fn dedupe(mut self, capacity: usize, max_age: Duration) -> Self {
        self.dedupe_capacity = capacity;
        self.dedupe_age = max_age;
        self
    }

    /// Starts the connections on the current tokio runtime and returns at once; they run until
    /// [`StreamHandle::shutdown`] (or the handle is dropped). A connection that cannot be
    /// opened is logged and retried, never an error here.
    pub fn start(self) -> Result<StreamHandle, StreamError> {
        if self.handlers.is_empty() {
            return Err(StreamError::NoHandlers);
        }
        let runtime = tokio::runtime::Handle::try_current().map_err(|_| StreamError::NoRuntime)?;
        let tls = tls_config().map_err(|e| StreamError::Tls(e.to_string()))?;
        let cancel = CancellationToken::new();
        let shared = Arc::new(Shared {
            client: self.client,
            handlers: self.handlers,
            settings: self.settings,
            permits: Arc::new(Semaphore::new(self.max_in_flight)),
            dedupe: Mutex::new(Dedupe::new(self.dedupe_capacity, self.dedupe_age)),
            cancel: cancel.clone(),
        });
        let opener = Arc::new(Opener {
            credentials: self.credentials,
            tls: Arc::new(tls),
        });
        let (alive, done) = mpsc::channel(1);
        for slot in 0..self.connections {
            runtime.spawn(supervise(
                shared.clone(),
                opener.clone(),
                slot,
                alive.clone(),
            ));
        }
        Ok(StreamHandle {
            cancel,
            done,
            shutdown_timeout: shared.settings.shutdown_timeout,
        })
    }
}

/// Stops a started [`StreamClient`]. Dropping it stops the client too (in the background).
#[derive(Debug)]
pub struct StreamHandle {
    cancel: CancellationToken,
    /// Ends when every task of the client has ended.
    done: mpsc::Receiver<()>,
    shutdown_timeout: Duration,
}

impl StreamHandle {
    /// Stops gracefully: nothing more is read; handlers running finish (within the shutdown
    /// time-out) and their ACKs are sent; each websocket is closed with a close frame. Returns
    /// when all of that is done, a few seconds past the time-out at most.
    pub async fn shutdown(mut self) {
        self.cancel.cancel();
        let bound = self.shutdown_timeout + Duration::from_secs(3);
        let _ = tokio::time::timeout(bound, self.done.recv()).await;
    }

    /// Whether shutdown has started.
    pub fn is_stopping(&self) -> bool {
        self.cancel.is_cancelled()
    }
}

impl Drop for StreamHandle {
    fn drop(&mut self) {
        self.cancel.cancel();
    }
}
