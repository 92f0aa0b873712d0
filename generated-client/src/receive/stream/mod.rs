//! Stream mode, bottom up: a frame's headers, JSON strings read and written by hand, backoff,
//! errors (15); a JSON document read where it lies escaped in a string (16); frames and ACKs
//! at the edge (17); the memory of recent pushes, handlers, the websocket (18); the open
//! request (19); one connection (20); the supervisor of a connection slot (21); `StreamClient`
//! and its handle (22).

// 15
pub(crate) mod backoff;
pub(crate) mod error;
pub(crate) mod headers;
pub(crate) mod json_text;
// 16
pub(crate) mod escaped_json;
// 17
pub(crate) mod frame;
// 18
pub(crate) mod dedupe;
pub(crate) mod handler;
pub(crate) mod socket;
// 19
pub(crate) mod open;
// 20
pub(crate) mod connection;
// 21
pub(crate) mod supervisor;
// 22
pub(crate) mod client;
