//! Layer 11: what tests stand on. The fake DingTalk of the `test-util` feature, and the
//! conformance replay's half of the runtime (a hidden feature).

#[cfg(feature = "conformance")]
pub(crate) mod conformance;
#[cfg(feature = "test-util")]
pub mod test_util;
