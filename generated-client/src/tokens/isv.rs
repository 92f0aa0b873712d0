//! [`IsvCorpTokens`]: the tokens a third-party (ISV) app holds for a company that installed it,
//! from the suite key and secret, the company's corp id and the current suite ticket. The same
//! caching rules as [`AppKeyTokens`](crate::AppKeyTokens) ([`TokenCache`]), the same fetch.

use std::fmt;
use std::sync::{Arc, RwLock};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::base::auth::{AccessToken, TokenContext, TokenFuture, TokenProvider};
use crate::base::error::TokenError;
use crate::base::operation::{Method, Operation, ResponseBody};
use crate::engine::config::{Config, DEFAULT_BASE_URL};
use crate::tokens::app_key::post_for_token;
use crate::tokens::cache::{Fetched, TokenCache};
use crate::tokens::persist::{Persist, PersistSlot};

/// Where the current suite ticket comes from. DingTalk pushes a new ticket to the app every
/// few hours; each token fetch reads the ticket anew.
#[derive(Clone)]
pub struct SuiteTicket(TicketSource, PersistSlot);

#[derive(Clone)]
enum TicketSource {
    Value(Arc<RwLock<String>>),
    Function(Arc<dyn Fn() -> String + Send + Sync>),
}

impl SuiteTicket {
    /// A ticket held here; [`set`](SuiteTicket::set) it when DingTalk pushes a new one (clones
    /// share the value).
    pub fn new(ticket: impl Into<String>) -> Self {
        let value = TicketSource::Value(Arc::new(RwLock::new(ticket.into())));
        SuiteTicket(value, PersistSlot::default())
    }

    /// A ticket read from `source` at every fetch (from a database, a shared cache, ...).
    pub fn from_fn(source: impl Fn() -> String + Send + Sync + 'static) -> Self {
        SuiteTicket(
            TicketSource::Function(Arc::new(source)),
            PersistSlot::default(),
        )
    }

    /// Hands every new ticket given to [`set`](SuiteTicket::set) to `store` (clones share it),
    /// so that the application starts again from the last ticket after a restart
    /// ([`new`](SuiteTicket::new) with the stored value).
    pub fn persist(self, store: impl Persist) -> Self {
        self.1.set(store);
        self
    }

    /// Replaces the ticket (of a ticket made by [`new`](SuiteTicket::new); for one read from a
    /// function, this does nothing).
    pub fn set(&self, ticket: impl Into<String>) {
        if let TicketSource::Value(value) = &self.0 {
            let ticket = ticket.into();
            let mut current = value.write().unwrap_or_else(|e| e.into_inner());
            if *current == ticket {
                return;
            }
            *current = ticket.clone();
            drop(current);
            self.1.save(&ticket);
        }
    }

    /// The current ticket.
    pub fn current(&self) -> String {
        match &self.0 {
            TicketSource::Value(value) => value.read().unwrap_or_else(|e| e.into_inner()).clone(),
            TicketSource::Function(source) => source(),
        }
    }
}

impl fmt::Debug for SuiteTicket {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SuiteTicket(<redacted>)")
    }
}

/// Tokens of a third-party (ISV) app for one authorising company
/// (`POST /v1.0/oauth2/corpAccessToken`), cached and refreshed like [`AppKeyTokens`]'.
///
/// ```no_run
/// use generated_client::{Client, Config, IsvCorpTokens, SuiteTicket};
///
/// let ticket = SuiteTicket::new("<the last suite ticket>");
/// let tokens = IsvCorpTokens::new("<suite key>", "<suite secret>", "<auth corp id>", ticket.clone());
/// let client = Client::from_config(Config::new().token_provider(tokens))?;
/// // Later, when DingTalk pushes a new ticket:
/// ticket.set("<the new suite ticket>");
/// # Ok::<(), generated_client::BuildError>(())
/// ```
///
/// [`AppKeyTokens`]: crate::AppKeyTokens
pub struct IsvCorpTokens {
    suite_key: String,
    suite_secret: AccessToken,
    auth_corp_id: String,
    ticket: SuiteTicket,
    config: Config,
    cache: TokenCache,
}

impl IsvCorpTokens {
    /// A provider for the suite with this key and secret, in the company `auth_corp_id`.
    pub fn new(
        suite_key: impl Into<String>,
        suite_secret: impl Into<String>,
        auth_corp_id: impl Into<String>,
        ticket: SuiteTicket,
    ) -> Self {
        IsvCorpTokens {
            suite_key: suite_key.into(),
            suite_secret: AccessToken::new(suite_secret),
            auth_corp_id: auth_corp_id.into(),
            ticket,
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
        static GET_CORP_ACCESS_TOKEN: Operation = Operation::new(
            "GetCorpAccessToken",
            Method::Post,
            "/v1.0/oauth2/corpAccessToken",
            None,
            DEFAULT_BASE_URL,
            ResponseBody::Json,
        );
        let ticket = self.ticket.current();
        let body = CorpTokenRequest {
            auth_corp_id: &self.auth_corp_id,
            suite_key: &self.suite_key,
            suite_secret: self.suite_secret.expose(),
            suite_ticket: &ticket,
        };
        let reply: CorpTokenReply =
            post_for_token(context, &self.config, &GET_CORP_ACCESS_TOKEN, &body).await?;
        Fetched::new(
            reply.access_token,
            reply.expire_in,
            "accessToken",
            "expireIn",
        )
    }
}

impl TokenProvider for IsvCorpTokens {
    fn token<'a>(&'a self, context: &'a TokenContext) -> TokenFuture<'a> {
        Box::pin(self.cache.get(|| self.fetch(context)))
    }

    fn invalidate(&self, token: &AccessToken) {
        self.cache.invalidate(token);
    }
}

impl fmt::Debug for IsvCorpTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IsvCorpTokens")
            .field("suite_key", &self.suite_key)
            .field("suite_secret", &self.suite_secret)
            .field("auth_corp_id", &self.auth_corp_id)
            .field("refresh_ahead", &self.cache.refresh_ahead())
            .finish_non_exhaustive()
    }
}

#[derive(Serialize)]
struct CorpTokenRequest<'a> {
    #[serde(rename = "authCorpId")]
    auth_corp_id: &'a str,
    #[serde(rename = "suiteKey")]
    suite_key: &'a str,
    #[serde(rename = "suiteSecret")]
    suite_secret: &'a str,
    #[serde(rename = "suiteTicket")]
    suite_ticket: &'a str,
}

#[derive(Deserialize)]
struct CorpTokenReply {
    #[serde(rename = "accessToken")]
    access_token: Option<String>,
    #[serde(rename = "expireIn")]
    expire_in: Option<i64>,
}
