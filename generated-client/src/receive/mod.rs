//! Layers 15 and up: receiving what DingTalk pushes to an application. `callback/` is HTTP
//! callbacks (feature `callback`); `stream/` is Stream mode, one outbound websocket per
//! connection (feature `stream`).

#[cfg(feature = "callback")]
pub mod callback;
#[cfg(feature = "stream")]
pub(crate) mod stream;
