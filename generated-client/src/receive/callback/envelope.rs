//! [`EventCrypto`]: the AES envelope of DingTalk's HTTP event callbacks. A callback is
//! `POST url?msg_signature=&timestamp=&nonce=` with `{"encrypt": "<base64>"}`; the signature is
//! the SHA-1 of the sorted token, timestamp, nonce and ciphertext, checked before anything is
//! decrypted; the ciphertext is AES-256-CBC (key from the 43-character EncodingAESKey, IV its
//! first 16 bytes) of `random(16) ‖ length(4, big-endian) ‖ message ‖ owner key`, padded to 32
//! bytes. The answer is the same envelope around `success`.

use std::fmt;
use std::time::Duration;

use aes::Aes256;
use base64::Engine as _;
use base64::engine::{GeneralPurpose, GeneralPurposeConfig};
use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use ring::digest;
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};
use serde::Serialize;

use crate::base::sign::now_millis;
use crate::receive::callback::error::{CallbackError, truncate};

/// The padding block of the envelope: 32 bytes, as DingTalk's own classes pad (not AES's 16).
const PAD_BLOCK: usize = 32;
/// The random prefix and the length that precede the message.
const HEADER: usize = 16 + 4;

/// Base64 as DingTalk's Java classes read it: standard alphabet, padding as written, and the
/// unused low bits of the last character ignored. The 43-character key ends in a character
/// whose four low bits encode nothing and are rarely zero, so a strict decoder refuses most
/// real keys.
const LENIENT_BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
);

/// The 32-byte AES key of an event subscription, from the 43-character EncodingAESKey the
/// developer console shows. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct AesKey([u8; 32]);

impl AesKey {
    /// Reads the EncodingAESKey: exactly 43 characters of `A-Z a-z 0-9`, base64 of 32 bytes.
    pub fn parse(encoding_aes_key: &str) -> Result<Self, CallbackError> {
        let text = encoding_aes_key.trim();
        if text.len() != 43 {
            return Err(CallbackError::AesKey {
                reason: "it must be exactly 43 characters",
            });
        }
        if !text.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(CallbackError::AesKey {
                reason: "it must hold only A-Z, a-z and 0-9",
            });
        }
        let mut padded = String::with_capacity(44);
        padded.push_str(text);
        padded.push('=');
        let bytes =
            LENIENT_BASE64
                .decode(padded.as_bytes())
                .map_err(|_| CallbackError::AesKey {
                    reason: "it is not base64",
                })?;
        let key: [u8; 32] = bytes.try_into().map_err(|_| CallbackError::AesKey {
            reason: "it does not decode to 32 bytes",
        })?;
        Ok(AesKey(key))
    }

    fn iv(&self) -> [u8; 16] {
        let mut iv = [0; 16];
        iv.copy_from_slice(&self.0[..16]);
        iv
    }
}

impl fmt::Debug for AesKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AesKey(<redacted>)")
    }
}

/// The signature parameters of an event callback's URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventQuery {
    /// `msg_signature` (or `signature`): lowercase hex SHA-1.
    pub signature: String,
    /// `timestamp` (or `timeStamp`): milliseconds since the epoch, as text.
    pub timestamp: String,
    /// `nonce`.
    pub nonce: String,
}

impl EventQuery {
    /// Reads a URL's query string (without `?`). DingTalk spells two of the names two ways
    /// (`msg_signature` or `signature`, `timestamp` or `timeStamp`); both are read, and a name
    /// given twice keeps its first value.
    pub fn parse(query: &str) -> Result<Self, CallbackError> {
        let (mut signature, mut timestamp, mut nonce) = (None, None, None);
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match name.as_ref() {
                "msg_signature" | "signature" => &mut signature,
                "timestamp" | "timeStamp" => &mut timestamp,
                "nonce" => &mut nonce,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value.into_owned());
            }
        }
        Ok(EventQuery {
            signature: signature.ok_or(CallbackError::Missing {
                name: "msg_signature",
            })?,
            timestamp: timestamp.ok_or(CallbackError::Missing { name: "timestamp" })?,
            nonce: nonce.ok_or(CallbackError::Missing { name: "nonce" })?,
        })
    }
}

