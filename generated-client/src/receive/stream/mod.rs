//! Stream mode, bottom up: frames and ACKs at the edge, backoff, errors (14); the memory of
//! recent pushes, handlers, the websocket (15); the open request (16); one connection (17);
//! the supervisor of a connection slot (18); `StreamClient` and its handle (19).

// 14
pub(crate) mod backoff;
pub(crate) mod error;
pub(crate) mod frame;
// 15
pub(crate) mod dedupe;
pub(crate) mod handler;
pub(crate) mod socket;
// 16
pub(crate) mod open;
// 17
pub(crate) mod connection;
// 18
pub(crate) mod supervisor;
// 19
pub(crate) mod client;
