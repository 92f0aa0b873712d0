//! Per-call options: the counterpart of the official SDKs' `*_with_options(..., headers, runtime)`.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::base::auth::{AccessToken, TokenProvider};
use crate::base::retry::RetryPolicy;

/// Settings for one call. Each one that is set wins over the client's [`Config`](crate::Config).
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct CallOptions {
    /// Token for this call instead of the client's.
    pub access_token: Option<AccessToken>,
    /// Where this call gets its token instead of the client's provider (a company's or a
    /// user's); `access_token` wins over it.
    pub token_provider: Option<Arc<dyn TokenProvider>>,
    /// Extra headers, sent under their own names after the generated ones.
    pub headers: Vec<(String, String)>,
    /// Connect time-out for this call.
    pub connect_timeout: Option<Duration>,
    /// Read time-out for this call.
    pub read_timeout: Option<Duration>,
    /// Attempt time-out for this call.
    pub attempt_timeout: Option<Duration>,
    /// Operation time-out for this call.
    pub operation_timeout: Option<Duration>,
    /// Retry policy for this call.
    pub retry: Option<RetryPolicy>,
    /// Marks the call safe to repeat, so the retry policy may retry it even where the request
    /// may have reached the server (by default only non-POST/PATCH calls are). Throttled
    /// requests (429, 503, `QpsLimit` codes) were not processed and are retried either way.
    pub idempotent: Option<bool>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        CallOptions::default()
    }
    /// Uses this token for the call.
    pub fn access_token(mut self, token: impl Into<AccessToken>) -> Self {
        self.access_token = Some(token.into());
        self
    }
    /// Takes the call's token from this provider.
    pub fn token_provider(mut self, provider: Arc<dyn TokenProvider>) -> Self {
        self.token_provider = Some(provider);
        self
    }
    /// Adds a header to the call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
    /// Sets the connect time-out of the call.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }
    /// Sets the read time-out of the call.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = Some(timeout);
        self
    }
    /// Sets the attempt time-out of the call.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }
    /// Sets the operation time-out of the call.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = Some(timeout);
        self
    }
    /// Sets the retry policy of the call.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
    /// Says whether the call is safe to repeat.
    pub fn idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = Some(idempotent);
        self
    }
}

impl fmt::Debug for CallOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallOptions")
            .field("access_token", &self.access_token)
            .field(
                "token_provider",
                &self.token_provider.as_ref().map(|_| "<set>"),
            )
            .field("headers", &self.headers)
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("operation_timeout", &self.operation_timeout)
            .field("retry", &self.retry)
            .field("idempotent", &self.idempotent)
            .finish()
    }
}
