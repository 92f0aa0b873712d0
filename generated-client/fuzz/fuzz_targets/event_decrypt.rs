//! The decrypt path of the event callback envelope on arbitrary input: whatever arrives, the
//! answer is a value or a `CallbackError`, never a panic.
//!
//! The first byte picks what the rest is: (0) a query string and a ciphertext in base64 text,
//! opened as a callback (signature first); (1) the same text, decrypted without the signature;
//! (2) raw plaintext, encrypted here with the right key so that the padding, the length prefix,
//! the owner key and UTF-8 checks all see fuzzed bytes.
#![no_main]

use std::sync::LazyLock;

use aes::Aes256;
use base64::Engine as _;
use cbc::cipher::block_padding::NoPadding;
use cbc::cipher::{BlockEncryptMut, KeyIvInit};
use generated_client::receive::callback::{EventCrypto, EventQuery};
use libfuzzer_sys::fuzz_target;

const TOKEN: &str = "mryue";
const AES_KEY: &str = "Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7";
const OWNER: &str = "ding6ccabc44d2c8d38b";

static CRYPTO: LazyLock<EventCrypto> =
    LazyLock::new(|| EventCrypto::new(TOKEN, AES_KEY, OWNER).expect("the official vector's key"));

static KEY: LazyLock<[u8; 32]> = LazyLock::new(|| {
    let engine = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new().with_decode_allow_trailing_bits(true),
    );
    engine
        .decode(format!("{AES_KEY}="))
        .expect("base64")
        .try_into()
        .expect("32 bytes")
});

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => {
            let text = String::from_utf8_lossy(rest);
            let (query, encrypt) = text.split_once('\n').unwrap_or((&text, ""));
            if let Ok(query) = EventQuery::parse(query) {
                let _ = CRYPTO.open(&query, encrypt);
                // With the right signature, the decrypt path runs on the fuzzed ciphertext.
                let signature = CRYPTO.signature(&query.timestamp, &query.nonce, encrypt);
                let signed = EventQuery { signature, ..query };
                let _ = CRYPTO.open(&signed, encrypt);
            }
        }
        1 => {
            let _ = CRYPTO.decrypt(&String::from_utf8_lossy(rest));
        }
        _ => {
            let mut plain = rest.to_vec();
            plain.resize(plain.len().div_ceil(16).max(1) * 16, 0);
            let len = plain.len();
            let sealed = cbc::Encryptor::<Aes256>::new(KEY.as_slice().into(), KEY[..16].into())
                .encrypt_padded_mut::<NoPadding>(&mut plain, len)
                .expect("whole blocks");
            let encrypt = base64::engine::general_purpose::STANDARD.encode(sealed);
            if let Ok(message) = CRYPTO.decrypt(&encrypt) {
                // What opens must seal and open again to the same message.
                let again = CRYPTO.encrypt(&message).expect("encrypt");
                assert_eq!(CRYPTO.decrypt(&again).expect("round trip"), message);
            }
        }
    }
});
