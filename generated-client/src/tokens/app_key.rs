//! [`AppKeyTokens`]: tokens fetched with the app key and secret, cached, refreshed ahead of
//! expiry, one fetch at a time. A provider that makes calls, so it sits above the sending
//! engine and uses it directly: its fetches have settings of their own (no hooks, no retries,
//! no token) and go over the client's transport, handed over in the [`TokenContext`].

use std::fmt;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::base::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
use crate::base::error::{DecodeError, Error, ServiceError, TokenError};
use crate::base::operation::{Method, Operation, RequestWriter, ResponseBody};
use crate::engine::config::{Config, DEFAULT_BASE_URL};
use crate::engine::options::CallOptions;
use crate::tokens::cache::{Fetched, TokenCache};

/// Tokens of an internal app, from its app key and secret (`POST /v1.0/oauth2/accessToken`).
///
/// A token is reused until shortly before it expires (5 minutes, or half its lifetime if that
/// is shorter). Concurrent calls wait for one fetch instead of each fetching a token, and share
/// its outcome: when the token endpoint fails, every call that waited gets that one failure. A
/// token DingTalk refuses (`InvalidAuthentication`) is dropped and fetched again once.
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
    /// The settings of token fetches: the defaults, no retries, no hooks.
    config: Config,
    cache: TokenCache,
}

impl AppKeyTokens {
    /// A provider for the app with this key and secret.
    pub fn new(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        AppKeyTokens {
            app_key: app_key.into(),
            app_secret: AccessToken::new(app_secret),
            config: Config::new(),
            cache: TokenCache::new(),
        }
    }

    /// How long before expiry a token is replaced (at most half its lifetime).
    pub fn refresh_ahead(mut self, ahead: Duration) -> Self {
        self.cache.set_refresh_ahead(ahead);
        self
    }

    async fn fetch(&self, context: &TokenContext) -> Result<Fetched, TokenError> {
        static GET_ACCESS_TOKEN: Operation = Operation::new(
            "GetAccessToken",
            Method::Post,
            "/v1.0/oauth2/accessToken",
            None,
            DEFAULT_BASE_URL,
            ResponseBody::Json,
        );
        let body = TokenRequest {
            app_key: &self.app_key,
            app_secret: self.app_secret.expose(),
        };
        let reply: TokenReply =
            post_for_token(context, &self.config, &GET_ACCESS_TOKEN, &body).await?;
        Fetched::new(
            reply.access_token,
            reply.expire_in,
            "accessToken",
            "expireIn",
        )
    }
}

impl TokenProvider for AppKeyTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(self.cache.get(|| self.fetch(context)))
    }

    fn invalidate(&self, token: &AccessToken) {
        self.cache.invalidate(token);
    }
}

impl fmt::Debug for AppKeyTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AppKeyTokens")
            .field("app_key", &self.app_key)
            .field("app_secret", &self.app_secret)
            .field("refresh_ahead", &self.cache.refresh_ahead())
            .finish_non_exhaustive()
    }
}

/// [`send_for_token`] with `body` as the JSON body.
pub(crate) async fn post_for_token<B: Serialize, R: DeserializeOwned>(
    context: &TokenContext,
    config: &Config,
    operation: &'static Operation,
    body: &B,
) -> Result<R, TokenError> {
    let mut parts = RequestWriter::default();
    parts.json_body(body);
    send_for_token(context, config, operation, parts).await
}

/// Sends one token request through the engine, with the provider's settings, and reads the
/// reply: the one implementation every provider's fetch shares.
pub(crate) async fn send_for_token<R: DeserializeOwned>(
    context: &TokenContext,
    config: &Config,
    operation: &'static Operation,
    parts: RequestWriter,
) -> Result<R, TokenError> {
    let path = Ok(operation.path.to_owned());
    let raw = crate::engine::send::send(
        &context.transport,
        config,
        operation,
        path,
        parts,
        CallOptions::new(),
    )
    .await
    .map_err(TokenError::new)?;
    serde_json::from_slice(&raw.body).map_err(|e| {
        let e = DecodeError::json(raw.status, &raw.headers, &raw.body, e);
        TokenError::new(Error::<ServiceError>::Decode(e))
    })
}

#[derive(Serialize)]
struct TokenRequest<'a> {
    #[serde(rename = "appKey")]
    app_key: &'a str,
    #[serde(rename = "appSecret")]
    app_secret: &'a str,
}

#[derive(Deserialize)]
struct TokenReply {
    #[serde(rename = "accessToken")]
    access_token: Option<String>,
    #[serde(rename = "expireIn")]
    expire_in: Option<i64>,
}
