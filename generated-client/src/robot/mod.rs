//! Layer 13: entry points written by hand over a generated module.

#[cfg(feature = "custom_robot")]
pub(crate) mod webhook;
