#![doc = include_str!("../../README.md")]
#![warn(missing_docs)]

// Generated modules name the runtime by its crate name, so that the same generated text
// compiles here and in the fixture tests outside this crate.
extern crate self as generated_client;

// Generated and formatted by the generator (prettyplease); rustfmt leaves it alone.
#[rustfmt::skip]
mod apis;
#[cfg(feature = "blocking")]
mod blocking;
mod call;
mod client;
mod config;
mod encode;
mod error;
mod hook;
mod operation;
mod options;
mod response;
mod retry;
mod send;
mod serde_object;
mod token;

pub use apis::*;
pub use call::Call;
pub use client::Client;
pub use config::{
    AccessToken, Config, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_READ_TIMEOUT,
};
pub use error::{
    BuildError, DecodeError, EXCERPT_LIMIT, Error, HttpError, OperationError, ServiceError,
    TimeoutError, TimeoutKind, TransportError,
};
pub use hook::{Interceptor, RequestContext, ResponseContext};
pub use options::CallOptions;
/// Header types of replies and errors.
pub use reqwest::header;
pub use response::Response;
pub use retry::RetryPolicy;
pub use token::{AppKeyTokens, TokenError, TokenFuture, TokenProvider};

/// The runtime surface generated code refers to. Not for direct use: it may change with the
/// generator.
#[doc(hidden)]
pub mod rt {
    pub use crate::call::Call;
    pub use crate::client::Client;
    pub use crate::error::{OperationError, ServiceError};
    pub use crate::operation::{Method, Operation, RequestWriter, ResponseBody, WriteRequest};
    pub use crate::serde_object::{Fields, JsonString, Object, deserialize};
    pub use serde;
    pub use serde_json;
    pub use std::collections::BTreeMap;
}
