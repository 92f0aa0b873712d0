//! DingTalk's pushes over HTTP (feature `callback`): encrypted event callbacks
//! ([`EventCrypto`]) and signed robot callbacks ([`RobotSignVerifier`]), each refused with a
//! [`CallbackError`] that names what failed.

mod envelope;
mod error;
mod robot_sign;

pub use envelope::{AesKey, EncryptedReply, EventCrypto, EventQuery};
pub use error::CallbackError;
pub use robot_sign::{ROBOT_SIGN_WINDOW, RobotSignVerifier};
