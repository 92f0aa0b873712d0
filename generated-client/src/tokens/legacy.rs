//! Tokens of the legacy server API (`oapi.dingtalk.com`), which travel in the `access_token`
//! query parameter: [`LegacyAppTokens`] (`GET /gettoken` with the app key and secret) and the
//! third-party chain [`SuiteTokens`] (`/service/get_suite_token`) then [`CorpTokens`]
//! (`/service/get_corp_token`). Providers that make calls, so they sit above the sending engine
//! and use it directly, with settings of their own (no hooks, no retries), like
//! [`AppKeyTokens`](crate::AppKeyTokens). The caching rules are [`TokenCache`]'s.
//!
//! The engine drops a token DingTalk refuses (errcode 33001, 40001, 40014 or 42001), fetches a
//! fresh one and repeats the call once: never more, whatever the server keeps answering.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};

use crate::base::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
use crate::base::error::TokenError;
use crate::base::operation::{Method, Operation, RequestWriter, ResponseBody};
use crate::engine::config::{Config, LEGACY_BASE_URL};
use crate::tokens::app_key::send_for_token;
use crate::tokens::cache::{Fetched, TokenCache};
use crate::tokens::persist::{Persist, PersistSlot};

/// Tokens of an internal app for the legacy server API, from its app key and secret
/// (`GET /gettoken?appkey=..&appsecret=..`), cached and refreshed ahead of expiry with one fetch
/// at a time. Use it in the client of the legacy modules (`oapi_message`, `oapi_contact`).
///
/// ```no_run
/// use generated_client::{Client, Config, LegacyAppTokens};
///
/// let config = Config::new().token_provider(LegacyAppTokens::new("<app key>", "<app secret>"));
/// let client = Client::from_config(config)?;
/// # Ok::<(), generated_client::BuildError>(())
/// ```
pub struct LegacyAppTokens {
    app_key: String,
    app_secret: AccessToken,
    config: Config,
    cache: TokenCache,
}

impl LegacyAppTokens {
    /// A provider for the app with this key and secret (older apps: corp id and corp secret
    /// are not supported).
    pub fn new(app_key: impl Into<String>, app_secret: impl Into<String>) -> Self {
        LegacyAppTokens {
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
        static GET_TOKEN: Operation = Operation::new(
            "GetToken",
            Method::Get,
            "/gettoken",
            None,
            LEGACY_BASE_URL,
            ResponseBody::Json,
        )
        .errcode_errors();
        let mut parts = RequestWriter::default();
        parts.query("appkey", &self.app_key);
        parts.query("appsecret", self.app_secret.expose());
        fetch(context, &self.config, &GET_TOKEN, parts, "access_token").await
    }
}

impl TokenProvider for LegacyAppTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(self.cache.get(|| self.fetch(context)))
    }

    fn invalidate(&self, token: &AccessToken) {
        self.cache.invalidate(token);
    }
}

impl fmt::Debug for LegacyAppTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LegacyAppTokens")
            .field("app_key", &self.app_key)
            .field("app_secret", &self.app_secret)
            .field("refresh_ahead", &self.cache.refresh_ahead())
            .finish_non_exhaustive()
    }
}

/// The `suite_access_token` of a third-party (ISV) suite, from its key, secret and the latest
/// `suite_ticket` DingTalk pushed (`POST /service/get_suite_token`). Cheap to clone: clones
/// share one cache, so [`CorpTokens`] of many corps share the suite's token.
#[derive(Clone)]
pub struct SuiteTokens {
    inner: Arc<Suite>,
}

struct Suite {
    suite_key: String,
    suite_secret: AccessToken,
    /// DingTalk pushes a new ticket regularly; the latest one is sent.
    suite_ticket: Mutex<AccessToken>,
    /// Where each new ticket is kept for the next process.
    persist: PersistSlot,
    config: Config,
    cache: TokenCache,
}

impl SuiteTokens {
    /// A provider for the suite with this key and secret, and the last ticket received.
    pub fn new(
        suite_key: impl Into<String>,
        suite_secret: impl Into<String>,
        suite_ticket: impl Into<String>,
    ) -> Self {
        SuiteTokens {
            inner: Arc::new(Suite {
                suite_key: suite_key.into(),
                suite_secret: AccessToken::new(suite_secret),
                suite_ticket: Mutex::new(AccessToken::new(suite_ticket)),
                persist: PersistSlot::default(),
                config: Config::new(),
                cache: TokenCache::new(),
            }),
        }
    }

    /// Uses this ticket (pushed by DingTalk's `suite_ticket` event) for the next fetch.
    pub fn set_suite_ticket(&self, ticket: impl Into<String>) {
        let ticket = AccessToken::new(ticket);
        let mut slot = self
            .inner
            .suite_ticket
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if *slot == ticket {
            return;
        }
        *slot = ticket.clone();
        drop(slot);
        self.inner.persist.save(ticket.expose());
    }

