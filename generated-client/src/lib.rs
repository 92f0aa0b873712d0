//! A typed client for the [DingTalk OpenAPI](https://open.dingtalk.com/document/): every
//! operation is a method, every request and reply a Rust type, every error table an enum.
//! Async on tokio, with optional blocking calls.
//!
//! Each API module is a cargo feature named after it (`full` enables all of them); the example
//! below calls `team_sphere_1_0`:
//!
//! ```toml
//! [dependencies]
//! generated-client = { version = "0.1", features = ["team_sphere_1_0"] }
//! # add "blocking" to the features for `send_blocking()`
//! tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
//! ```
//!
//! # Finding an operation
//!
//! Search these docs for the path as DingTalk's page writes it (`/v1.0/contact/users/{unionId}`,
//! or `GET /v1.0/contact/users/{unionId}`), for DingTalk's action name (`GetUser`), or for a
//! module's path segment or product name (`aiPaaS`); [`operations`] lists every operation with
//! its method, path, summary, Rust method and module feature.
//!
//! # A call
//!
//! Build one [`Client`] from a [`Config`] and reuse it; it is a cheap handle to clone. Each API
//! module is a method on the client (`client.team_sphere_1_0()`), each operation a method on
//! that. Required fields are named in a struct the request's constructor takes
//! (`CreateTaskRequest::new(CreateTaskRequired { .. })`), the rest are optional setters. A call
//! is sent by `.await`; per-call options (`.access_token(..)`, `.header(..)`, time-outs,
//! `.retry(..)`) come before it.
//!
//! ```no_run
//! use generated_client::team_sphere_1_0::{CreateTaskError, CreateTaskRequest, CreateTaskRequired};
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
//!     // Required fields are named; the rest are optional setters.
//!     let request = CreateTaskRequest::new(CreateTaskRequired {
//!         content: "任务标题".into(),
//!         project_id: "62c25e3b376exxxxxx".into(),
//!     })
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
//! `tokio::task::spawn_blocking` included). Blocking calls have connections of their own, so a
//! blocking call made on the thread of a current-thread runtime never waits for a connection
//! that runtime drives.
//!
//! # Tokens
//!
//! Either a fixed token ([`Config::access_token`]) or a [`TokenProvider`]:
//! [`AppKeyTokens`] fetches tokens with the app key and secret, caches them and refreshes them
//! ahead of expiry; [`IsvCorpTokens`] does the same for third-party apps (suite key, secret,
//! ticket) and [`UserTokens`] for a user's token (login code, then refresh tokens). A token DingTalk refuses is fetched again once and the call repeated. An
//! operation that needs a token is never sent without one: that is an [`Error::Token`].
//!
//! What must outlive the process goes to a [`Persist`] (a closure will do) each time it
//! changes: [`UserTokens::persist_refresh_token`] gets every rotated refresh token, even with
//! the provider inside a client, and [`UserTokens::from_refresh_token`] starts the next process
//! from the saved one; [`SuiteTicket::persist`] and [`SuiteTokens::persist_suite_ticket`] get
//! each new suite ticket.
//!
//! # Many companies and users, one client
//!
//! One [`Client`] (one connection pool, one configuration) serves every company and user:
//! [`Client::with_token_provider`] gives a handle, as cheap as a clone, whose calls carry the
//! tokens of that provider; `.token_provider(..)` does the same for one call. A third-party
//! app keeps a handle per company that installed it:
//!
//! ```no_run
//! use std::collections::HashMap;
//! use generated_client::team_sphere_1_0::{SearchAllTasksByTqlRequest, SearchAllTasksByTqlRequired};
//! use generated_client::{Client, Config, IsvCorpTokens, SuiteTicket};
//!
//! # async fn serve() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::from_config(Config::new())?;
//! // The last ticket DingTalk pushed; `ticket.set(..)` when the next one comes.
//! let ticket = SuiteTicket::new("<suite ticket>");
//! let mut companies: HashMap<String, Client> = HashMap::new();
//! for corp_id in ["<corp A>", "<corp B>"] {
//!     let tokens = IsvCorpTokens::new("<suite key>", "<suite secret>", corp_id, ticket.clone());
//!     companies.insert(corp_id.to_owned(), client.with_token_provider(tokens));
//! }
//! // A request for company A goes with company A's token, over the shared connections.
//! let request = SearchAllTasksByTqlRequest::new(SearchAllTasksByTqlRequired {
//!     user_id: "<user id>".into(),
//! });
//! let tasks = companies["<corp A>"].team_sphere_1_0().search_all_tasks_by_tql(&request).await?;
//! # let _ = tasks;
//! # Ok(())
//! # }
//! ```
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
//! An operation that pages (by a token, a page number or an offset) has a paginator too
//! (`query_task_pages`): a [`Paginator`] whose pages and items read in a plain loop,
//! `while let Some(page) = pages.try_next().await? { .. }`, or gather with
//! [`Items::collect_up_to`]; they are [`Stream`](futures_core::Stream)s as well (and
//! iterators with `blocking`). Each reply is read once.
//!
//! # Files
//!
//! `oapi_media` uploads a file (`/media/upload`, a `multipart/form-data` body) from a
//! [`FilePart`] and returns its `media_id`, which image, voice and file work notifications
//! (`oapi_message`) and robot messages (`robot_1_0`: `sampleImageMsg`, `sampleAudio`,
//! `sampleFile`) carry. A part holds bytes, a file on disk (opened again by each attempt) or a
//! stream or reader (read once, as it is sent: a call is not retried once it has read from it);
//! the body has a `Content-Length` when every length is known, and is sent chunked otherwise.
//!
//! # Tests
//!
//! With the `test-util` feature, `test_util::FakeDingTalk` is a fake DingTalk on 127.0.0.1 for
//! the tests of code that calls it, served from a thread of its own (plain `#[test]` functions
//! and blocking calls work): an expectation names the call through the generated API
//! (`fake.expect(|c| c.team_sphere_1_0().create_task("u", &request))`, so a typo does not
//! compile), answers with the operation's reply type or a [`ServiceError`], counts, and what
//! was not met is reported when the fake is dropped, with what differed; secrets are never
//! shown. With
//! `stream` too, `test_util::FakeStreamGateway` is a fake Stream gateway that pushes robot
//! messages, events and callbacks to a bot and shows its ACKs and `sessionWebhook` replies.
//!
//! # Errors
//!
//! Every failure is an [`Error`], generic over the operation's own error type: `Service` for
//! DingTalk's error replies (for an operation with an error table, an enum with one variant
//! per code of it and `Unhandled`; for the others, the [`ServiceError`] as sent), then `Http`,
//! `Decode`, `Timeout`, `Transport`, `Build` and `Token`.
//! [`Error::code`], [`Error::request_id`], [`Error::status`] and [`Error::is_retryable`] work
//! on all of them, and no error's text grows past a few KiB whatever the server sent. Errors
//! and replies can be built in tests: [`ServiceError::new`], [`Response::new`]. A
//! [`BuildError`] becomes an `Error` with `?`, and an error returned from `main` (directly or
//! boxed) prints readable fields, not an HTTP library's internals.
//!
//! # Examples
//!
//! `examples/` holds programs to start from, each run by `cargo test` against a loopback
//! server: `app_tokens`, `isv_companies` (several companies on one client), `user_tokens`
//! (refresh tokens kept in a file across restarts), `paging`, `blocking`, `test_with_fake` (an
//! application's tests with the fake DingTalk), `create_task` and `robot_webhook`.
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
// Every `unsafe` block says why it is sound (there is one: a SIMD load in the Stream reader).
#![warn(clippy::undocumented_unsafe_blocks)]
// docs.rs (`--cfg docsrs`, nightly) notes which feature enables each item.
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated modules name the runtime by its crate name, so that the same generated text
// compiles here and in the fixture tests outside this crate.
extern crate self as generated_client;

