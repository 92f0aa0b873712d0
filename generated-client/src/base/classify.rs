//! What is worth trying again. The one classification both [`Error::is_retryable`] and
//! [`RetryPolicy`] use, so that they never disagree.
//!
//! [`Error::is_retryable`]: crate::Error::is_retryable
//! [`RetryPolicy`]: crate::RetryPolicy

/// Why an attempt failed, as far as trying again cares.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Failure<'a> {
    /// The connection could not be made: the request never reached the server.
    Connect,
    /// Connecting timed out: the request never reached the server.
    ConnectTimeout,
    /// The reply did not come in time: the server may have acted on the request.
    ReplyTimeout,
    /// The connection broke after the request may have been sent.
    Broken,
    /// The server answered with this status, and maybe an error code.
    Status { status: u16, code: Option<&'a str> },
    /// Trying again cannot help: the request could not be built, a success did not decode, no
    /// token could be had, or the whole operation ran out of time.
    Final,
}

/// Whether an attempt may be tried again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Retry {
    /// Trying again cannot help.
    Never,
    /// Only if repeating the request is harmless: it may have been acted on.
    IfRepeatable,
    /// Whatever the method: the request was not processed.
    Always,
}

pub(crate) fn classify(failure: Failure<'_>) -> Retry {
    match failure {
        Failure::Connect | Failure::ConnectTimeout => Retry::Always,
        Failure::ReplyTimeout | Failure::Broken => Retry::IfRepeatable,
        // Throttled or unavailable: DingTalk did not process the request (`dingtalk-wire.md`).
        Failure::Status { status, code }
            if matches!(status, 429 | 503) || code.is_some_and(is_throttling_code) =>
        {
            Retry::Always
        }
        Failure::Status {
            status: 502 | 504, ..
        } => Retry::IfRepeatable,
        Failure::Status { .. } | Failure::Final => Retry::Never,
    }
}

/// DingTalk reports throttling as 403 or 429 with codes like
/// `Forbidden.AccessDenied.QpsLimitForApi` or `Throttling.User`; the legacy API and custom group
/// robots as `errcode` 130101 or 410100 (sent too fast) in an HTTP 200 body.
pub(crate) fn is_throttling_code(code: &str) -> bool {
    code.contains("QpsLimit")
        || code.starts_with("Throttling")
        || matches!(code, "130101" | "410100")
}

/// DingTalk's answer to an access token that is invalid or has expired on its side: the new
/// API's `InvalidAuthentication`, the legacy API's `errcode` 33001, 40001, 40014 and 42001.
pub(crate) fn is_invalid_token_code(code: &str) -> bool {
    matches!(
        code,
        "InvalidAuthentication" | "33001" | "40001" | "40014" | "42001"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(status: u16, code: Option<&str>) -> Retry {
        classify(Failure::Status { status, code })
    }

    #[test]
    fn throttling_is_retried_whatever_the_method() {
        assert_eq!(status(429, None), Retry::Always);
        assert_eq!(status(503, None), Retry::Always);
        let qps = Some("Forbidden.AccessDenied.QpsLimitForApi");
        assert_eq!(status(403, qps), Retry::Always);
        assert_eq!(status(403, Some("Forbidden.AccessDenied")), Retry::Never);
    }

    #[test]
    fn errcode_throttling_in_a_200_is_retried_and_other_errcodes_are_not() {
        assert_eq!(status(200, Some("130101")), Retry::Always);
        assert_eq!(status(200, Some("410100")), Retry::Always);
        assert_eq!(status(200, Some("310000")), Retry::Never);
        assert_eq!(status(200, Some("40014")), Retry::Never);
        assert!(is_invalid_token_code("42001"));
        assert!(!is_invalid_token_code("310000"));
    }

    #[test]
    fn gateway_errors_and_lost_replies_only_when_repeatable() {
        assert_eq!(status(502, None), Retry::IfRepeatable);
        assert_eq!(status(504, None), Retry::IfRepeatable);
        assert_eq!(classify(Failure::ReplyTimeout), Retry::IfRepeatable);
        assert_eq!(classify(Failure::Broken), Retry::IfRepeatable);
        assert_eq!(classify(Failure::Connect), Retry::Always);
        assert_eq!(status(500, None), Retry::Never);
        assert_eq!(status(400, Some("InvalidAuthentication")), Retry::Never);
    }
}
