//! Stream mode, bottom up: a frame's headers, JSON strings read and written by hand, backoff,
//! errors (15); frames and ACKs at the edge (16); the memory of recent pushes, handlers, the
//! websocket (17); the open request (18); one connection (19); the supervisor of a connection
//! slot (20); `StreamClient` and its handle (21).

// 15
pub(crate) mod backoff;
pub(crate) mod error;
pub(crate) mod headers;
pub(crate) mod json_text;
// 16
pub(crate) mod frame;
// 17
pub(crate) mod dedupe;
pub(crate) mod handler;
pub(crate) mod socket;
// 18
pub(crate) mod open;
// 19
pub(crate) mod connection;
// 20
pub(crate) mod supervisor;
// 21
pub(crate) mod client;
