//! [`TokenCache`]: the caching rules every token provider shares. A token is kept until shortly
//! before it expires, one fetch runs at a time and its outcome (token or failure) is shared by
//! every call that waited for it, and a refused token is dropped once. Providers differ only in
//! how they fetch, which they hand to [`TokenCache::get`].

use std::future::Future;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::base::auth::AccessToken;
use crate::base::error::TokenError;

/// The lifetime DingTalk gives its tokens, assumed when a reply leaves it out.
const DEFAULT_LIFETIME: Duration = Duration::from_secs(7200);
/// No token is kept longer than this, whatever the server says.
const MAX_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);
/// How long before expiry a token is replaced by default.
pub(crate) const DEFAULT_REFRESH_AHEAD: Duration = Duration::from_secs(300);

/// A token as fetched, with the lifetime the server gave it.
#[derive(Debug)]
pub(crate) struct Fetched {
    pub(crate) token: AccessToken,
    pub(crate) lifetime: Duration,
}

impl Fetched {
    /// A fetched token whose lifetime is the server's `expires_in` seconds (the default
    /// lifetime when absent). `field` names the reply's field in errors. No value of the
    /// server's number may overflow the clock; zero or less means the token is already dead.
    pub(crate) fn new(
        token: Option<String>,
        expires_in: Option<i64>,
        token_field: &str,
        expiry_field: &str,
    ) -> Result<Fetched, TokenError> {
        let token = token.filter(|t| !t.is_empty()).ok_or_else(|| {
            TokenError::new(format!(
                "the token endpoint answered without `{token_field}`"
            ))
        })?;
        let lifetime = match expires_in {
            None => DEFAULT_LIFETIME,
            Some(seconds) if seconds <= 0 => {
                return Err(TokenError::new(format!(
                    "the token endpoint answered `{expiry_field}: {seconds}`: the token has expired"
                )));
            }
            Some(seconds) => Duration::from_secs(seconds.unsigned_abs()).min(MAX_LIFETIME),
        };
        Ok(Fetched {
            token: AccessToken::new(token),
            lifetime,
        })
    }
}

/// One cached token and the rules for replacing it.
pub(crate) struct TokenCache {
    refresh_ahead: Duration,
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

impl TokenCache {
    pub(crate) fn new() -> Self {
        TokenCache {
            refresh_ahead: DEFAULT_REFRESH_AHEAD,
            state: Mutex::new(State::default()),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    /// Replace tokens this long before they expire (at most half their lifetime).
    pub(crate) fn set_refresh_ahead(&mut self, ahead: Duration) {
        self.refresh_ahead = ahead;
    }

    pub(crate) fn refresh_ahead(&self) -> Duration {
        self.refresh_ahead
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The cached token while it is fresh; otherwise the outcome of one `fetch`, shared with
    /// every call that waited for it.
    pub(crate) async fn get<F, Fut>(&self, fetch: F) -> Result<AccessToken, TokenError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Fetched, TokenError>>,
    {
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
        let outcome = fetch().await;
        let mut state = self.state();
        match outcome {
            Ok(fetched) => {
                let good_for = fetched.lifetime - self.refresh_ahead.min(fetched.lifetime / 2);
                let now = Instant::now();
                let token = fetched.token.clone();
                state.cached = Some(Cached {
                    token: fetched.token,
                    refresh_at: now.checked_add(good_for).unwrap_or(now),
                });
                state.failure = None;
                Ok(token)
            }
            Err(error) => {
                state.failure = Some((Instant::now(), error.clone()));
                Err(error)
            }
        }
    }

    /// Forget `token` if it is the cached one. Only the refused token: concurrent calls refused
    /// with it drop it once, and a call refused late does not drop the fresh token another call
    /// already fetched.
    pub(crate) fn invalidate(&self, token: &AccessToken) {
        let mut state = self.state();
        if state.cached.as_ref().is_some_and(|c| c.token == *token) {
            state.cached = None;
        }
    }
}
