//! Request signatures: the signing secret, and the `timestamp` and `sign` query parameters of
//! operations signed with `Signature::TimestampHmacSha256` (custom group robots).

use std::fmt;
use std::fmt::Display;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine as _;

/// The secret requests are signed with. Its `Debug` never shows the value.
#[derive(Clone, PartialEq, Eq)]
pub struct SigningSecret(Arc<str>);

impl SigningSecret {
    /// Wraps a secret, exactly as given (a robot's secret keeps its `SEC` prefix).
    pub fn new(secret: impl Into<String>) -> Self {
        SigningSecret(Arc::from(secret.into()))
    }
    /// The secret itself.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for SigningSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SigningSecret(<redacted>)")
    }
}

impl From<&str> for SigningSecret {
    fn from(secret: &str) -> Self {
        SigningSecret::new(secret)
    }
}

impl From<String> for SigningSecret {
    fn from(secret: String) -> Self {
        SigningSecret::new(secret)
    }
}

/// Milliseconds since the epoch, now: the clock of signatures, expiries and freshness windows
/// (0 on a clock set before 1970: a signature is then refused, which is the honest outcome).
pub(crate) fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// What both robot signatures cover (the outgoing group robot's and the one DingTalk puts on
/// robot callbacks): `"{timestamp}\n{secret}"`.
pub(crate) fn timestamp_message(timestamp: impl Display, secret: &str) -> String {
    format!("{timestamp}\n{secret}")
}

/// base64 of HMAC-SHA256 with `key` (the secret's UTF-8 bytes) over [`timestamp_message`].
pub(crate) fn sign_timestamp(
    key: &ring::hmac::Key,
    timestamp: impl Display,
    secret: &str,
) -> String {
    let tag = ring::hmac::sign(key, timestamp_message(timestamp, secret).as_bytes());
    base64::engine::general_purpose::STANDARD.encode(tag.as_ref())
}

/// The `sign` value for `timestamp` (not yet percent-encoded).
pub(crate) fn timestamp_hmac_sha256(secret: &SigningSecret, timestamp: i64) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.expose().as_bytes());
    sign_timestamp(&key, timestamp, secret.expose())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_test_vector() {
        let sign = timestamp_hmac_sha256(&SigningSecret::new("SECtest"), 1_700_000_000_000);
        assert_eq!(sign, "aZLLrriXgn05YbwaGR7knYsLeJADjr9NwLaNNKpxh4g=");
    }

    #[test]
    fn the_secret_never_shows_in_debug() {
        let text = format!("{:?}", SigningSecret::new("SECvery-secret"));
        assert!(!text.contains("very-secret"), "{text}");
    }
}
