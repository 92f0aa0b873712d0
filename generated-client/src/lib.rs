//! A typed client for the [DingTalk OpenAPI](https://open.dingtalk.com/document/): every
//! operation is a method, every request and reply a Rust type, every error table an enum.
//! Async on tokio, with optional blocking calls.
//!
//! ```toml
//! [dependencies]
//! generated-client = "0.1"                                        # async calls
//! # generated-client = { version = "0.1", features = ["blocking"] } # and `send_blocking()`
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! # A call
//!
//! Build one [`Client`] from a [`Config`] and reuse it; it is a cheap handle to clone. Each API
//! module is a method on the client (`client.team_sphere_1_0()`), each operation a method on
//! that. Required fields are constructor arguments, the rest optional setters. A call is sent
//! by `.await`; per-call options (`.access_token(..)`, `.header(..)`, time-outs, `.retry(..)`)
//! come before it.
//!
//! ```no_run
//! use generated_client::team_sphere_1_0::{CreateTaskError, CreateTaskRequest};
//! use generated_client::{Client, Config, Error};
//!
//! #[tokio::main]
//! async fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     let base_url = std::env::var("DINGTALK_BASE_URL");
//!     let config = Config::new()
//!         .base_url(base_url.as_deref().unwrap_or(generated_client::DEFAULT_BASE_URL))
//!         .access_token("<your access token>");
//!     let client = Client::from_config(config)?;
//!
//!     // Required fields are constructor arguments; the rest are optional setters.
//!     let request = CreateTaskRequest::new("任务标题", "62c25e3b376exxxxxx")
//!         .executor_id("173xxxx")
//!         .note("我是一条任务备注");
//!
//!     match client.team_sphere_1_0().create_task("173xxxx", &request).await {
//!         Ok(reply) => {
//!             println!("request id {:?}", reply.request_id());
//!             if let Some(task) = &reply.result {
//!                 println!("created task {:?}", task.task_id);
//!             }
//!         }
//!         Err(Error::Service(CreateTaskError::UserNotExist(e))) => {
//!             eprintln!("no such user: {e}");
//!         }
//!         Err(e) => return Err(e.into()),
//!     }
//!     Ok(())
//! }
//! ```
//!
//! A reply is a [`Response`]: it derefs to the typed body and keeps the status, headers and
//! request id. A [`Call`] owns what it needs, so `tokio::spawn(call.send())` works; with the
//! `blocking` feature, `call.send_blocking()` sends it from synchronous code (any thread,
//! `tokio::task::spawn_blocking` included).
//!
//! # Tokens
//!
//! Either a fixed token ([`Config::access_token`]) or a [`TokenProvider`]:
//! [`AppKeyTokens`] fetches tokens with the app key and secret, caches them and refreshes them
//! ahead of expiry; [`IsvCorpTokens`] does the same for third-party apps (suite key, secret,
//! ticket) and [`UserTokens`] for a user's token (login code, then refresh tokens). A token DingTalk refuses is fetched again once and the call repeated. An
//! operation that needs a token is never sent without one: that is an [`Error::Token`].
//!
//! # Group robots and the legacy server API
//!
//! `RobotWebhook` (feature `custom_robot`) sends messages to a group from the webhook URL of a
//! custom robot, signed with its `SEC...` secret on every attempt, or replies through a
//! `sessionWebhook` URL. The legacy modules (`oapi_message`, `oapi_contact`) take their token in
//! the `access_token` query parameter, from [`LegacyAppTokens`] or, for third-party apps,
//! [`CorpTokens`] over [`SuiteTokens`]; their `errcode` replies are [`Error::Service`] errors
//! whose code is the errcode.
//!
//! # Pushed payloads and replies
//!
//! The `push` module (feature `push`) types what DingTalk pushes: `RobotMessage`,
//! `CardCallback`, `GraphRequest`, the `Event` envelope and the ISV events, each a [`Push`] with
//! its [`PushRoute`]. Unknown members are kept and written back. A robot message replies through
//! its `sessionWebhook` (`reply_text`, `reply_markdown`, `reply` with mentions; feature
//! `custom_robot`), exchanges its files' download codes for URLs (`download_url`, feature
//! `robot_1_0`), and answers with a streaming AI card (`AiCard`, feature `card_1_0`).
//!
//! # Receiving pushes: Stream mode
//!
//! With the `stream` feature, `stream::StreamClient` receives what DingTalk pushes to an app
//! (robot messages, events, card actions, AI assistant skill calls) over outbound websockets,
//! no public URL needed. Handlers are async, one per kind (`on_robot_message`, `on_events`,
//! `on_event_type`, `on_card_callback`, `on_graph`, `on::<P>` for any payload of the `push`
//! module, `on_callback` for any topic); each gets a `Context` with the API [`Client`]. Every
//! push is ACKed on its own connection with its handler's outcome; a push delivered twice is
//! handled once; a handler's error or panic is answered `500` (`LATER` for events), never a lost
//! connection. At most `max_in_flight` handlers run at once, and a full client stops reading.
//! The connection is replaced before the old one closes when DingTalk asks (`disconnect`),
//! re-opened with exponential backoff and jitter when lost, and pinged when idle (no pong within
//! 5 s: dead, replaced). `StreamHandle::shutdown` stops gracefully. The websocket is
//! tokio-tungstenite over this client's rustls. The `stream_bot` example is a complete bot;
//! with `test-util` too, `test_util::FakeStreamGateway` pushes to a bot in tests.
//!
//! # Receiving over HTTP
//!
//! With the `callback` feature, `receive::callback` verifies and opens DingTalk's HTTP
//! callbacks from a request's parts and gives the answer to send, with any web framework:
//! encrypted events (`EventReceiver`: signature checked before decryption, owner key checked,
//! the encrypted `success` to answer with; a `suite_ticket` event can keep a [`SuiteTicket`]
//! current) and signed robot messages (`RobotReceiver`). Payloads are the `push` types Stream
//! mode uses.
//!
//! # Pages
//!
//! An operation that pages has a paginator too (`query_task_pages`): a [`Paginator`] whose
//! pages and items are [`Stream`](futures_core::Stream)s (and iterators with `blocking`).
//!
//! # Tests
//!
//! With the `test-util` feature, `test_util::FakeDingTalk` is a fake DingTalk on 127.0.0.1 for
//! the tests of code that calls it: expectations per operation, checks of what was sent. With
//! `stream` too, `test_util::FakeStreamGateway` is a fake Stream gateway that pushes robot
//! messages, events and callbacks to a bot and shows its ACKs and `sessionWebhook` replies.
//!
//! # Errors
//!
//! Every failure is an [`Error`], generic over the operation's own error enum: `Service` for
//! DingTalk's error replies (one variant per code of the operation's error table, and
//! `Unhandled`), then `Http`, `Decode`, `Timeout`, `Transport`, `Build` and `Token`.
//! [`Error::code`], [`Error::request_id`], [`Error::status`] and [`Error::is_retryable`] work
//! on all of them, and no error's text grows past a few KiB whatever the server sent. Errors
//! and replies can be built in tests: [`ServiceError::new`], [`Response::new`].
//!
//! # Time-outs, retries, proxies
//!
//! Time-outs: 5 s to connect, 10 s of silence while reading, 30 s per attempt (headers and
//! whole body), 60 s per call (all attempts, waits and the token fetch); see [`Config`] and
//! [`CallOptions`]. Retries are off; [`RetryPolicy::standard`] retries what the server did not
//! process (connection failures, 429, 503, DingTalk's `QpsLimit` throttling) for every call,
//! and lost replies only for calls safe to repeat, honouring the server's requested wait.
//! No proxy is used unless [`Config::proxy`] names one: the environment's `HTTP_PROXY` and
//! friends are ignored. [`Config::interceptor`] adds an [`Interceptor`] for metrics and
//! logging; each call also runs in a `tracing` span `dingtalk.call`.
//!
//! # Dependencies
//!
//! reqwest (HTTP/1.1 over rustls; no cookies, no decompression), rustls with the ring
//! provider (the application's default provider if it installed one; nothing is installed
//! process-wide), futures-core, serde, serde_json, thiserror, tokio and tracing. The `stream`
//! feature adds tokio-tungstenite (no TLS of its own), tokio-rustls, futures-util and
//! tokio-util.
#![warn(missing_docs)]

