//! Layers 15 and up: receiving what DingTalk pushes. `stream/` is Stream mode (one outbound
//! websocket per connection, feature `stream`).

#[cfg(feature = "stream")]
pub(crate) mod stream;
