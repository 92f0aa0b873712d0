//! Client configuration: where to send calls, with which token, how long to wait, how to retry.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use crate::base::auth::{AccessToken, TokenProvider};
use crate::base::hook::Interceptor;
use crate::base::retry::RetryPolicy;
use crate::base::sign::SigningSecret;
use crate::base::transport::Network;

/// The DingTalk OpenAPI endpoint every module uses.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The legacy server API's endpoint (`oapi.dingtalk.com`): legacy tokens, work notifications,
/// custom group robots.
pub const LEGACY_BASE_URL: &str = "https://oapi.dingtalk.com";
/// Connect time-out unless configured (as the official Python SDK).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Read time-out unless configured (as the official Python SDK): the longest silence while a
/// reply is read.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(10);
/// Attempt time-out unless configured: one attempt, from sending to the reply's last byte.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// Operation time-out unless configured: the whole call, every attempt, wait and token fetch.
pub const DEFAULT_OPERATION_TIMEOUT: Duration = Duration::from_secs(60);
/// Largest response body read unless configured: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

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
    pub(crate) attempt_timeout: Duration,
    pub(crate) operation_timeout: Duration,
    pub(crate) proxy: Option<String>,
    pub(crate) user_agent_suffix: Option<String>,
    pub(crate) retry: RetryPolicy,
    pub(crate) max_response_bytes: usize,
    pub(crate) interceptors: Vec<Arc<dyn Interceptor>>,
    pub(crate) signing_secret: Option<SigningSecret>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: None,
            credentials: Credentials::None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: DEFAULT_READ_TIMEOUT,
            attempt_timeout: DEFAULT_ATTEMPT_TIMEOUT,
            operation_timeout: DEFAULT_OPERATION_TIMEOUT,
            proxy: None,
            user_agent_suffix: None,
            retry: RetryPolicy::disabled(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            interceptors: Vec::new(),
            signing_secret: None,
        }
    }
}

impl Config {
    /// The defaults: `https://api.dingtalk.com`, no token, no proxy, time-outs of 5 s to
    /// connect, 10 s of silence, 30 s per attempt and 60 s per call, no retries.
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

    /// How long one attempt may take, from sending the request to the reply's last byte: a
    /// server that trickles its reply cannot stretch it.
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = timeout;
        self
    }

    /// How long a whole call may take: every attempt, the waits between them, and fetching
    /// the token. A retry that would end after it is not made.
    pub fn operation_timeout(mut self, timeout: Duration) -> Self {
        self.operation_timeout = timeout;
        self
    }

    /// Sends every request (token fetches included) through this HTTP proxy, like
    /// `http://proxy.example:3128` (credentials as `http://user:password@host:port`). Calls to
    /// an `https` base URL are tunnelled, so the proxy never sees the token.
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = Some(url.into());
        self
    }

    /// Connects directly, through no proxy: the default. Proxy settings of the environment
    /// (`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`) are never read.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = None;
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

    /// The secret that operations DingTalk wants signed (a custom group robot's `send`) are
    /// signed with: each attempt then carries a fresh `timestamp` and `sign`. Operations that
    /// are not signed ignore it. An empty secret is refused when a call is sent.
    pub fn signing_secret(mut self, secret: impl Into<SigningSecret>) -> Self {
        self.signing_secret = Some(secret.into());
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
            .field("attempt_timeout", &self.attempt_timeout)
            .field("operation_timeout", &self.operation_timeout)
            // A proxy URL may hold a password.
            .field("proxy", &self.proxy.as_ref().map(|_| "<set>"))
            .field("user_agent_suffix", &self.user_agent_suffix)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("interceptors", &self.interceptors.len())
            .field("signing_secret", &self.signing_secret)
            .finish()
    }
}

impl Config {
    /// What the client's transport is built from.
    pub(crate) fn network(&self) -> Network {
        Network {
            base_url: self.base_url.clone(),
            user_agent_suffix: self.user_agent_suffix.clone(),
            proxy: self.proxy.clone(),
            connect_timeout: self.connect_timeout,
            read_timeout: self.read_timeout,
        }
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