// Generated modules name the runtime by its crate name, so that the same generated text
// compiles here and in the fixture tests outside this crate.
extern crate self as generated_client;

// The runtime in layers, a folder per group of layers; each module imports only from layers
// below it (`tests/layers.rs` checks this, ARCHITECTURE.md draws it).
//
// base/     0-3: errors and what is retryable; encoding, signatures, transport, hooks, replies;
//           the token-provider trait; operation descriptions and the macros models expand into
// engine/   4-9: configuration, the sending engine, blocking, `Client`, `Call`, paginators
// tokens/   9-11: the caching rules providers share, and the providers that fetch tokens
//           through the engine
// testing/  11-12: the fake DingTalk (`test-util`) and the conformance replay (hidden feature);
//           the fake Stream gateway (`test-util` with `stream`)
// apis/     12: the generated modules
// payloads/ 13: what the pushed payloads of `push` offer by hand (a robot message's body,
//           sender, conversation; an event built from a Stream frame or an HTTP callback)
// robot/    13-14: entry points over a generated module (`RobotWebhook`); replies to robot
//           messages (sessionWebhook, file downloads, AI cards)
// receive/  15-20: what DingTalk pushes: HTTP callbacks (`callback`: errors, the event
//           envelope, robot signs, the receivers answering requests) and Stream mode
//           (`stream`: from frames at the edge up to `StreamClient`)
mod base;
mod engine;
mod testing;
mod tokens;

// Generated and formatted by the generator (prettyplease); rustfmt leaves it alone.
#[rustfmt::skip]
mod apis;

#[cfg(feature = "push")]
mod payloads;
mod robot;

pub mod receive;

