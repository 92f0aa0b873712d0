//! Forms on the wire: the legacy Python client's capture of `/media/upload`, the boundary of a
//! request taken out so that bodies compare byte for byte, and streams of chunks to send.

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use generated_client::futures_core::Stream;
use serde_json::Value;

/// The legacy client's capture (`tests/fixtures/legacy_media_upload.json`, written by
/// `xtask/legacy/capture_media_upload.py`).
pub fn capture() -> Value {
    let text = include_str!("../fixtures/legacy_media_upload.json");
    serde_json::from_str(text).unwrap()
}

pub fn decode(value: &Value) -> Vec<u8> {
    STANDARD.decode(value.as_str().unwrap()).unwrap()
}

/// A header of the capture's request.
pub fn captured_header(capture: &Value, name: &str) -> String {
    capture["request"]["headers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|pair| pair[0] == name)
        .map(|pair| pair[1].as_str().unwrap().to_owned())
        .unwrap()
}

/// The boundary of a `multipart/form-data` content type.
pub fn boundary_of(content_type: &str) -> &str {
    content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not a form: {content_type}"))
}

/// `bytes` with every `from` replaced by `to`.
pub fn replace(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i..].starts_with(from) {
            out.extend_from_slice(to);
            i += from.len();
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// A received form's body with its boundary (a fresh random one) written as `BOUNDARY`, after
/// checking that it is 32 hex digits.
pub fn normalised(request: &wiremock::Request) -> Vec<u8> {
    let content_type = request
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap();
    let boundary = boundary_of(content_type);
    assert_eq!(boundary.len(), 32, "{boundary}");
    assert!(
        boundary.bytes().all(|b| b.is_ascii_hexdigit()),
        "{boundary}"
    );
    replace(&request.body, boundary.as_bytes(), b"BOUNDARY")
}

/// A stream of chunks, each ready when polled: `Ok` bytes, or an error.
pub struct Chunks(pub VecDeque<Result<Vec<u8>, std::io::Error>>);

impl Chunks {
    /// `bytes` in chunks of `size`.
    pub fn of(bytes: &[u8], size: usize) -> Self {
        Chunks(bytes.chunks(size).map(|c| Ok(c.to_vec())).collect())
    }

    /// The chunks, then an error.
    pub fn failing_after(bytes: &[u8], size: usize, error: &str) -> Self {
        let mut chunks = Chunks::of(bytes, size);
        chunks
            .0
            .push_back(Err(std::io::Error::other(error.to_owned())));
        chunks
    }
}

impl Stream for Chunks {
    type Item = Result<Vec<u8>, std::io::Error>;

    fn poll_next(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(self.get_mut().0.pop_front())
    }
}