/// The JSON answer to an event callback: `{"msg_signature","timeStamp","nonce","encrypt"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EncryptedReply {
    /// The signature of the other three fields with the token.
    pub msg_signature: String,
    /// Milliseconds since the epoch, as text.
    #[serde(rename = "timeStamp")]
    pub time_stamp: String,
    /// A random string.
    pub nonce: String,
    /// The encrypted message (base64).
    pub encrypt: String,
}

/// The envelope of one event subscription: its token, its AES key and its owner key (the app
/// key of an internal app, the corp id of a company's legacy callback, the suite key of a
/// third-party app). Verifies, opens and seals messages; `Debug` shows only the owner key.
///
/// Events have no freshness window by default: DingTalk's own classes check none, DingTalk
/// retries a failed delivery later with its original timestamp, and a replayed callback can
/// only repeat what DingTalk already sent. [`max_age`](Self::max_age) adds one.
///
/// ```
/// use generated_client::receive::callback::{EventCrypto, EventQuery};
///
/// let crypto = EventCrypto::new("mryue", "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7", "ding6ccabc44d2c8d38b")?;
/// let query = EventQuery::parse(
///     "msg_signature=03044561471240d4a14bb09372dfcfd4fd0e40cb&timestamp=1608001896814&nonce=WL4PK6yA",
/// )?;
/// let encrypt = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";
/// assert_eq!(crypto.open(&query, encrypt)?, r#"{"EventType":"check_url"}"#);
/// let reply = crypto.seal("success", "1608001896814", "WL4PK6yA")?; // the answer's fields
/// assert_eq!(crypto.decrypt(&reply.encrypt)?, "success");
/// # Ok::<(), generated_client::receive::callback::CallbackError>(())
/// ```
pub struct EventCrypto {
    token: String,
    key: AesKey,
    owner_key: String,
    max_age: Option<Duration>,
    /// Compares signatures in constant time: both sides are MACed with this per-process key
    /// and ring's `verify` compares the tags.
    compare_key: hmac::Key,
    random: SystemRandom,
}

impl EventCrypto {
    /// The envelope for `token`, `encoding_aes_key` (43 characters) and `owner_key`, as the
    /// developer console shows them. A key that is not 43 base64 characters is refused here.
    pub fn new(
        token: impl Into<String>,
        encoding_aes_key: &str,
        owner_key: impl Into<String>,
    ) -> Result<Self, CallbackError> {
        let random = SystemRandom::new();
        let compare_key =
            hmac::Key::generate(hmac::HMAC_SHA256, &random).map_err(|_| CallbackError::Random)?;
        Ok(EventCrypto {
            token: token.into(),
            key: AesKey::parse(encoding_aes_key)?,
            owner_key: owner_key.into(),
            max_age: None,
            compare_key,
            random,
        })
    }

    /// Refuses events whose timestamp is more than `window` from now, either way (none by
    /// default). DingTalk retries failed deliveries with their original timestamp, so a window
    /// shorter than its retry schedule (hours) loses events.
    pub fn max_age(mut self, window: Duration) -> Self {
        self.max_age = Some(window);
        self
    }

    /// The owner key messages must carry.
    pub fn owner_key(&self) -> &str {
        &self.owner_key
    }

    /// The signature of a message: lowercase hex SHA-1 of token, timestamp, nonce and
    /// ciphertext, sorted bytewise and concatenated.
    pub fn signature(&self, timestamp: &str, nonce: &str, encrypt: &str) -> String {
        let mut parts = [self.token.as_str(), timestamp, nonce, encrypt];
        parts.sort_unstable();
        let mut context = digest::Context::new(&digest::SHA1_FOR_LEGACY_USE_ONLY);
        for part in parts {
            context.update(part.as_bytes());
        }
        hex(context.finish().as_ref())
    }