    /// Hands every new ticket given to [`set_suite_ticket`](SuiteTokens::set_suite_ticket) to
    /// `store` (clones share it), so that the application starts again from the last ticket
    /// after a restart. The permanent code of each company ([`CorpTokens::new`]) is the
    /// application's to keep from the moment DingTalk gives it; it never changes here.
    pub fn persist_suite_ticket(self, store: impl Persist) -> Self {
        self.inner.persist.set(store);
        self
    }

    async fn fetch(&self, context: &TokenContext) -> Result<Fetched, TokenError> {
        static GET_SUITE_TOKEN: Operation = Operation::new(
            "GetSuiteToken",
            Method::Post,
            "/service/get_suite_token",
            None,
            LEGACY_BASE_URL,
            ResponseBody::Json,
        )
        .errcode_errors();
        let suite = &self.inner;
        let ticket = suite
            .suite_ticket
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone();
        let mut parts = RequestWriter::default();
        parts.json_body(&json!({
            "suite_key": suite.suite_key,
            "suite_secret": suite.suite_secret.expose(),
            "suite_ticket": ticket.expose(),
        }));
        let field = "suite_access_token";
        fetch(context, &suite.config, &GET_SUITE_TOKEN, parts, field).await
    }
}

impl TokenProvider for SuiteTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(self.inner.cache.get(|| self.fetch(context)))
    }

    fn invalidate(&self, token: &AccessToken) {
        self.inner.cache.invalidate(token);
    }
}

impl fmt::Debug for SuiteTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SuiteTokens")
            .field("suite_key", &self.inner.suite_key)
            .field("suite_secret", &self.inner.suite_secret)
            .finish_non_exhaustive()
    }
}

/// The `access_token` of a corp that authorised a third-party suite
/// (`POST /service/get_corp_token?suite_access_token=..` with `auth_corpid` and
/// `permanent_code`), the suite token coming from a [`SuiteTokens`]. A suite token refused
/// while fetching is itself refreshed once.
///
/// ```no_run
/// use generated_client::{Client, Config, CorpTokens, SuiteTokens};
///
/// let suite = SuiteTokens::new("<suite key>", "<suite secret>", "<suite ticket>");
/// let corp = CorpTokens::new(suite.clone(), "<auth corp id>", "<permanent code>");
/// let client = Client::from_config(Config::new().token_provider(corp))?;
/// # Ok::<(), generated_client::BuildError>(())
/// ```
pub struct CorpTokens {
    auth_corpid: String,
    permanent_code: AccessToken,
    /// Fetches carry the suite's token, from the suite's provider.
    config: Config,
    cache: TokenCache,
}

impl CorpTokens {
    /// A provider for the corp `auth_corpid`, authorised with `permanent_code`.
    pub fn new(
        suite: SuiteTokens,
        auth_corpid: impl Into<String>,
        permanent_code: impl Into<String>,
    ) -> Self {
        CorpTokens {
            auth_corpid: auth_corpid.into(),
            permanent_code: AccessToken::new(permanent_code),
            config: Config::new().token_provider(suite),
            cache: TokenCache::new(),
        }
    }

    /// How long before expiry a token is replaced (at most half its lifetime).
    pub fn refresh_ahead(mut self, ahead: Duration) -> Self {
        self.cache.set_refresh_ahead(ahead);
        self
    }

    async fn fetch(&self, context: &TokenContext) -> Result<Fetched, TokenError> {
        static GET_CORP_TOKEN: Operation = Operation::new(
            "GetCorpToken",
            Method::Post,
            "/service/get_corp_token",
            None,
            LEGACY_BASE_URL,
            ResponseBody::Json,
        )
        .token_in_query("suite_access_token")
        .errcode_errors();
        let mut parts = RequestWriter::default();
        parts.json_body(&json!({
            "auth_corpid": self.auth_corpid,
            "permanent_code": self.permanent_code.expose(),
        }));
        fetch(
            context,
            &self.config,
            &GET_CORP_TOKEN,
            parts,
            "access_token",
        )
        .await
    }
}

impl TokenProvider for CorpTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(self.cache.get(|| self.fetch(context)))
    }

    fn invalidate(&self, token: &AccessToken) {
        self.cache.invalidate(token);
    }
}

impl fmt::Debug for CorpTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CorpTokens")
            .field("auth_corpid", &self.auth_corpid)
            .field("permanent_code", &self.permanent_code)
            .field("refresh_ahead", &self.cache.refresh_ahead())
            .finish_non_exhaustive()
    }
}

/// One token fetch through the engine: `token_field` and `expires_in` (seconds) of the reply.
async fn fetch(
    context: &TokenContext,
    config: &Config,
    operation: &'static Operation,
    parts: RequestWriter,
    token_field: &str,
) -> Result<Fetched, TokenError> {
    let reply: serde_json::Map<String, Value> =
        send_for_token(context, config, operation, parts).await?;
    let token = reply.get(token_field).and_then(Value::as_str);
    let expires_in = reply.get("expires_in").and_then(Value::as_i64);
    Fetched::new(
        token.map(str::to_owned),
        expires_in,
        token_field,
        "expires_in",
    )
}
