//! DingTalk's pushes over HTTP (feature `callback`): encrypted event callbacks
//! ([`EventReceiver`] over [`EventCrypto`]) and signed robot callbacks ([`RobotReceiver`] over
//! [`RobotSignVerifier`]), from an HTTP request's parts to the answer to send, each refusal a
//! [`CallbackError`] that names what failed.

mod envelope;
mod error;
mod receiver;
mod robot_sign;

pub use envelope::{AesKey, EncryptedReply, EventCrypto, EventQuery};
pub use error::CallbackError;
pub use receiver::{DEFAULT_MAX_BODY, EventReceiver, ReceivedEvent, RobotReceiver};
pub use robot_sign::{ROBOT_SIGN_WINDOW, RobotSignVerifier};
