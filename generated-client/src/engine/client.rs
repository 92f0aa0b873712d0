//! The client: a config, and the transport built from it. A handle: clones share everything.

use std::fmt;
use std::sync::Arc;

use crate::base::auth::TokenProvider;
use crate::base::error::BuildError;
use crate::base::transport::Transport;
use crate::engine::config::Config;

/// A DingTalk client. A handle: cheap to clone, clones share connections, token cache and
/// settings; build one and reuse it. A call does not borrow it, so calls can be spawned.
///
/// Operations live in one handle per API module, e.g. `client.team_sphere_1_0().create_task(..)`.
///
/// One client serves any number of companies and users: [`with_token_provider`] gives a
/// handle whose calls take their tokens from another provider (a company's
/// [`IsvCorpTokens`](crate::IsvCorpTokens), a user's [`UserTokens`](crate::UserTokens)) over
/// the same connections and settings.
///
/// [`with_token_provider`]: Client::with_token_provider
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
    /// This handle's token provider, instead of the configuration's.
    pub(crate) tenant: Option<Arc<dyn TokenProvider>>,
    /// Calls go over the blocking runtime's own connections (see `engine::blocking`).
    #[cfg(feature = "blocking")]
    pub(crate) on_blocking_runtime: bool,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) config: Config,
    pub(crate) transport: Arc<Transport>,
    /// The runtime of `send_blocking`, started on first use.
    #[cfg(feature = "blocking")]
    pub(crate) blocking:
        std::sync::OnceLock<Result<crate::engine::blocking::BlockingRuntime, BuildError>>,
}

impl Client {
    /// A client with the default [`Config`] and no token.
    pub fn new() -> Result<Self, BuildError> {
        Client::from_config(Config::new())
    }

    /// A client from `config`. Fails when the base URL, the proxy or the user-agent suffix is
    /// unusable. Changes nothing outside the client (no process-wide TLS provider).
    pub fn from_config(config: Config) -> Result<Self, BuildError> {
        let transport = Arc::new(Transport::new(&config.network())?);
        Ok(Client {
            inner: Arc::new(Inner {
                config,
                transport,
                #[cfg(feature = "blocking")]
                blocking: std::sync::OnceLock::new(),
            }),
            tenant: None,
            #[cfg(feature = "blocking")]
            on_blocking_runtime: false,
        })
    }

    /// A handle on the same client (connections, settings, blocking runtime) whose calls take
    /// their token from `provider` instead of the configuration's: one handle per company or
    /// user, made once and kept, as cheap as a clone. A per-call `.access_token(..)` or
    /// `.token_provider(..)` still wins.
    ///
    /// ```no_run
    /// use std::collections::HashMap;
    /// use generated_client::{Client, Config, IsvCorpTokens, SuiteTicket};
    ///
    /// let client = Client::from_config(Config::new())?;
    /// let ticket = SuiteTicket::new("<the last suite ticket>");
    /// let companies: HashMap<&str, Client> = ["<corp A>", "<corp B>"]
    ///     .into_iter()
    ///     .map(|corp| {
    ///         let tokens = IsvCorpTokens::new("<suite key>", "<suite secret>", corp, ticket.clone());
    ///         (corp, client.with_token_provider(tokens))
    ///     })
    ///     .collect();
    /// // companies["<corp A>"].team_sphere_1_0()... sends company A's token.
    /// # Ok::<(), generated_client::BuildError>(())
    /// ```
    pub fn with_token_provider(&self, provider: impl TokenProvider) -> Client {
        let mut handle = self.clone();
        handle.tenant = Some(Arc::new(provider));
        handle
    }

    /// The configuration this client was built from.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// A client with this one's settings and connections whose calls go to `base_url` (for
    /// replies through a robot's `sessionWebhook`, on another host than the API). The token
    /// settings come along: only operations that send a token use them.
    #[cfg(all(feature = "push", feature = "custom_robot"))]
    pub(crate) fn with_base_url(&self, base_url: &str) -> Result<Client, BuildError> {
        let transport = self.inner.transport.with_base_url(base_url)?;
        Ok(Client {
            inner: Arc::new(Inner {
                config: self.inner.config.clone().base_url(base_url),
                transport: Arc::new(transport),
                #[cfg(feature = "blocking")]
                blocking: std::sync::OnceLock::new(),
            }),
            tenant: self.tenant.clone(),
            #[cfg(feature = "blocking")]
            on_blocking_runtime: false,
        })
    }

    /// The transport calls of this handle go over.
    pub(crate) fn transport(&self) -> Result<&Arc<Transport>, BuildError> {
        #[cfg(feature = "blocking")]
        if self.on_blocking_runtime {
            return Ok(self.blocking_runtime()?.transport());
        }
        Ok(&self.inner.transport)
    }

    /// The runtime of blocking calls, started on first use.
    #[cfg(feature = "blocking")]
    pub(crate) fn blocking_runtime(
        &self,
    ) -> Result<&crate::engine::blocking::BlockingRuntime, BuildError> {
        let config = &self.inner.config;
        self.inner
            .blocking
            .get_or_init(|| crate::engine::blocking::BlockingRuntime::start(config))
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .field("own_token_provider", &self.tenant.is_some())
            .finish_non_exhaustive()
    }
}
