//! The retry policy: off by default; when on, exponential backoff with jitter, honouring the
//! server's `Retry-After` (seconds or an HTTP date) and `x-acs-retry-after` (milliseconds).

use std::hash::{BuildHasher, RandomState};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::header::HeaderMap;

use crate::base::classify::{Failure, Retry, classify};

/// The longest wait a server can ask for; longer requests (even absurd ones like `1e20`) are
/// read as this, which is more than any policy honours.
const MAX_SERVER_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// When and how often to try a call again.
///
/// What is retried is decided by the same classification as
/// [`Error::is_retryable`](crate::Error::is_retryable): connection failures and connect
/// time-outs (the request never reached the server) and throttling (429, 503, and DingTalk's
/// `QpsLimit` codes: the request was not processed) for every call; time-outs after sending,
/// broken connections, 502 and 504 only for calls that are safe to repeat: every method but
/// POST and PATCH, or a call marked [`idempotent`](crate::CallOptions::idempotent).
#[derive(Clone, Debug, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
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

    /// Three attempts, backoff from 200 ms up to 10 s; a server wait of up to 30 s is
    /// honoured, a longer one ends the retries.
    pub fn standard() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(200),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(30),
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

    /// The wait before attempt `next` (2 for the first retry), or `None` to stop. The wait is
    /// at least the computed backoff and at least what the server asked for.
    pub(crate) fn decide(
        &self,
        next: u32,
        failure: Failure<'_>,
        server_wait: Option<Duration>,
        repeatable: bool,
    ) -> Option<Duration> {
        if next > self.max_attempts {
            return None;
        }
        let allowed = match classify(failure) {
            Retry::Never => false,
            Retry::IfRepeatable => repeatable,
            Retry::Always => true,
        };
        let switched_off = match failure {
            Failure::Connect | Failure::Broken => !self.retry_connect_errors,
            Failure::ConnectTimeout | Failure::ReplyTimeout => !self.retry_timeouts,
            Failure::Status { .. } | Failure::Final => false,
        };
        if !allowed || switched_off {
            return None;
        }
        let backoff = self.backoff(next);
        match server_wait {
            Some(wait) if wait > self.max_retry_after => None,
            Some(wait) => Some(wait.max(backoff)),
            None => Some(backoff),
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

/// The server's requested wait: `x-acs-retry-after` in milliseconds, else `Retry-After` in
/// seconds or as an HTTP date. Whatever the server sends, this never panics: negative, NaN and
/// unreadable values are ignored, huge ones are capped, a date in the past is no wait.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = |name: &str| headers.get(name)?.to_str().ok().map(str::trim);
    text("x-acs-retry-after")
        .and_then(|ms| seconds(ms, 1000.0))
        .or_else(|| {
            let value = text("retry-after")?;
            seconds(value, 1.0).or_else(|| http_date_from_now(value))
        })
}

/// `value / per_second` seconds, capped; `None` unless `value` is a non-negative number.
fn seconds(value: &str, per_second: f64) -> Option<Duration> {
    let number = value.parse::<f64>().ok()?;
    if number.is_nan() || number < 0.0 {
        return None;
    }
    let wait = Duration::try_from_secs_f64(number / per_second).unwrap_or(MAX_SERVER_WAIT);
    Some(wait.min(MAX_SERVER_WAIT))
}

/// The time from now until an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), zero if it has
/// passed. The obsolete date formats are not read.
fn http_date_from_now(value: &str) -> Option<Duration> {
    let at = UNIX_EPOCH + Duration::from_secs(parse_imf_fixdate(value)?);
    let wait = at
        .duration_since(SystemTime::now())
        .unwrap_or(Duration::ZERO);
    Some(wait.min(MAX_SERVER_WAIT))
}

/// Seconds since the Unix epoch of an IMF-fixdate.
fn parse_imf_fixdate(value: &str) -> Option<u64> {
    let mut parts = value.split(' ');
    let (_weekday, day, month, year, time, zone) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if parts.next().is_some() || zone != "GMT" || day.len() != 2 || year.len() != 4 {
        return None;
    }
    let number = |s: &str| -> Option<u64> {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())
            .flatten()
    };
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let (day, year) = (number(day)?, number(year)?);
    let mut hms = time.split(':');
    let (h, m, s) = (
        number(hms.next()?)?,
        number(hms.next()?)?,
        number(hms.next()?)?,
    );
    if hms.next().is_some() || !(1..=31).contains(&day) || year < 1970 || h > 23 || m > 59 || s > 60
    {
        return None;
    }
    // Days since the epoch of a civil date (Howard Hinnant's algorithm), in unsigned arithmetic.
    let (y, mo) = if month <= 2 {
        (year - 1, month + 9)
    } else {
        (year, month - 3)
    };
    let era = y / 400;
    let yoe = y - era * 400;
    let doy = (153 * mo + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = (era * 146_097 + doe).checked_sub(719_468)?;
    Some(days * 86_400 + h * 3600 + m * 60 + s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(status: u16) -> Failure<'static> {
        Failure::Status { status, code: None }
    }

    #[test]
    fn backoff_doubles_and_stays_within_its_step() {
        let policy = RetryPolicy::standard()
            .max_attempts(10)
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350));
        for (next, step) in [(2, 100), (3, 200), (4, 350), (9, 350)] {
            let wait = policy.decide(next, Failure::Connect, None, false).unwrap();
            let step = Duration::from_millis(step);
            assert!(
                wait >= step / 2 && wait <= step,
                "{next}: {wait:?} vs {step:?}"
            );
        }
    }

    #[test]
    fn post_is_retried_only_when_the_request_was_not_processed() {
        let policy = RetryPolicy::standard();
        assert!(policy.decide(2, Failure::Connect, None, false).is_some());
        assert!(
            policy
                .decide(2, Failure::ConnectTimeout, None, false)
                .is_some()
        );
        assert!(
            policy
                .decide(2, Failure::ReplyTimeout, None, false)
                .is_none()
        );
        assert!(policy.decide(2, Failure::Broken, None, false).is_none());
        assert!(policy.decide(2, status(503), None, false).is_some());
        assert!(policy.decide(2, status(429), None, false).is_some());
        assert!(policy.decide(2, status(502), None, false).is_none());
        assert!(policy.decide(2, status(502), None, true).is_some());
        assert!(policy.decide(2, status(500), None, true).is_none());
        let qps = Failure::Status {
            status: 403,
            code: Some("Forbidden.AccessDenied.QpsLimitForApi"),
        };
        assert!(policy.decide(2, qps, None, false).is_some());
    }

    #[test]
    fn attempts_stop_at_the_maximum() {
        let policy = RetryPolicy::standard().max_attempts(2);
        assert!(policy.decide(2, Failure::Connect, None, true).is_some());
        assert!(policy.decide(3, Failure::Connect, None, true).is_none());
        assert!(
            RetryPolicy::disabled()
                .decide(2, Failure::Connect, None, true)
                .is_none()
        );
    }

    fn wait_for(pairs: &[(&str, &str)]) -> Option<Duration> {
        let mut headers = HeaderMap::new();
        for (name, value) in pairs {
            headers.insert(
                reqwest::header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                value.parse().unwrap(),
            );
        }
        retry_after(&headers)
    }

    #[test]
    fn server_waits_are_read_in_their_units_and_capped() {
        assert_eq!(
            wait_for(&[("retry-after", "2")]),
            Some(Duration::from_secs(2))
        );
        let both = [("retry-after", "2"), ("x-acs-retry-after", "150")];
        assert_eq!(wait_for(&both), Some(Duration::from_millis(150)));
        let long = wait_for(&[("x-acs-retry-after", "99000")]);
        let policy = RetryPolicy::standard();
        assert_eq!(policy.decide(2, status(429), long, true), None);
        // A wait shorter than the backoff waits the backoff.
        let short = Some(Duration::ZERO);
        let wait = policy.decide(2, status(429), short, true).unwrap();
        assert!(wait >= Duration::from_millis(100), "{wait:?}");
    }

    #[test]
    fn absurd_server_waits_neither_panic_nor_count() {
        for huge in ["1e20", "99999999999999999999", "1e308", "inf"] {
            assert_eq!(
                wait_for(&[("retry-after", huge)]),
                Some(MAX_SERVER_WAIT),
                "{huge}"
            );
            assert_eq!(
                wait_for(&[("x-acs-retry-after", huge)]),
                Some(MAX_SERVER_WAIT)
            );
        }
        for ignored in ["-1", "NaN", "-inf", "soon", ""] {
            assert_eq!(wait_for(&[("retry-after", ignored)]), None, "{ignored:?}");
            assert_eq!(wait_for(&[("x-acs-retry-after", ignored)]), None);
        }
        assert_eq!(wait_for(&[("retry-after", "0")]), Some(Duration::ZERO));
    }

    #[test]
    fn http_dates_are_read_and_a_past_date_is_no_wait() {
        assert_eq!(
            parse_imf_fixdate("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(parse_imf_fixdate("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            wait_for(&[("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")]),
            Some(Duration::ZERO)
        );
        let far = wait_for(&[("retry-after", "Fri, 31 Dec 9999 23:59:59 GMT")]);
        assert_eq!(far, Some(MAX_SERVER_WAIT));
        for bad in [
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 99 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 8:49 GMT",
        ] {
            assert_eq!(parse_imf_fixdate(bad), None, "{bad}");
        }
    }
}
