//! Layers 14 and up: receiving what DingTalk pushes to an application.

#[cfg(feature = "callback")]
pub mod callback;
