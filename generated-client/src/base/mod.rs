//! Layers 0 to 3: what everything above is made of. Errors and what is retryable; percent
//! encoding, the robot signature, the transport, hooks, replies and retry policies; the
//! token-provider trait; the description of an operation that generated code hands over, and
//! the macros its models expand into.

// 0
pub(crate) mod classify;
// 1
pub(crate) mod error;
// 2
pub(crate) mod encode;
pub(crate) mod hook;
pub(crate) mod push;
pub(crate) mod response;
pub(crate) mod retry;
pub(crate) mod serde_object;
pub(crate) mod sign;
pub(crate) mod transport;
// 3
pub(crate) mod auth;
pub(crate) mod impls;
pub(crate) mod operation;
