//! The client: a config, and the transport built from it. A handle: clones share everything.

use std::sync::Arc;

use crate::base::error::BuildError;
use crate::base::transport::Transport;
use crate::engine::config::Config;

/// A DingTalk client. A handle: cheap to clone, clones share connections, token cache and
/// settings; build one and reuse it. A call does not borrow it, so calls can be spawned.
///
/// Operations live in one handle per API module, e.g. `client.team_sphere_1_0().create_task(..)`.
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
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
        })
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
        })
    }
}
