//! Access tokens and where calls get them: the [`TokenProvider`] trait. Providers that fetch
//! tokens from DingTalk live above the sending engine ([`AppKeyTokens`](crate::AppKeyTokens));
//! this module knows nothing of sending.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::base::error::TokenError;
use crate::base::transport::Transport;

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

/// What a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send + 'a>>;

/// Supplies the access token of each call that needs one (unless the call brings its own).
/// Register with [`Config::token_provider`](crate::Config::token_provider).
pub trait TokenProvider: Send + Sync + 'static {
    /// A token good for a call made now. `context` lets providers that fetch tokens from
    /// DingTalk reach it the way the client does (its base URL, proxy and connections).
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a>;

    /// DingTalk refused `token` as invalid or expired (`InvalidAuthentication`): forget it, so
    /// that the next [`token`](TokenProvider::token) returns a fresh one. The call is then
    /// repeated once with the fresh token. By default nothing is forgotten, and a call whose
    /// token is refused fails with DingTalk's error.
    fn invalidate(&self, token: &AccessToken) {
        let _ = token;
    }
}

/// What a [`TokenProvider`] may use to make calls of its own: the client's route to DingTalk.
pub struct TokenContext {
    pub(crate) transport: Arc<Transport>,
}

impl TokenContext {
    /// The base URL the client sends to, when one was configured.
    pub fn base_url(&self) -> Option<&str> {
        self.transport.base_url.as_deref()
    }
}

impl fmt::Debug for TokenContext {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenContext")
            .field("base_url", &self.base_url())
            .finish_non_exhaustive()
    }
}

/// A provider shared by reference: the application keeps one `Arc` per company or user and
/// hands clones to handles and calls, which then share its cache.
impl<P: TokenProvider + ?Sized> TokenProvider for Arc<P> {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        (**self).token(context)
    }

    fn invalidate(&self, token: &AccessToken) {
        (**self).invalidate(token);
    }
}
