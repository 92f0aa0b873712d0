//! Layers 9 to 11: the token providers that fetch from DingTalk through the engine, and the
//! caching rules they share (refresh ahead of expiry, one fetch at a time).

// 9
pub(crate) mod cache;
pub(crate) mod persist;
// 10
pub(crate) mod app_key;
// 11: these fetch as `app_key` does (its `send_for_token`)
pub(crate) mod isv;
pub(crate) mod legacy;
pub(crate) mod user;
