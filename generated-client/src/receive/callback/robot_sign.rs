//! [`RobotSignVerifier`]: the `timestamp` and `sign` headers of a robot message DingTalk posts
//! to an app's HTTP message URL. `sign` is base64 of HMAC-SHA256 keyed with the app secret over
//! `"{timestamp}\n{app secret}"` (no URL-encoding, unlike the outgoing group robot's), and the
//! timestamp must be within an hour of now.

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use ring::hmac;

use crate::base::sign::{now_millis, sign_timestamp, timestamp_message};
use crate::receive::callback::envelope::check_window;
use crate::receive::callback::error::CallbackError;

/// How far a robot callback's timestamp may be from now, either way.
pub const ROBOT_SIGN_WINDOW: Duration = Duration::from_secs(60 * 60);

/// Checks the `timestamp` and `sign` headers of robot callbacks with the app secret (the
/// robot's AppSecret, or ClientSecret). `Debug` never shows the secret.
///
/// The sign covers the timestamp only, not the body: anyone who captured one signed request
/// can send any body with its headers for as long as the timestamp is within the window. Treat
/// a verified body as DingTalk's only to that extent (and prefer Stream mode, or answer only
/// through the body's own `sessionWebhook`, which DingTalk issued).
///
/// ```
/// use generated_client::receive::callback::RobotSignVerifier;
///
/// let verifier = RobotSignVerifier::new("this is secret");
/// let (timestamp, sign) = ("1577262236757", "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=");
/// assert!(verifier.verify_at(timestamp, sign, 1577262236757 + 60_000).is_ok());
/// assert!(verifier.verify_at(timestamp, sign, 1577262236757 + 3_600_001).is_err());
/// ```
#[derive(Clone)]
pub struct RobotSignVerifier {
    key: hmac::Key,
    secret: String,
}

impl RobotSignVerifier {
    /// A verifier for the robot of the app with this secret.
    pub fn new(app_secret: impl Into<String>) -> Self {
        let secret = app_secret.into();
        RobotSignVerifier {
            key: hmac::Key::new(hmac::HMAC_SHA256, secret.as_bytes()),
            secret,
        }
    }

    /// Checks the two headers against the system clock.
    pub fn verify(&self, timestamp: &str, sign: &str) -> Result<(), CallbackError> {
        self.verify_at(timestamp, sign, now_millis())
    }

    /// Checks the two headers, `now` given in milliseconds since the epoch: the timestamp is
    /// within [`ROBOT_SIGN_WINDOW`] of `now`, and the sign is its HMAC (compared in constant
    /// time).
    pub fn verify_at(&self, timestamp: &str, sign: &str, now: i64) -> Result<(), CallbackError> {
        let timestamp = timestamp.trim();
        check_window(timestamp, "timestamp", now, ROBOT_SIGN_WINDOW)?;
        let tag = base64::engine::general_purpose::STANDARD
            .decode(sign.trim().as_bytes())
            .map_err(|_| CallbackError::Base64 { name: "sign" })?;
        let message = timestamp_message(timestamp, &self.secret);
        hmac::verify(&self.key, message.as_bytes(), &tag).map_err(|_| CallbackError::RobotSign)
    }

    /// The sign DingTalk sends with `timestamp` (for tests of a receiver).
    pub fn sign(&self, timestamp: &str) -> String {
        sign_timestamp(&self.key, timestamp, &self.secret)
    }
}

impl fmt::Debug for RobotSignVerifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RobotSignVerifier(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "this is secret";
    const TIMESTAMP: &str = "1577262236757";
    const SIGN: &str = "hmPWwU+7lVdm3ZZz0r9tSfx0L4Q26jWOZr9+Gs6EZQM=";
    const NOW: i64 = 1_577_262_236_757;

    #[test]
    fn the_reference_vector_verifies() {
        let verifier = RobotSignVerifier::new(SECRET);
        assert_eq!(verifier.sign(TIMESTAMP), SIGN);
        verifier.verify_at(TIMESTAMP, SIGN, NOW).unwrap();
    }

    #[test]
    fn the_window_is_one_hour_either_way() {
        let verifier = RobotSignVerifier::new(SECRET);
        for now in [NOW + 3_600_000, NOW - 3_600_000] {
            verifier.verify_at(TIMESTAMP, SIGN, now).unwrap();
        }
        for now in [NOW + 3_600_001, NOW - 3_600_001] {
            let error = verifier.verify_at(TIMESTAMP, SIGN, now).unwrap_err();
            assert!(matches!(error, CallbackError::Stale { .. }), "{error}");
            assert_eq!(error.status(), 401);
        }
    }

    #[test]
    fn a_wrong_sign_secret_or_timestamp_is_refused() {
        let verifier = RobotSignVerifier::new(SECRET);
        let other = RobotSignVerifier::new("another secret");
        assert!(matches!(
            other.verify_at(TIMESTAMP, SIGN, NOW),
            Err(CallbackError::RobotSign)
        ));
        assert!(matches!(
            verifier.verify_at("1577262236758", SIGN, NOW),
            Err(CallbackError::RobotSign)
        ));
        assert!(matches!(
            verifier.verify_at(TIMESTAMP, "not base64!", NOW),
            Err(CallbackError::Base64 { name: "sign" })
        ));
        assert!(matches!(
            verifier.verify_at("soon", SIGN, NOW),
            Err(CallbackError::Malformed {
                name: "timestamp",
                ..
            })
        ));
        // URL-encoded (as the outgoing robot's sign is): not this scheme.
        let encoded = SIGN.replace('+', "%2B").replace('=', "%3D");
        assert!(verifier.verify_at(TIMESTAMP, &encoded, NOW).is_err());
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let text = format!("{:?}", RobotSignVerifier::new(SECRET));
        assert!(!text.contains("secret"), "{text}");
    }
}