    /// Checks `signature` (hex, either case) against the message's own, in constant time.
    pub fn verify(
        &self,
        signature: &str,
        timestamp: &str,
        nonce: &str,
        encrypt: &str,
    ) -> Result<(), CallbackError> {
        let expected = self.signature(timestamp, nonce, encrypt);
        let tag = hmac::sign(&self.compare_key, expected.as_bytes());
        let given = signature.trim().to_ascii_lowercase();
        hmac::verify(&self.compare_key, given.as_bytes(), tag.as_ref())
            .map_err(|_| CallbackError::Signature)
    }

    /// Verifies the callback (signature, then the freshness window if one is set, against the
    /// system clock) and only then decrypts it.
    pub fn open(&self, query: &EventQuery, encrypt: &str) -> Result<String, CallbackError> {
        self.open_at(query, encrypt, now_millis())
    }

    /// [`open`](Self::open) with `now` (milliseconds since the epoch) given.
    pub fn open_at(
        &self,
        query: &EventQuery,
        encrypt: &str,
        now: i64,
    ) -> Result<String, CallbackError> {
        self.verify(&query.signature, &query.timestamp, &query.nonce, encrypt)?;
        if let Some(window) = self.max_age {
            check_window(&query.timestamp, "timestamp", now, window)?;
        }
        self.decrypt(encrypt)
    }

    /// Decrypts a ciphertext and checks its layout and owner key. It does not verify the
    /// signature: [`open`](Self::open) does both.
    pub fn decrypt(&self, encrypt: &str) -> Result<String, CallbackError> {
        let mut data = base64::engine::general_purpose::STANDARD
            .decode(encrypt.trim().as_bytes())
            .map_err(|_| CallbackError::Base64 { name: "encrypt" })?;
        let len = data.len();
        if len == 0 || len % 16 != 0 {
            return Err(CallbackError::CiphertextLength { len });
        }
        let plain = cbc::Decryptor::<Aes256>::new(&self.key.0.into(), &self.key.iv().into())
            .decrypt_padded_mut::<NoPadding>(&mut data)
            .map_err(|_| CallbackError::CiphertextLength { len })?;
        let plain = unpad(plain)?;
        if plain.len() < HEADER {
            return Err(CallbackError::Layout {
                reason: "shorter than the random prefix and the length",
            });
        }
        let mut length = [0; 4];
        length.copy_from_slice(&plain[16..HEADER]);
        let length = u32::from_be_bytes(length) as usize;
        let rest = &plain[HEADER..];
        if length > rest.len() {
            return Err(CallbackError::Layout {
                reason: "the length is longer than what follows it",
            });
        }
        let (message, owner) = rest.split_at(length);
        if owner != self.owner_key.as_bytes() {
            return Err(CallbackError::OwnerKey {
                found: truncate(&String::from_utf8_lossy(owner), 64),
            });
        }
        String::from_utf8(message.to_vec()).map_err(|_| CallbackError::Utf8)
    }

    /// Encrypts `message` behind 16 random alphanumeric characters.
    pub fn encrypt(&self, message: &str) -> Result<String, CallbackError> {
        let random = self.alphanumeric::<16>()?;
        self.encrypt_with_random(message, &random)
    }

    /// Encrypts `message` behind the given 16 bytes (for reproducible tests; use
    /// [`encrypt`](Self::encrypt) otherwise).
    pub fn encrypt_with_random(
        &self,
        message: &str,
        random: &[u8; 16],
    ) -> Result<String, CallbackError> {
        let length = u32::try_from(message.len())
            .map_err(|_| CallbackError::MessageTooLong { len: message.len() })?;
        let unpadded = HEADER + message.len() + self.owner_key.len();
        let pad = PAD_BLOCK - unpadded % PAD_BLOCK;
        let mut data = Vec::with_capacity(unpadded + pad);
        data.extend_from_slice(random);
        data.extend_from_slice(&length.to_be_bytes());
        data.extend_from_slice(message.as_bytes());
        data.extend_from_slice(self.owner_key.as_bytes());
        // `pad` is 1..=32, so it fits a byte.
        data.resize(unpadded + pad, pad as u8);
        let sealed = cbc::Encryptor::<Aes256>::new(&self.key.0.into(), &self.key.iv().into())
            .encrypt_padded_mut::<NoPadding>(&mut data, unpadded + pad)
            .map_err(|_| CallbackError::MessageTooLong { len: message.len() })?;
        Ok(base64::engine::general_purpose::STANDARD.encode(sealed))
    }

