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
//! ahead of expiry. A token DingTalk refuses is fetched again once and the call repeated. An
//! operation that needs a token is never sent without one: that is an [`Error::Token`].
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
//! process-wide), serde, serde_json, thiserror, tokio and tracing.
#![warn(missing_docs)]

// Generated modules name the runtime by its crate name, so that the same generated text
// compiles here and in the fixture tests outside this crate.
extern crate self as generated_client;

// The runtime in layers; each module imports only from layers below it (`tests/layers.rs`
// checks this, ARCHITECTURE.md draws it).
//
// 0. classify: what is worth trying again
// 1. error: every error, the token error included
// 2. encode, hook, response, retry, serde_object, transport
// 3. operation (what generated code hands over), auth (tokens, the `TokenProvider` trait)
// 4. config, options
// 5. send: the sending engine
// 6. blocking (the runtime of blocking calls)
// 7. client
// 8. call
// 9. app_key_tokens: a provider that makes calls through the engine
// 10. conformance (hidden feature): replaying the official SDK's recorded calls
// and above all of them, the generated `apis`.
mod classify;
mod error;

mod encode;
mod hook;
mod response;
mod retry;
mod serde_object;
mod transport;

mod auth;
mod operation;

mod config;
mod options;

mod send;

#[cfg(feature = "blocking")]
mod blocking;

mod client;

mod call;

mod app_key_tokens;

#[cfg(feature = "conformance")]
mod conformance;

// Generated and formatted by the generator (prettyplease); rustfmt leaves it alone.
#[rustfmt::skip]
mod apis;

pub use apis::*;
pub use app_key_tokens::AppKeyTokens;
pub use auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
pub use call::Call;
pub use client::Client;
pub use config::{
    Config, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_OPERATION_TIMEOUT, DEFAULT_READ_TIMEOUT,
};
pub use error::{
    BuildError, DecodeError, EXCERPT_LIMIT, Error, HttpError, OperationError, ServiceError,
    TimeoutError, TimeoutKind, TokenError, TransportError,
};
pub use hook::{Interceptor, RequestContext, ResponseContext};
pub use options::CallOptions;
/// Header types of replies and errors.
pub use reqwest::header;
pub use response::Response;
pub use retry::RetryPolicy;

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
    pub use crate::operation::{Method, Operation, RequestWriter, ResponseBody, WriteRequest};
    pub use crate::serde_object::{Fields, JsonString, Object, deserialize};
    pub use serde;
    pub use serde_json;
    pub use std::collections::BTreeMap;
}
