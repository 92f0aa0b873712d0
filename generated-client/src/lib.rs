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
//! # Pages
//!
//! An operation that pages has a paginator too (`query_task_pages`): a [`Paginator`] whose
//! pages and items are [`Stream`](futures_core::Stream)s (and iterators with `blocking`).
//!
//! # Tests
//!
//! With the `test-util` feature, `test_util::FakeDingTalk` is a fake DingTalk on 127.0.0.1 for
//! the tests of code that calls it: expectations per operation, checks of what was sent.
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
//! process-wide), futures-core, serde, serde_json, thiserror, tokio and tracing.
#![warn(missing_docs)]

// Generated modules name the runtime by its crate name, so that the same generated text
// compiles here and in the fixture tests outside this crate.
extern crate self as generated_client;

// The runtime in layers; each module imports only from layers below it (`tests/layers.rs`
// checks this, ARCHITECTURE.md draws it).
//
// 0. classify: what is worth trying again
// 1. error: every error, the token error included
// 2. encode, hook, response, retry, serde_object, sign, transport
// 3. operation (what generated code hands over), auth (tokens, the `TokenProvider` trait),
//    impls (the macros generated models and error enums expand into their trait impls)
// 4. config, options, token_cache (the caching rules token providers share)
// 5. send: the sending engine
// 6. blocking (the runtime of blocking calls)
// 7. client
// 8. call
// 9. app_key_tokens: a provider that makes calls through the engine; paginate: pages of calls
// 10. isv_tokens, legacy_tokens, user_tokens: providers fetching as app_key_tokens does
//     (its send_for_token); test_util: a fake
//     DingTalk for the tests of applications (`test-util` feature); conformance (hidden
//     feature): replaying the official SDK's recorded calls
// 11. the generated `apis`
// 12. robot: an entry point that picks operations of a generated module
mod classify;
mod error;

mod encode;
mod hook;
mod response;
mod retry;
mod serde_object;
mod sign;
mod transport;

mod auth;
mod impls;
mod operation;

mod config;
mod options;
mod token_cache;

mod send;

#[cfg(feature = "blocking")]
mod blocking;

mod client;

mod call;

mod app_key_tokens;
mod legacy_tokens;
mod paginate;

mod isv_tokens;
#[cfg(feature = "test-util")]
pub mod test_util;
mod user_tokens;

#[cfg(feature = "conformance")]
mod conformance;

// Generated and formatted by the generator (prettyplease); rustfmt leaves it alone.
#[rustfmt::skip]
mod apis;

// 12. robot: `RobotWebhook`, the entry point of the generated `custom_robot` module.
#[cfg(feature = "custom_robot")]
mod robot;

// Empty when no API module feature is on.
#[allow(unused_imports)]
pub use apis::*;
pub use app_key_tokens::AppKeyTokens;
pub use auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
pub use call::Call;
pub use client::Client;
pub use config::{
    Config, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_OPERATION_TIMEOUT, DEFAULT_READ_TIMEOUT, LEGACY_BASE_URL,
};
pub use error::{
    BuildError, DecodeError, EXCERPT_LIMIT, Error, HttpError, OperationError, ServiceError,
    TimeoutError, TimeoutKind, TokenError, TransportError,
};
/// The [`Stream`](futures_core::Stream) trait that paginators implement.
pub use futures_core;
pub use hook::{Interceptor, RequestContext, ResponseContext};
pub use isv_tokens::{IsvCorpTokens, SuiteTicket};
pub use legacy_tokens::{CorpTokens, LegacyAppTokens, SuiteTokens};
pub use options::CallOptions;
#[cfg(feature = "blocking")]
pub use paginate::{BlockingItems, BlockingPages};
pub use paginate::{Items, NoItems, Pages, Paginator, Paging};
/// Header types of replies and errors.
pub use reqwest::header;
pub use response::Response;
pub use retry::RetryPolicy;
#[cfg(feature = "custom_robot")]
pub use robot::RobotWebhook;
pub use sign::SigningSecret;
pub use user_tokens::UserTokens;

/// The runtime surface generated code refers to. Not for direct use: it may change with the
/// generator.
#[doc(hidden)]
pub mod rt {
    pub use crate::call::Call;
    pub use crate::client::Client;
    /// The conformance replay's runtime half.
    #[cfg(feature = "conformance")]
    pub mod conformance {
        pub use crate::conformance::{Inputs, reply, unknown};
    }
    pub use crate::error::{OperationError, ServiceError};
    pub use crate::operation::{
        ErrorStyle, Method, Operation, RequestWriter, ResponseBody, Signature, WriteRequest,
    };
    pub use crate::paginate::{NoItems, Paginator, Paging};
    pub use crate::serde_object::{
        Fields, JsonString, Object, deserialize, read_field, read_json_field,
    };
    pub use crate::{
        __impl_deserialize as impl_deserialize, __impl_operation_error as impl_operation_error,
        __impl_serialize as impl_serialize,
    };
    pub use serde;
    pub use serde_json;
    pub use std::collections::BTreeMap;
}