    /// The answer's four fields around `message`, with this timestamp and nonce.
    pub fn seal(
        &self,
        message: &str,
        timestamp: &str,
        nonce: &str,
    ) -> Result<EncryptedReply, CallbackError> {
        let encrypt = self.encrypt(message)?;
        Ok(EncryptedReply {
            msg_signature: self.signature(timestamp, nonce, &encrypt),
            time_stamp: timestamp.to_owned(),
            nonce: nonce.to_owned(),
            encrypt,
        })
    }

    /// The answer DingTalk expects to every event it delivered: `success`, sealed with the
    /// current time (milliseconds) and a fresh random nonce.
    pub fn success_reply(&self) -> Result<EncryptedReply, CallbackError> {
        let nonce = self.alphanumeric::<8>()?;
        let nonce = String::from_utf8_lossy(&nonce).into_owned();
        self.seal("success", &now_millis().to_string(), &nonce)
    }

    /// `N` random characters of `A-Z a-z 0-9`, as DingTalk's classes put before a message.
    fn alphanumeric<const N: usize>(&self) -> Result<[u8; N], CallbackError> {
        const ALPHABET: &[u8; 62] =
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let mut bytes = [0; N];
        self.random
            .fill(&mut bytes)
            .map_err(|_| CallbackError::Random)?;
        // The slight bias of `% 62` does not matter: the prefix only varies the ciphertext.
        Ok(bytes.map(|b| ALPHABET[usize::from(b) % ALPHABET.len()]))
    }
}

impl fmt::Debug for EventCrypto {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventCrypto")
            .field("token", &"<redacted>")
            .field("key", &self.key)
            .field("owner_key", &self.owner_key)
            .field("max_age", &self.max_age)
            .finish()
    }
}

/// Strips the padding: the last byte `n` (1 to 32) and the `n` bytes ending the text, each `n`.
fn unpad(plain: &[u8]) -> Result<&[u8], CallbackError> {
    let last = plain.last().copied().unwrap_or(0);
    let pad = usize::from(last);
    if pad == 0 || pad > PAD_BLOCK || pad > plain.len() {
        return Err(CallbackError::Padding { last });
    }
    let (text, padding) = plain.split_at(plain.len() - pad);
    if padding.iter().any(|&b| b != last) {
        return Err(CallbackError::Padding { last });
    }
    Ok(text)
}

