//! Layers 11 and 12: what tests stand on. The fake DingTalk of the `test-util` feature, and the
//! conformance replay's half of the runtime (a hidden feature); above them the fake Stream
//! gateway (`test-util` with `stream`), which serves HTTP as the fake DingTalk does.

#[cfg(feature = "conformance")]
pub(crate) mod conformance;
#[cfg(all(feature = "test-util", feature = "stream"))]
pub(crate) mod stream_gateway;
#[cfg(feature = "test-util")]
pub(crate) mod test_util;
