//! [`AppKeyTokens`]: tokens fetched with the app key and secret, cached, refreshed ahead of
//! expiry, one fetch at a time. A provider that makes calls, so it sits above the sending
//! engine and uses it directly: its fetches have settings of their own (no hooks, no retries,
//! no token) and go over the client's transport, handed over in the [`TokenContext`].

use std::fmt;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
use crate::config::{Config, DEFAULT_BASE_URL};
use crate::error::{DecodeError, Error, ServiceError, TokenError};
use crate::operation::{Method, Operation, RequestWriter, ResponseBody, WriteRequest};
use crate::options::CallOptions;

/// The lifetime DingTalk gives its tokens, assumed when a reply leaves `expireIn` out.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(7200);
/// No token is kept longer than this, whatever `expireIn` says.
const MAX_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

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
    refresh_ahead: Duration,
    /// The settings of token fetches: the defaults, no retries, no hooks.
    config: Config,
    state: Mutex<State>,
    /// Held while a token is fetched, so that only one fetch runs at a time.
    fetching: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct State {
    cached: Option<Cached>,
    /// The last fetch's failure, and when it happened.
    failure: Option<(Instant, TokenError)>,
}

struct Cached {
    token: AccessToken,
    refresh_at: Instant,
}

impl State {
    fn fresh(&self) -> Option<AccessToken> {
        let cached = self.cached.as_ref()?;
        (Instant::now() < cached.refresh_at).then(|| cached.token.clone())
    }
}

impl AppKeyTokens {
    /// A provider for the app with this key and secret.
    pub fn new(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        AppKeyTokens {
            app_key: app_key.into(),
            app_secret: AccessToken::new(app_secret),
            refresh_ahead: Duration::from_secs(300),
            config: Config::new(),
            state: Mutex::new(State::default()),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    /// How long before expiry a token is replaced (at most half its lifetime).
    pub fn refresh_ahead(mut self, ahead: Duration) -> Self {
        self.refresh_ahead = ahead;
        self
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    async fn fetch(&self, context: &TokenContext) -> Result<Cached, TokenError> {
        static GET_ACCESS_TOKEN: Operation = Operation::new(
            "GetAccessToken",
            Method::Post,
            "/v1.0/oauth2/accessToken",
            None,
            DEFAULT_BASE_URL,
            ResponseBody::Json,
        );
        let mut parts = RequestWriter::default();
        TokenRequest {
            app_key: &self.app_key,
            app_secret: self.app_secret.expose(),
        }
        .write(&mut parts);
        let path = Ok(GET_ACCESS_TOKEN.path.to_owned());
        let raw = crate::send::send(
            &context.transport,
            &self.config,
            &GET_ACCESS_TOKEN,
            path,
            parts,
            CallOptions::new(),
        )
        .await
        .map_err(TokenError::new)?;
        let reply: TokenReply = serde_json::from_slice(&raw.body).map_err(|e| {
            let e = DecodeError::json(raw.status, &raw.headers, &raw.body, e);
            TokenError::new(Error::<ServiceError>::Decode(e))
        })?;
        let token = reply
            .access_token
            .filter(|t| !t.is_empty())
            .ok_or_else(|| TokenError::new("the token endpoint answered without `accessToken`"))?;
        // `expireIn` is the server's number: no value of it may overflow the clock.
        let lifetime = match reply.expire_in {
            None => DEFAULT_LIFETIME,
            Some(seconds) if seconds <= 0 => {
                return Err(TokenError::new(format!(
                    "the token endpoint answered `expireIn: {seconds}`: the token has expired"
                )));
            }
            Some(seconds) => Duration::from_secs(seconds.unsigned_abs()).min(MAX_LIFETIME),
        };
        let good_for = lifetime - self.refresh_ahead.min(lifetime / 2);
        let now = Instant::now();
        Ok(Cached {
            token: AccessToken::new(token),
            refresh_at: now.checked_add(good_for).unwrap_or(now),
        })
    }
}

impl TokenProvider for AppKeyTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(async move {
            let arrived = Instant::now();
            if let Some(token) = self.state().fresh() {
                return Ok(token);
            }
            let _fetching = self.fetching.lock().await;
            // Whoever fetched while this call waited: their token, or their failure.
            {
                let state = self.state();
                if let Some(token) = state.fresh() {
                    return Ok(token);
                }
                if let Some((at, error)) = &state.failure
                    && *at >= arrived
                {
                    return Err(error.clone());
                }
            }
            let outcome = self.fetch(context).await;
            let mut state = self.state();
            match outcome {
                Ok(fresh) => {
                    let token = fresh.token.clone();
                    state.cached = Some(fresh);
                    state.failure = None;
                    Ok(token)
                }
                Err(error) => {
                    state.failure = Some((Instant::now(), error.clone()));
                    Err(error)
                }
            }
        })
    }

    fn invalidate(&self, token: &AccessToken) {
        // Only the refused token: concurrent calls refused with it drop it once, and a call
        // refused late does not drop the fresh token another call already fetched.
        let mut state = self.state();
        if state.cached.as_ref().is_some_and(|c| c.token == *token) {
            state.cached = None;
        }
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
