//! Access tokens: a fixed one, or a provider. [`AppKeyTokens`] fetches tokens with the app key
//! and secret, caches them, refreshes them ahead of expiry, and lets one refresh run at a time.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::call::Call;
use crate::client::Client;
use crate::config::{AccessToken, DEFAULT_BASE_URL};
use crate::error::{Error, ServiceError};
use crate::operation::{Method, Operation, RequestWriter, ResponseBody, WriteRequest};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What a [`TokenProvider`] returns.
pub type TokenFuture<'a> =
    Pin<Box<dyn Future<Output = Result<AccessToken, TokenError>> + Send + 'a>>;

/// Supplies the access token of each call that needs one (unless the call brings its own).
/// Register with [`Config::token_provider`](crate::Config::token_provider).
pub trait TokenProvider: Send + Sync + 'static {
    /// A token good for a call made now. `client` is the client making the call, for providers
    /// that fetch tokens from DingTalk themselves.
    fn token<'a>(&'a self, client: &'a Client) -> TokenFuture<'a>;
}

/// No token could be had for a call.
#[derive(Debug, thiserror::Error)]
#[error("no access token: {source}")]
pub struct TokenError {
    source: BoxError,
}

impl TokenError {
    /// A failure of a token provider.
    pub fn new(source: impl Into<BoxError>) -> Self {
        TokenError {
            source: source.into(),
        }
    }

    /// The token endpoint's error reply, when that is what failed.
    pub fn service(&self) -> Option<&ServiceError> {
        match self.source.downcast_ref::<Error<ServiceError>>()? {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }
}

/// Tokens of an internal app, from its app key and secret (`POST /v1.0/oauth2/accessToken`).
///
/// A token is reused until shortly before it expires (5 minutes, or half its lifetime if that
/// is shorter); concurrent calls wait for one refresh instead of each fetching a token.
///
/// ```no_run
/// use generated_client::{AppKeyTokens, Client, Config};
///
/// let config = Config::new().token_provider(AppKeyTokens::new("<app key>", "<app secret>"));
/// let client = Client::from_config(config)?;
/// # Ok::<(), generated_client::BuildError>(())
/// ```
pub struct AppKeyTokens {
    app_key: String,
    app_secret: AccessToken,
    refresh_ahead: Duration,
    cache: tokio::sync::Mutex<Option<Cached>>,
}

struct Cached {
    token: AccessToken,
    refresh_at: Instant,
}

impl AppKeyTokens {
    /// A provider for the app with this key and secret.
    pub fn new(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        AppKeyTokens {
            app_key: app_key.into(),
            app_secret: AccessToken::new(app_secret),
            refresh_ahead: Duration::from_secs(300),
            cache: tokio::sync::Mutex::new(None),
        }
    }

    /// How long before expiry a token is replaced (at most half its lifetime).
    pub fn refresh_ahead(mut self, ahead: Duration) -> Self {
        self.refresh_ahead = ahead;
        self
    }

    async fn fetch(&self, client: &Client) -> Result<Cached, TokenError> {
        static GET_ACCESS_TOKEN: Operation = Operation::new(
            "GetAccessToken",
            Method::Post,
            "/v1.0/oauth2/accessToken",
            None,
            DEFAULT_BASE_URL,
            ResponseBody::Json,
        );
        let request = TokenRequest {
            app_key: &self.app_key,
            app_secret: self.app_secret.expose(),
        };
        let reply = Call::<TokenReply, ServiceError>::new(client, &GET_ACCESS_TOKEN, &[], &request)
            .send()
            .await
            .map_err(TokenError::new)?
            .into_inner();
        let token = reply
            .access_token
            .filter(|t| !t.is_empty())
            .ok_or_else(|| TokenError::new("the token endpoint answered without `accessToken`"))?;
        let lifetime = Duration::from_secs(reply.expire_in.unwrap_or(7200).max(0).unsigned_abs());
        Ok(Cached {
            token: AccessToken::new(token),
            refresh_at: Instant::now() + lifetime - self.refresh_ahead.min(lifetime / 2),
        })
    }
}

impl TokenProvider for AppKeyTokens {
    fn token<'a>(&'a self, client: &'a Client) -> TokenFuture<'a> {
        Box::pin(async move {
            // Held across the fetch: whoever comes next waits, then reuses the fresh token.
            let mut cache = self.cache.lock().await;
            if let Some(cached) = cache.as_ref().filter(|c| Instant::now() < c.refresh_at) {
                return Ok(cached.token.clone());
            }
            let fresh = self.fetch(client).await?;
            let token = fresh.token.clone();
            *cache = Some(fresh);
            Ok(token)
        })
    }
}

impl fmt::Debug for AppKeyTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppKeyTokens")
            .field("app_key", &self.app_key)
            .field("app_secret", &self.app_secret)
            .field("refresh_ahead", &self.refresh_ahead)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct TokenRequest<'a> {
    #[serde(rename = "appKey")]
    app_key: &'a str,
    #[serde(rename = "appSecret")]
    app_secret: &'a str,
}

impl WriteRequest for TokenRequest<'_> {
    fn write(&self, writer: &mut RequestWriter) {
        writer.json_body(self);
    }
}

#[derive(Deserialize)]
struct TokenReply {
    #[serde(rename = "accessToken")]
    access_token: Option<String>,
    #[serde(rename = "expireIn")]
    expire_in: Option<i64>,
}