/// Checks that `timestamp` (milliseconds, as text) is within `window` of `now`, either way.
pub(crate) fn check_window(
    timestamp: &str,
    name: &'static str,
    now: i64,
    window: Duration,
) -> Result<(), CallbackError> {
    let timestamp: i64 = timestamp
        .trim()
        .parse()
        .map_err(|_| CallbackError::Malformed {
            name,
            reason: "not a number of milliseconds",
        })?;
    let window_ms = i64::try_from(window.as_millis()).unwrap_or(i64::MAX);
    if now.abs_diff(timestamp) > window_ms.unsigned_abs() {
        return Err(CallbackError::Stale {
            timestamp,
            now,
            window,
        });
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &byte in bytes {
        out.push(DIGITS[usize::from(byte >> 4)] as char);
        out.push(DIGITS[usize::from(byte & 15)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKEN: &str = "mryue";
    const AES_KEY: &str = "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7";
    const OWNER: &str = "ding6ccabc44d2c8d38b";
    const TIMESTAMP: &str = "1608001896814";
    const NONCE: &str = "WL4PK6yA";
    const SIGNATURE: &str = "03044561471240d4a14bb09372dfcfd4fd0e40cb";
    const ENCRYPT: &str = "0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3";

    fn crypto() -> EventCrypto {
        EventCrypto::new(TOKEN, AES_KEY, OWNER).unwrap()
    }

    #[test]
    fn the_official_vector_verifies_and_decrypts_to_check_url() {
        let crypto = crypto();
        assert_eq!(crypto.signature(TIMESTAMP, NONCE, ENCRYPT), SIGNATURE);
        let query = EventQuery {
            signature: SIGNATURE.into(),
            timestamp: TIMESTAMP.into(),
            nonce: NONCE.into(),
        };
        assert_eq!(
            crypto.open(&query, ENCRYPT).unwrap(),
            r#"{"EventType":"check_url"}"#
        );
    }

    #[test]
    fn the_derived_vector_encrypts_success_byte_for_byte() {
        let crypto = crypto();
        let encrypt = crypto
            .encrypt_with_random("success", b"aaaaaaaaaaaaaaaa")
            .unwrap();
        assert_eq!(
            encrypt,
            "W/uewmTfs9tKDMDgxd+XSWnN7/9hqBEFaNzz7OGg5U3wtU5s5t372MOgywiPy4AKBmuShz44UiCGLe9cAEJi7g=="
        );
        assert_eq!(
            crypto.signature(TIMESTAMP, NONCE, &encrypt),
            "71d9836a647b4d126b63426d53e5af21c645c68f"
        );
        assert_eq!(crypto.decrypt(&encrypt).unwrap(), "success");
    }

    #[test]
    fn a_key_with_nonzero_trailing_bits_is_read_as_dingtalk_reads_it() {
        // The official key ends in `7`, whose low four bits are set: a strict decoder refuses it.
        assert!(
            base64::engine::general_purpose::STANDARD
                .decode(format!("{AES_KEY}="))
                .is_err()
        );
        assert!(AesKey::parse(AES_KEY).is_ok());
    }

    #[test]
    fn keys_of_the_wrong_shape_are_refused_by_name() {
        for bad in [
            "short",
            "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7x",
            "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ec+7",
        ] {
            let error = AesKey::parse(bad).unwrap_err();
            assert!(
                matches!(error, CallbackError::AesKey { .. }),
                "{bad}: {error}"
            );
        }
    }

    #[test]
    fn debug_never_shows_the_key_or_the_token() {
        let text = format!("{:?}", crypto());
        assert!(!text.contains(AES_KEY) && !text.contains(TOKEN), "{text}");
        assert!(text.contains(OWNER), "{text}");
        let key = AesKey::parse(AES_KEY).unwrap();
        assert_eq!(format!("{key:?}"), "AesKey(<redacted>)");
    }

    #[test]
    fn a_query_is_read_in_both_spellings() {
        let one = EventQuery::parse("msg_signature=a&timestamp=1&nonce=n").unwrap();
        let other = EventQuery::parse("signature=a&timeStamp=1&nonce=n&x=y").unwrap();
        assert_eq!(one, other);
        assert!(matches!(
            EventQuery::parse("signature=a&nonce=n"),
            Err(CallbackError::Missing { name: "timestamp" })
        ));
    }

    #[test]
    fn the_signature_is_compared_whatever_the_hex_case() {
        let crypto = crypto();
        crypto
            .verify(&SIGNATURE.to_uppercase(), TIMESTAMP, NONCE, ENCRYPT)
            .unwrap();
        let mut wrong = SIGNATURE.to_owned();
        wrong.replace_range(0..1, "1");
        assert!(matches!(
            crypto.verify(&wrong, TIMESTAMP, NONCE, ENCRYPT),
            Err(CallbackError::Signature)
        ));
    }

    #[test]
    fn the_window_is_off_by_default_and_checked_both_ways_when_set() {
        let query = EventQuery {
            signature: SIGNATURE.into(),
            timestamp: TIMESTAMP.into(),
            nonce: NONCE.into(),
        };
        let ts: i64 = TIMESTAMP.parse().unwrap();
        let crypto = crypto().max_age(Duration::from_secs(300));
        assert!(crypto.open_at(&query, ENCRYPT, ts + 300_000).is_ok());
        assert!(crypto.open_at(&query, ENCRYPT, ts - 300_000).is_ok());
        for now in [ts + 300_001, ts - 300_001] {
            assert!(matches!(
                crypto.open_at(&query, ENCRYPT, now),
                Err(CallbackError::Stale { .. })
            ));
        }
    }

    #[test]
    fn a_bad_signature_is_refused_before_anything_is_decrypted() {
        // Garbage ciphertext under a wrong signature: the signature error, not a decrypt one.
        let query = EventQuery {
            signature: "00".into(),
            timestamp: TIMESTAMP.into(),
            nonce: NONCE.into(),
        };
        assert!(matches!(
            crypto().open(&query, "%%%"),
            Err(CallbackError::Signature)
        ));
    }

    #[test]
    fn lengths_with_high_bytes_keep_their_length_prefix() {
        // 200 and 40,000 bytes: length bytes >= 0x80, which a text round trip corrupts.
        let crypto = crypto();
        for len in [200, 40_000] {
            let message = "x".repeat(len);
            assert_eq!(
                crypto.decrypt(&crypto.encrypt(&message).unwrap()).unwrap(),
                message
            );
        }
    }

    #[test]
    fn every_malformed_ciphertext_is_a_named_error() {
        let crypto = crypto();
        let seal = |plain: &[u8]| {
            let mut data = plain.to_vec();
            let len = data.len();
            let out = cbc::Encryptor::<Aes256>::new(&crypto.key.0.into(), &crypto.key.iv().into())
                .encrypt_padded_mut::<NoPadding>(&mut data, len)
                .unwrap()
                .to_vec();
            base64::engine::general_purpose::STANDARD.encode(out)
        };
        let padded = |mut body: Vec<u8>| {
            let pad = 32 - body.len() % 32;
            body.resize(body.len() + pad, pad as u8);
            body
        };
        let body = |len: u32, msg: &[u8], owner: &[u8]| {
            let mut b = b"0123456789abcdef".to_vec();
            b.extend_from_slice(&len.to_be_bytes());
            b.extend_from_slice(msg);
            b.extend_from_slice(owner);
            b
        };
        assert!(matches!(
            crypto.decrypt("not base64!"),
            Err(CallbackError::Base64 { name: "encrypt" })
        ));
        assert!(matches!(
            crypto.decrypt(""),
            Err(CallbackError::CiphertextLength { len: 0 })
        ));
        assert!(matches!(
            crypto.decrypt("AAAA"),
            Err(CallbackError::CiphertextLength { len: 3 })
        ));
        let mut zero_pad = padded(body(2, b"hi", OWNER.as_bytes()));
        *zero_pad.last_mut().unwrap() = 0;
        assert!(matches!(
            crypto.decrypt(&seal(&zero_pad)),
            Err(CallbackError::Padding { last: 0 })
        ));
        let mut big_pad = vec![b'x'; 64];
        big_pad[63] = 33;
        assert!(matches!(
            crypto.decrypt(&seal(&big_pad)),
            Err(CallbackError::Padding { last: 33 })
        ));
        let mut uneven = padded(body(2, b"hi", OWNER.as_bytes()));
        let n = uneven.len();
        uneven[n - 2] ^= 1;
        assert!(matches!(
            crypto.decrypt(&seal(&uneven)),
            Err(CallbackError::Padding { .. })
        ));
        assert!(matches!(
            crypto.decrypt(&seal(&padded(b"tiny".to_vec()))),
            Err(CallbackError::Layout { .. })
        ));
        assert!(matches!(
            crypto.decrypt(&seal(&padded(body(u32::MAX, b"hi", OWNER.as_bytes())))),
            Err(CallbackError::Layout { .. })
        ));
        let error = crypto
            .decrypt(&seal(&padded(body(2, b"hi", b"dingother"))))
            .unwrap_err();
        assert!(
            matches!(&error, CallbackError::OwnerKey { found } if found == "dingother"),
            "{error}"
        );
        assert_eq!(error.status(), 403);
        assert!(matches!(
            crypto.decrypt(&seal(&padded(body(2, &[0xff, 0xfe], OWNER.as_bytes())))),
            Err(CallbackError::Utf8)
        ));
        assert_eq!(
            crypto
                .decrypt(&seal(&padded(body(2, b"hi", OWNER.as_bytes()))))
                .unwrap(),
            "hi"
        );
    }

    #[test]
    fn a_sixteen_byte_padding_is_read_too() {
        // DingTalk's Go class pads to 16 bytes; such a message still opens.
        let crypto = crypto();
        let mut data = b"0123456789abcdef".to_vec();
        data.extend_from_slice(&2u32.to_be_bytes());
        data.extend_from_slice(b"hi");
        data.extend_from_slice(OWNER.as_bytes());
        let pad = 16 - data.len() % 16;
        data.resize(data.len() + pad, pad as u8);
        let len = data.len();
        let out = cbc::Encryptor::<Aes256>::new(&crypto.key.0.into(), &crypto.key.iv().into())
            .encrypt_padded_mut::<NoPadding>(&mut data, len)
            .unwrap()
            .to_vec();
        let encrypt = base64::engine::general_purpose::STANDARD.encode(out);
        assert_eq!(crypto.decrypt(&encrypt).unwrap(), "hi");
    }

    #[test]
    fn the_success_reply_is_signed_and_opens_to_success() {
        let crypto = crypto();
        let reply = crypto.success_reply().unwrap();
        assert_eq!(reply.nonce.len(), 8);
        assert!(reply.nonce.bytes().all(|b| b.is_ascii_alphanumeric()));
        let query = EventQuery {
            signature: reply.msg_signature.clone(),
            timestamp: reply.time_stamp.clone(),
            nonce: reply.nonce.clone(),
        };
        assert_eq!(crypto.open(&query, &reply.encrypt).unwrap(), "success");
        let json = serde_json::to_value(&reply).unwrap();
        let mut keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        assert_eq!(keys, ["encrypt", "msg_signature", "nonce", "timeStamp"]);
    }

    /// A seeded xorshift generator: the same messages on every run, no dependency.
    struct Seeded(u64);

    impl Seeded {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        /// A UTF-8 message of exactly `len` bytes: ASCII, two- and three-byte characters.
        fn message(&mut self, len: usize) -> String {
            let mut text = String::with_capacity(len);
            while text.len() < len {
                let room = len - text.len();
                match self.next() % 8 {
                    0 if room >= 3 => text.push('钉'),
                    1 if room >= 2 => text.push('é'),
                    _ => text.push(char::from(b' ' + (self.next() % 95) as u8)),
                }
            }
            text
        }
    }

    #[test]
    fn every_message_length_up_to_four_kib_round_trips() {
        let mut random = Seeded(0x5eed_d1e6_7a1c);
        // Owner keys of several lengths move the padding through all its 32 values.
        let owners: Vec<String> = (0..7).map(|n| "k".repeat(n * 5)).collect();
        let cryptos: Vec<EventCrypto> = owners
            .iter()
            .map(|owner| EventCrypto::new(TOKEN, AES_KEY, owner.as_str()).unwrap())
            .collect();
        for len in 0..=4096 {
            let crypto = &cryptos[len % cryptos.len()];
            let message = random.message(len);
            let encrypt = crypto.encrypt(&message).unwrap();
            let sealed = base64::engine::general_purpose::STANDARD
                .decode(&encrypt)
                .unwrap();
            assert_eq!(sealed.len() % PAD_BLOCK, 0, "length {len}");
            let reply = crypto.seal(&message, "1700000000000", "nonce").unwrap();
            let query = EventQuery {
                signature: reply.msg_signature,
                timestamp: reply.time_stamp,
                nonce: reply.nonce,
            };
            assert_eq!(crypto.decrypt(&encrypt).unwrap(), message, "length {len}");
            assert_eq!(
                crypto.open(&query, &reply.encrypt).unwrap(),
                message,
                "length {len}"
            );
        }
    }
}
