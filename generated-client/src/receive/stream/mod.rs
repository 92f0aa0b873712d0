//! Stream mode, bottom up: frames and ACKs at the edge, backoff, errors (15); the memory of
//! recent pushes, handlers, the websocket (16); the open request (17); one connection (18);
//! the supervisor of a connection slot (19); `StreamClient` and its handle (20).

// 15
pub(crate) mod backoff;
pub(crate) mod error;
pub(crate) mod frame;
// 16
pub(crate) mod dedupe;
pub(crate) mod handler;
pub(crate) mod socket;
// 17
pub(crate) mod open;
// 18
pub(crate) mod connection;
// 19
pub(crate) mod supervisor;
// 20
pub(crate) mod client;
