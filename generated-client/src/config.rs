//! Client configuration: where to send calls, with which token, how long to wait, how to retry.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::hook::Interceptor;
use crate::retry::RetryPolicy;
use crate::token::TokenProvider;

/// The DingTalk OpenAPI endpoint every module uses.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// Connect time-out unless configured (as the official Python SDK).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Read time-out unless configured (as the official Python SDK).
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest response body read unless configured: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// An access token. Its `Debug` never shows the value, so it cannot leak into logs.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(Arc<str>);

impl AccessToken {
    /// Wraps a token string.
    pub fn new(token: impl Into<String>) -> Self {
        AccessToken(Arc::from(token.into()))
    }
    /// The token itself, for sending it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

impl From<&str> for AccessToken {
    fn from(token: &str) -> Self {
        AccessToken::new(token)
    }
}

impl From<String> for AccessToken {
    fn from(token: String) -> Self {
        AccessToken::new(token)
    }
}

/// How a [`Client`](crate::Client) talks to DingTalk. Every setting has a default; per-call
/// [`CallOptions`](crate::CallOptions) win over these.
///
/// ```
/// use std::time::Duration;
/// use generated_client::{Config, RetryPolicy};
///
/// let config = Config::new()
///     .access_token("<your access token>")
///     .read_timeout(Duration::from_secs(30))
///     .retry(RetryPolicy::standard());
/// assert!(!format!("{config:?}").contains("<your access token>"));
/// ```
#[derive(Clone)]
pub struct Config {
    pub(crate) base_url: Option<String>,
    pub(crate) credentials: Credentials,
    pub(crate) connect_timeout: Duration,
    pub(crate) read_timeout: Duration,
    pub(crate) user_agent_suffix: Option<String>,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: None,
            credentials: Credentials::None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: DEFAULT_READ_TIMEOUT,
            user_agent_suffix: None,
            retry: RetryPolicy::disabled(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            interceptors: Vec::new(),
        }
    }
}

impl Config {
    /// The defaults: `https://api.dingtalk.com`, no token, connect 5 s, read 10 s, no retries.
    pub fn new() -> Self {
        Config::default()
    }

    /// Sends every call to this base URL (scheme, host, optional port and path prefix) instead
    /// of the module's default. The token is only ever sent here.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// The access token sent as `x-acs-dingtalk-access-token` on every call that needs one.
    /// Replaces a token provider.
    pub fn access_token(mut self, token: impl Into<AccessToken>) -> Self {
        self.credentials = Credentials::Fixed(token.into());
        self
    }

    /// Where calls get their access token, like [`AppKeyTokens`](crate::AppKeyTokens).
    /// Replaces a fixed token.
    pub fn token_provider(mut self, provider: impl TokenProvider) -> Self {
        self.credentials = Credentials::Provider(Arc::new(provider));
        self
    }

    /// How long connecting may take.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long the server may stay silent while the reply is read.
    pub fn read_timeout(mut self, timeout: Duration) -> Self {
        self.read_timeout = timeout;
        self
    }

    /// Text appended to the `user-agent` header, for example `my-app/1.2`.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// The retry policy of every call (off unless set).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// The largest response body the client reads; a larger one is an error.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Adds a hook that sees every request before it is sent and every reply after it arrives.
    pub fn interceptor(mut self, interceptor: impl Interceptor) -> Self {
        self.interceptors.push(Arc::new(interceptor));
        self
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("connect_timeout", &self.connect_timeout)
            .field("read_timeout", &self.read_timeout)
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("interceptors", &self.interceptors.len())
            .finish()
    }
}

/// Where calls get their token from.
#[derive(Clone)]
pub(crate) enum Credentials {
    None,
    Fixed(AccessToken),
    Provider(Arc<dyn TokenProvider>),
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::None => f.write_str("None"),
            Credentials::Fixed(token) => write!(f, "Fixed({token:?})"),
            Credentials::Provider(_) => f.write_str("Provider"),
        }
    }
}
