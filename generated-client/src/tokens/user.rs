//! [`UserTokens`]: a user's access token (`POST /v1.0/oauth2/userAccessToken`), from the login
//! code of the user's authorisation first, then from the refresh token each reply gives. The
//! caching rules are [`TokenCache`]'s, the fetch is [`AppKeyTokens`](crate::AppKeyTokens)'.

use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::base::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
use crate::base::error::TokenError;
use crate::base::operation::{Method, Operation, ResponseBody};
use crate::engine::config::{Config, DEFAULT_BASE_URL};
use crate::tokens::app_key::post_for_token;
use crate::tokens::cache::{Fetched, TokenCache};
use crate::tokens::persist::{Persist, PersistSlot};

/// What the next fetch trades for a token.
#[derive(Clone)]
enum Grant {
    /// The login code (`authorization_code`), good once.
    Code(AccessToken),
    /// The refresh token of the last reply (`refresh_token`).
    Refresh(AccessToken),
}

/// A user's access tokens, for operations called on the user's behalf.
///
/// The first fetch trades the login code for a token and a refresh token; every later one
/// trades the refresh token, and keeps the new refresh token the reply brings (DingTalk's
/// refresh tokens are single-use). [`refresh_token`](UserTokens::refresh_token) gives the
/// current one to store; [`from_refresh_token`](UserTokens::from_refresh_token) starts from a
/// stored one. Caching, single flight and the refresh on `InvalidAuthentication` are those of
/// [`AppKeyTokens`](crate::AppKeyTokens).
///
/// Each new refresh token is handed to the [`Persist`] of
/// [`persist_refresh_token`](UserTokens::persist_refresh_token) as it arrives, wherever the
/// provider went (a `Config`, a client handle), so that the next process starts from it:
///
/// ```no_run
/// use generated_client::{Client, Config, UserTokens};
/// # fn load(_: &str) -> Option<String> { None }
/// # fn store(_: &str, _: &str) {}
///
/// let tokens = match load("user-42") {
///     // A restart: the refresh token saved last time.
///     Some(saved) => UserTokens::from_refresh_token("<client id>", "<client secret>", saved),
///     // The first time: the login code of the user's authorisation.
///     None => UserTokens::from_code("<client id>", "<client secret>", "<login code>"),
/// }
/// .persist_refresh_token(|new: &str| store("user-42", new));
/// let client = Client::from_config(Config::new().token_provider(tokens))?;
/// # Ok::<(), generated_client::BuildError>(())
/// ```
pub struct UserTokens {
    client_id: String,
    client_secret: AccessToken,
    grant: Mutex<Grant>,
    config: Config,
    cache: TokenCache,
    persist: PersistSlot,
}

impl UserTokens {
    /// Tokens from the login code of the user's authorisation (`authCode`).
    pub fn from_code(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        code: impl Into<String>,
    ) -> Self {
        Self::with(
            client_id,
            client_secret,
            Grant::Code(AccessToken::new(code)),
        )
    }

    /// Tokens from a refresh token kept from an earlier session.
    pub fn from_refresh_token(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        let grant = Grant::Refresh(AccessToken::new(refresh_token));
        Self::with(client_id, client_secret, grant)
    }

    fn with(client_id: impl Into<String>, client_secret: impl Into<String>, grant: Grant) -> Self {
        UserTokens {
            client_id: client_id.into(),
            client_secret: AccessToken::new(client_secret),
            grant: Mutex::new(grant),
            config: Config::new(),
            cache: TokenCache::new(),
            persist: PersistSlot::default(),
        }
    }

    /// Hands every new refresh token to `store` as soon as a fetch brings it, before the token
    /// is used: the one value that starts the next session after a restart
    /// ([`from_refresh_token`](UserTokens::from_refresh_token)). Fetches run one at a time, so
    /// `store` sees the tokens in the order they were issued.
    pub fn persist_refresh_token(self, store: impl Persist) -> Self {
        self.persist.set(store);
        self
    }

    /// How long before expiry a token is replaced (at most half its lifetime).
    pub fn refresh_ahead(mut self, ahead: Duration) -> Self {
        self.cache.set_refresh_ahead(ahead);
        self
    }

    /// The refresh token the next fetch will use, once a fetch has brought one (to store it).
    pub fn refresh_token(&self) -> Option<AccessToken> {
        match &*self.grant.lock().unwrap_or_else(|e| e.into_inner()) {
            Grant::Refresh(token) => Some(token.clone()),
            Grant::Code(_) => None,
        }
    }

    async fn fetch(&self, context: &TokenContext) -> Result<Fetched, TokenError> {
        static GET_USER_TOKEN: Operation = Operation::new(
            "GetUserToken",
            Method::Post,
            "/v1.0/oauth2/userAccessToken",
            None,
            DEFAULT_BASE_URL,
            ResponseBody::Json,
        );
        // The cache runs one fetch at a time, so no other fetch uses this grant meanwhile.
        let grant = self.grant.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let (code, refresh_token, grant_type) = match &grant {
            Grant::Code(code) => (Some(code.expose()), None, "authorization_code"),
            Grant::Refresh(token) => (None, Some(token.expose()), "refresh_token"),
        };
        let body = UserTokenRequest {
            client_id: &self.client_id,
            client_secret: self.client_secret.expose(),
            code,
            grant_type,
            refresh_token,
        };
        let reply: UserTokenReply =
            post_for_token(context, &self.config, &GET_USER_TOKEN, &body).await?;
        let fetched = Fetched::new(
            reply.access_token,
            reply.expire_in,
            "accessToken",
            "expireIn",
        )?;
        match reply.refresh_token.filter(|t| !t.is_empty()) {
            Some(next) => {
                self.persist.save(&next);
                *self.grant.lock().unwrap_or_else(|e| e.into_inner()) =
                    Grant::Refresh(AccessToken::new(next));
            }
            // A code is good once: without a refresh token there is nothing to fetch with next.
            None if matches!(grant, Grant::Code(_)) => {
                return Err(TokenError::new(
                    "the token endpoint answered the login code without `refreshToken`",
                ));
            }
            None => {}
        }
        Ok(fetched)
    }
}

impl TokenProvider for UserTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(self.cache.get(|| self.fetch(context)))
    }

    fn invalidate(&self, token: &AccessToken) {
        self.cache.invalidate(token);
    }
}

impl fmt::Debug for UserTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserTokens")
            .field("client_id", &self.client_id)
            .field("client_secret", &self.client_secret)
            .field("refresh_ahead", &self.cache.refresh_ahead())
            .field("persist", &self.persist)
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct UserTokenRequest<'a> {
    #[serde(rename = "clientId")]
    client_id: &'a str,
    #[serde(rename = "clientSecret")]
    client_secret: &'a str,
    #[serde(rename = "code", skip_serializing_if = "Option::is_none")]
    code: Option<&'a str>,
    #[serde(rename = "grantType")]
    grant_type: &'a str,
    #[serde(rename = "refreshToken", skip_serializing_if = "Option::is_none")]
    refresh_token: Option<&'a str>,
}

#[derive(Deserialize)]
struct UserTokenReply {
    #[serde(rename = "accessToken")]
    access_token: Option<String>,
    #[serde(rename = "expireIn")]
    expire_in: Option<i64>,
    #[serde(rename = "refreshToken")]
    refresh_token: Option<String>,
}
