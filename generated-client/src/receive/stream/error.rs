//! What can keep a stream client from starting, or a connection from opening. A failed
//! connection is logged and retried; only a client that cannot start at all returns one.

use crate::base::error::{Error, ServiceError};

/// Why a stream client cannot start, or why one attempt to connect failed (logged, then
/// retried with backoff). Never holds the client secret or the one-use ticket.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StreamError {
    /// No handler was registered, so there is nothing to subscribe to.
    #[error("no handler registered: subscribe to robot messages, events or a callback topic")]
    NoHandlers,
    /// Not called inside a tokio runtime.
    #[error("the stream client must be started inside a tokio runtime")]
    NoRuntime,
    /// The TLS configuration could not be built.
    #[error("TLS cannot be set up: {0}")]
    Tls(String),
    /// The open-connection request (`POST /v1.0/gateway/connections/open`) failed.
    #[error("opening a Stream connection failed: {0}")]
    Open(#[source] Error<ServiceError>),
    /// The gateway's answer to the open request is not usable (no endpoint or ticket, an
    /// endpoint of the wrong scheme).
    #[error("the gateway's answer is not usable: {0}")]
    Gateway(String),
    /// The websocket could not be opened.
    #[error("{0}")]
    Connect(String),
}
