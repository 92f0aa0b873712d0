//! [`ReplyError`]: why a reply to a robot message (through its `sessionWebhook`, a download
//! URL, an AI card) was not sent, or failed.

use crate::base::error::{BuildError, Error, OperationError, ServiceError};

/// Why a reply was not sent, or failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReplyError {
    /// The message's `sessionWebhook` expired (`sessionWebhookExpiredTime`); nothing was sent.
    /// Reply through the API instead (the robot's `robot_1_0` operations).
    #[error(
        "the sessionWebhook expired at {expired_at_ms} (Unix ms; now {now_ms}): nothing was sent"
    )]
    WebhookExpired {
        /// When the webhook expired, Unix milliseconds.
        expired_at_ms: i64,
        /// The time of the attempt, Unix milliseconds.
        now_ms: i64,
    },
    /// The message (or DingTalk's reply) lacks what the reply needs; nothing was sent (or the
    /// reply could not be read).
    #[error("no `{field}` in the {place}")]
    Missing {
        /// The wire name of the missing member.
        field: &'static str,
        /// Where it was expected (`robot message`, `reply`).
        place: &'static str,
    },
    /// The `sessionWebhook` is not a sessionWebhook URL; nothing was sent.
    #[error("the sessionWebhook is not usable: {0}")]
    Webhook(#[source] BuildError),
    /// The call failed: see the error for DingTalk's code and request id.
    #[error("{0}")]
    Call(#[source] Box<Error<ServiceError>>),
}

impl ReplyError {
    /// The call's error, when the call was made and failed.
    pub fn call_error(&self) -> Option<&Error<ServiceError>> {
        match self {
            ReplyError::Call(e) => Some(e),
            _ => None,
        }
    }

    /// The error of a failed call of an operation, its service error kept as it came.
    pub(crate) fn call<E: OperationError>(error: Error<E>) -> ReplyError {
        ReplyError::Call(Box::new(error.map_service(|e| e.service().clone())))
    }
}
