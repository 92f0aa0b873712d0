//! The retry policy: off by default; when on, exponential backoff with jitter, honouring the
//! server's `Retry-After` (seconds) and `x-acs-retry-after` (milliseconds).

use std::hash::{BuildHasher, RandomState};
use std::time::Duration;

use reqwest::header::HeaderMap;

/// When and how often to try a call again.
///
/// What may be retried: connection failures and connect time-outs always (the request never
/// reached the server); read time-outs, broken connections and the configured statuses (429 and
/// 503 by default) only for calls that are safe to repeat: every method but POST and PATCH, or a
/// call marked [`idempotent`](crate::CallOptions::idempotent).
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    statuses: Vec<u16>,
    retry_timeouts: bool,
    retry_connect_errors: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::disabled()
    }
}

impl RetryPolicy {
    /// One attempt, no retries: the default.
    pub fn disabled() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::standard()
        }
    }

    /// Three attempts, backoff from 200 ms up to 10 s, retrying connect errors, time-outs, 429
    /// and 503; a `Retry-After` of up to 30 s is honoured, a longer one ends the retries.
    pub fn standard() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(30),
            statuses: vec![429, 503],
            retry_timeouts: true,
            retry_connect_errors: true,
        }
    }

    /// Attempts in all, the first included (1 means no retries).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }
    /// The wait before the first retry; it doubles on each retry (with jitter).
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }
    /// The longest computed wait between attempts.
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }
    /// The longest server-requested wait honoured; a longer one stops retrying.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }
    /// The statuses that are retried (429 and 503 by default).
    pub fn statuses(mut self, statuses: impl IntoIterator<Item = u16>) -> Self {
        self.statuses = statuses.into_iter().collect();
        self
    }
    /// Whether time-outs are retried.
    pub fn retry_timeouts(mut self, retry: bool) -> Self {
        self.retry_timeouts = retry;
        self
    }
    /// Whether connection failures are retried.
    pub fn retry_connect_errors(mut self, retry: bool) -> Self {
        self.retry_connect_errors = retry;
        self
    }

    /// Attempts in all, the first included.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before attempt `next` (2 for the first retry), or `None` to stop.
    pub(crate) fn decide(&self, next: u32, failure: Failure, repeatable: bool) -> Option<Duration> {
        if next > self.max_attempts {
            return None;
        }
        let server_wait = match failure {
            Failure::Connect => {
                return self.retry_connect_errors.then(|| self.backoff(next));
            }
            Failure::ConnectTimeout => {
                return self.retry_timeouts.then(|| self.backoff(next));
            }
            Failure::ReadTimeout if self.retry_timeouts && repeatable => None,
            Failure::Broken if self.retry_connect_errors && repeatable => None,
            Failure::Status {
                status,
                server_wait,
            } if repeatable && self.statuses.contains(&status) => server_wait,
            _ => return None,
        };
        match server_wait {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait),
            None => Some(self.backoff(next)),
        }
    }

    /// Exponential backoff with "equal jitter": half the step is fixed, half is random, so
    /// clients spread out without any wait collapsing to zero.
    fn backoff(&self, next: u32) -> Duration {
        let exp = next.saturating_sub(2).min(20);
        let step = self
            .initial_backoff
            .saturating_mul(1 << exp)
            .min(self.max_backoff);
        let half = step / 2;
        let random = RandomState::new().hash_one(next) as u128;
        let jitter = Duration::from_nanos((random % (half.as_nanos().max(1))) as u64);
        half + jitter
    }
}

/// Why an attempt failed, as far as retrying cares.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Failure {
    /// The connection could not be made: the request never reached the server.
    Connect,
    /// Connecting timed out: the request never reached the server.
    ConnectTimeout,
    /// The reply did not come in time: the server may have acted on the request.
    ReadTimeout,
    /// The connection broke after the request may have been sent.
    Broken,
    /// The server replied with this status, and maybe asked to wait this long.
    Status {
        status: u16,
        server_wait: Option<Duration>,
    },
}

/// The server's requested wait: `x-acs-retry-after` in milliseconds, else `Retry-After` in
/// seconds. (An HTTP-date `Retry-After` is ignored: the computed backoff is used instead.)
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let number = |name: &str| -> Option<f64> {
        let value = headers
            .get(name)?
            .to_str()
            .ok()?
            .trim()
            .parse::<f64>()
            .ok()?;
        (value.is_finite() && value >= 0.0).then_some(value)
    };
    number("x-acs-retry-after")
        .map(|ms| Duration::from_secs_f64(ms / 1000.0))
        .or_else(|| number("retry-after").map(Duration::from_secs_f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_stays_within_its_step() {
        let policy = RetryPolicy::standard()
            .max_attempts(10)
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350));
        for (next, step) in [(2, 100), (3, 200), (4, 350), (9, 350)] {
            let wait = policy.decide(next, Failure::Connect, false).unwrap();
            let step = Duration::from_millis(step);
            assert!(
                wait >= step / 2 && wait <= step,
                "{next}: {wait:?} vs {step:?}"
            );
        }
    }

    #[test]
    fn post_is_retried_only_when_the_request_never_left() {
        let policy = RetryPolicy::standard();
        let status = |status| Failure::Status {
            status,
            server_wait: None,
        };
        assert!(policy.decide(2, Failure::Connect, false).is_some());
        assert!(policy.decide(2, Failure::ConnectTimeout, false).is_some());
        assert!(policy.decide(2, Failure::ReadTimeout, false).is_none());
        assert!(policy.decide(2, Failure::Broken, false).is_none());
        assert!(policy.decide(2, status(503), false).is_none());
        assert!(policy.decide(2, status(503), true).is_some());
        assert!(policy.decide(2, status(500), true).is_none());
    }

    #[test]
    fn attempts_stop_at_the_maximum() {
        let policy = RetryPolicy::standard().max_attempts(2);
        assert!(policy.decide(2, Failure::Connect, true).is_some());
        assert!(policy.decide(3, Failure::Connect, true).is_none());
        assert!(
            RetryPolicy::disabled()
                .decide(2, Failure::Connect, true)
                .is_none()
        );
    }

    #[test]
    fn server_waits_are_read_in_their_units_and_capped() {
        let mut headers = HeaderMap::new();
        headers.insert("retry-after", "2".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        headers.insert("x-acs-retry-after", "150".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_millis(150)));
        headers.insert("x-acs-retry-after", "99000".parse().unwrap());
        let policy = RetryPolicy::standard();
        let server_wait = retry_after(&headers);
        let failure = Failure::Status {
            status: 429,
            server_wait,
        };
        assert_eq!(policy.decide(2, failure, true), None);
    }
}