// The runtime in layers, a folder per group of layers; each module imports only from layers
// below it (`tests/layers.rs` checks this, ARCHITECTURE.md draws it).
//
// base/     0-3: errors and what is retryable; encoding, multipart forms, signatures, transport,
//           hooks, replies; the pushed payloads' trait; the token-provider trait; operation
//           descriptions and the macros models expand into
// engine/   4-9: configuration, the body of a form with streamed files, the sending engine,
//           blocking, `Client`, `Call`, paginators
// tokens/   9-11: the caching rules providers share, where they persist values that outlive the
//           process, and the providers that fetch tokens through the engine
// testing/  11-12: the fake DingTalk (`test-util`) and the conformance replay (hidden feature);
//           the fake Stream gateway (`test-util` with `stream`)
// apis/     12: the generated modules
// payloads/ 13: what the pushed payloads of `push` offer by hand (a robot message's body,
//           sender, conversation; an event built from a Stream frame or an HTTP callback)
// robot/    13-14: entry points over a generated module (`RobotWebhook`); replies to robot
//           messages (sessionWebhook, file downloads, AI cards)
// receive/  15-22: what DingTalk pushes: HTTP callbacks (`callback`: errors, the event
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
    pub use crate::testing::test_util::{Expect, FAKE_TOKEN, FakeDingTalk, Recorded, Unmet};
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
    pub use crate::receive::stream::handler::{
        CARD_CALLBACK_TOPIC, Context, EventStatus, FromEvent, GRAPH_TOPIC, HandlerError,
        ROBOT_DELEGATE_TOPIC, ROBOT_MESSAGE_TOPIC, RawPush,
    };
    pub use crate::receive::stream::headers::{Headers, HeadersIter};
}

// Each API module re-exported by name behind its feature (so that a module whose feature is
// off is reported with the feature to enable), and the `operations` index page.
include!("apis/exports.rs");
pub use base::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
pub use base::error::{
    BuildError, DecodeError, EXCERPT_LIMIT, Error, HttpError, OperationError, ServiceError,
    TimeoutError, TimeoutKind, TokenError, TransportError,
};
pub use base::hook::{Interceptor, RequestContext, ResponseContext};
pub use base::multipart::FilePart;
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
pub use engine::paginate::{Items, NoItems, PageMode, Pages, Paginator, Paging};
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
pub use tokens::persist::Persist;
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
    pub use crate::base::multipart::FilePart;
    pub use crate::base::operation::{
        ErrorStyle, Method, Operation, RequestWriter, ResponseBody, Signature, WriteRequest,
    };
    pub use crate::base::push::{Push, PushRoute};
    pub use crate::base::serde_object::{
        Fields, JsonString, Object, deserialize, read_field, read_json_field,
    };
    pub use crate::engine::paginate::{NoItems, PageMode, Paginator, Paging};
    pub use crate::{
        __impl_deserialize as impl_deserialize, __impl_operation_error as impl_operation_error,
        __impl_serialize as impl_serialize,
    };
    pub use serde;
    pub use serde_json;
    pub use std::collections::BTreeMap;
}
