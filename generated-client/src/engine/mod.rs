//! Layers 4 to 9: the sending engine and the handles users hold. Configuration and per-call
//! options; the body of a form whose files are read as they are sent; `send`, which turns an operation and its options into attempts; the blocking
//! runtime; `Client`; `Call`; paginators over calls.

// 4
pub(crate) mod config;
pub(crate) mod form_body;
pub(crate) mod options;
// 5
pub(crate) mod send;
// 6
#[cfg(feature = "blocking")]
pub(crate) mod blocking;
// 7
pub(crate) mod client;
// 8
pub(crate) mod call;
// 9
pub(crate) mod paginate;