/// Fakes of DingTalk for the tests of applications (feature `test-util`), on 127.0.0.1, each
/// stopped when dropped: [`FakeDingTalk`](test_util::FakeDingTalk) answers API calls as a test
/// expects and checks what was sent; with `stream` too,
/// [`FakeStreamGateway`](test_util::FakeStreamGateway) pushes robot messages, events and
/// callbacks to a [`StreamClient`](stream::StreamClient) and shows its ACKs and replies.
#[cfg(feature = "test-util")]
pub mod test_util {
    #[cfg(feature = "stream")]
    pub use crate::testing::stream_gateway::{
        ConnectionInfo, FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_WAIT, FakeStreamGateway,
        PushFrame, ReceivedAck, WaitTimedOut,
    };
    pub use crate::testing::test_util::{
        ExpectBuilder, FAKE_TOKEN, FakeDingTalk, Recorded, Reply, Unmet,
    };
}

/// DingTalk's Stream mode (feature `stream`): robot messages, events and callbacks pushed over
/// outbound websockets to async handlers. Start from [`StreamClient`](stream::StreamClient).
#[cfg(feature = "stream")]
pub mod stream {
    pub use crate::receive::stream::client::{
        DEFAULT_KEEPALIVE, DEFAULT_MAX_FRAME_BYTES, DEFAULT_MAX_IN_FLIGHT, StreamClient,
        StreamHandle,
    };
    pub use crate::receive::stream::error::StreamError;
    pub use crate::receive::stream::frame::Headers;
    pub use crate::receive::stream::handler::{
        CARD_CALLBACK_TOPIC, Context, EventStatus, FromEvent, GRAPH_TOPIC, HandlerError,
        ROBOT_DELEGATE_TOPIC, ROBOT_MESSAGE_TOPIC, RawPush,
    };
}

// Empty when no API module feature is on.
#[allow(unused_imports)]
pub use apis::*;
pub use base::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
pub use base::error::{
    BuildError, DecodeError, EXCERPT_LIMIT, Error, HttpError, OperationError, ServiceError,
    TimeoutError, TimeoutKind, TokenError, TransportError,
};
pub use base::hook::{Interceptor, RequestContext, ResponseContext};
pub use base::push::{Push, PushRoute};
pub use base::response::Response;
pub use base::retry::RetryPolicy;
pub use base::sign::SigningSecret;
pub use engine::call::Call;
pub use engine::client::Client;
pub use engine::config::{
    Config, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_OPERATION_TIMEOUT, DEFAULT_READ_TIMEOUT, LEGACY_BASE_URL,
};
pub use engine::options::CallOptions;
#[cfg(feature = "blocking")]
pub use engine::paginate::{BlockingItems, BlockingPages};
pub use engine::paginate::{Items, NoItems, Pages, Paginator, Paging};
/// The [`Stream`](futures_core::Stream) trait that paginators implement.
pub use futures_core;
#[cfg(feature = "push")]
pub use payloads::event::PayloadError;
#[cfg(feature = "push")]
pub use payloads::robot_message::{RobotConversation, RobotMessageBody, RobotSender};
/// Header types of replies and errors.
pub use reqwest::header;
#[cfg(all(feature = "push", feature = "card_1_0"))]
pub use robot::ai_card::{AiCard, AiCardOptions};
#[cfg(all(feature = "push", feature = "custom_robot"))]
pub use robot::reply::Reply;
#[cfg(all(
    feature = "push",
    any(feature = "custom_robot", feature = "robot_1_0", feature = "card_1_0")
))]
pub use robot::reply_error::ReplyError;
#[cfg(feature = "custom_robot")]
pub use robot::webhook::RobotWebhook;
pub use tokens::app_key::AppKeyTokens;
pub use tokens::isv::{IsvCorpTokens, SuiteTicket};
pub use tokens::legacy::{CorpTokens, LegacyAppTokens, SuiteTokens};
pub use tokens::user::UserTokens;

/// The runtime surface generated code refers to. Not for direct use: it may change with the
/// generator.
#[doc(hidden)]
pub mod rt {
    pub use crate::engine::call::Call;
    pub use crate::engine::client::Client;
    /// The conformance replay's runtime half.
    #[cfg(feature = "conformance")]
    pub mod conformance {
        pub use crate::testing::conformance::{Inputs, reply, unknown};
    }
    pub use crate::base::error::{OperationError, ServiceError};
    pub use crate::base::operation::{
        ErrorStyle, Method, Operation, RequestWriter, ResponseBody, Signature, WriteRequest,
    };
    pub use crate::base::push::{Push, PushRoute};
    pub use crate::base::serde_object::{
        Fields, JsonString, Object, deserialize, read_field, read_json_field,
    };
    pub use crate::engine::paginate::{NoItems, Paginator, Paging};
    pub use crate::{
        __impl_deserialize as impl_deserialize, __impl_operation_error as impl_operation_error,
        __impl_serialize as impl_serialize,
    };
    pub use serde;
    pub use serde_json;
    pub use std::collections::BTreeMap;
}
