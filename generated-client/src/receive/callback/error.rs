//! [`CallbackError`]: every way an HTTP callback from DingTalk can be refused, each naming what
//! failed and the HTTP status it is answered with. No variant holds a key, a token or a secret.

use std::time::Duration;

/// Why an HTTP callback (an encrypted event or a signed robot message) was refused, or why an
/// envelope could not be built. Every variant is answered with a 4xx ([`status`](Self::status));
/// none carries a key, token or secret, so its text can be logged as it is.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackError {
    /// The AES key (EncodingAESKey) is not 43 characters of `A-Z a-z 0-9` decoding to 32 bytes.
    #[error("the AES key is not usable: {reason}")]
    AesKey {
        /// What is wrong with it (never its value).
        reason: &'static str,
    },
    /// A query parameter, header or body field the callback needs is absent.
    #[error("the callback has no `{name}`")]
    Missing {
        /// The parameter, header or field (the first spelling when DingTalk uses two).
        name: &'static str,
    },
    /// A query parameter or header is present but malformed.
    #[error("the callback's `{name}` is malformed: {reason}")]
    Malformed {
        /// The parameter, header or field.
        name: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The event's `msg_signature` is not the SHA-1 of token, timestamp, nonce and ciphertext:
    /// the request is not from DingTalk, or the token is not this app's.
    #[error("the event signature does not match (wrong token, or not sent by DingTalk)")]
    Signature,
    /// The robot's `sign` header is not the HMAC of its timestamp with the app secret.
    #[error("the robot sign does not match (wrong app secret, or not sent by DingTalk)")]
    RobotSign,
    /// The timestamp is further from now than the allowed window, either way.
    #[error("the timestamp {timestamp} ms is more than {window:?} from now ({now} ms)")]
    Stale {
        /// The timestamp received, in milliseconds since the epoch.
        timestamp: i64,
        /// Now, in milliseconds since the epoch.
        now: i64,
        /// The window allowed on either side of now.
        window: Duration,
    },
    /// A field that must be standard base64 is not.
    #[error("the callback's `{name}` is not base64")]
    Base64 {
        /// The field (`encrypt`, `sign`).
        name: &'static str,
    },
    /// The ciphertext is not a whole number of AES blocks.
    #[error("the ciphertext is {len} bytes, not a positive multiple of 16")]
    CiphertextLength {
        /// Its length once base64-decoded.
        len: usize,
    },
    /// The decrypted text does not end in 1 to 32 bytes each holding the padding length.
    #[error("the decrypted message has bad padding (last byte {last})")]
    Padding {
        /// The last byte of the decrypted text.
        last: u8,
    },
    /// The decrypted text is not `random(16) ‖ length(4) ‖ message ‖ owner key`.
    #[error("the decrypted message is malformed: {reason}")]
    Layout {
        /// What does not fit.
        reason: &'static str,
    },
    /// The decrypted message was sealed for another owner (corp id, app key or suite key).
    #[error("the message is addressed to owner key {found:?}, not this app's")]
    OwnerKey {
        /// The owner key found in the message (at most 64 characters of it).
        found: String,
    },
    /// The decrypted message is not UTF-8 text.
    #[error("the decrypted message is not UTF-8")]
    Utf8,
    /// The body is larger than the receiver accepts.
    #[error("the body is larger than {limit} bytes")]
    BodyTooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// The body (or the decrypted message) is not the JSON it should be.
    #[error("the {what} is not valid: {cause}")]
    Json {
        /// What was being read (`body`, `event`, `robot message`).
        what: &'static str,
        /// serde's account of it (cut to 200 characters).
        cause: String,
    },
    /// DingTalk sends callbacks with `POST` only.
    #[error("method {method} is not allowed; callbacks are POST")]
    Method {
        /// The method received.
        method: String,
    },
    /// A message to encrypt is longer than the envelope's 4-byte length can say.
    #[error("the message is {len} bytes, more than the envelope can carry")]
    MessageTooLong {
        /// Its length.
        len: usize,
    },
    /// The system's random number generator failed.
    #[error("no random bytes available for the reply")]
    Random,
}

impl CallbackError {
    /// The HTTP status to answer the callback with: 401 for a signature, sign or timestamp that
    /// does not verify, 403 for another owner's message, 405 for a method other than POST, 413
    /// for a body over the limit, 500 when no random bytes were available, 400 for the rest.
    pub fn status(&self) -> u16 {
        match self {
            CallbackError::Signature | CallbackError::RobotSign | CallbackError::Stale { .. } => {
                401
            }
            CallbackError::OwnerKey { .. } => 403,
            CallbackError::Method { .. } => 405,
            CallbackError::BodyTooLarge { .. } => 413,
            CallbackError::Random => 500,
            _ => 400,
        }
    }

    /// A JSON error, its text cut to 200 characters (serde's text may quote what it read).
    pub(crate) fn json(what: &'static str, error: &serde_json::Error) -> Self {
        CallbackError::Json {
            what,
            cause: truncate(&error.to_string(), 200),
        }
    }
}

/// `text`, cut to at most `max` characters.
pub(crate) fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}...", &text[..at]),
        None => text.to_owned(),
    }
}
