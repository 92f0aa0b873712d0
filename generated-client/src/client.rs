//! The client: a config, and HTTP connections made from it.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::config::Config;
use crate::error::BuildError;

/// A DingTalk client. Cheap to clone (clones share connections); build one and reuse it.
///
/// Operations live in one handle per API module, e.g. `client.team_sphere_1_0().create_task(..)`.
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(crate) struct Inner {
    pub(crate) config: Config,
    /// The configured base URL, validated, without a trailing `/`.
    pub(crate) base_url: Option<String>,
    pub(crate) user_agent: HeaderValue,
    pub(crate) pool: Pool,
    #[cfg(feature = "blocking")]
    pub(crate) blocking: std::sync::OnceLock<Result<crate::blocking::Blocking, String>>,
}

impl Client {
    /// A client with the default [`Config`] and no token.
    pub fn new() -> Result<Self, BuildError> {
        Client::from_config(Config::new())
    }

    /// A client from `config`. Fails when the base URL or the user-agent suffix is unusable.
    pub fn from_config(config: Config) -> Result<Self, BuildError> {
        let base_url = config.base_url.as_deref().map(check_base_url).transpose()?;
        let mut agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned();
        if let Some(suffix) = &config.user_agent_suffix {
            agent.push(' ');
            agent.push_str(suffix);
        }
        let user_agent = HeaderValue::from_str(&agent)
            .map_err(|_| BuildError::new("the user-agent suffix is not a valid header value"))?;
        let pool = Pool::new(config.connect_timeout, config.read_timeout)?;
        Ok(Client {
            inner: Arc::new(Inner {
                config,
                base_url,
                user_agent,
                pool,
                #[cfg(feature = "blocking")]
                blocking: std::sync::OnceLock::new(),
            }),
        })
    }

    /// The connections for a call made now: the blocking runtime's inside a blocking call,
    /// else the async ones.
    pub(crate) fn pool(&self) -> &Pool {
        #[cfg(feature = "blocking")]
        if let Some(pool) = crate::blocking::active_pool(self) {
            return pool;
        }
        &self.inner.pool
    }

    /// The configuration this client was built from.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }
}

fn check_base_url(url: &str) -> Result<String, BuildError> {
    let parsed = reqwest::Url::parse(url)
        .map_err(|e| BuildError::new(format!("base URL {url:?} is not a URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(BuildError::new(format!(
            "base URL {url:?} must be http(s)://host"
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(BuildError::new(format!(
            "base URL {url:?} must not have a query or fragment"
        )));
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// HTTP clients by (connect, read) time-out: reqwest fixes both per client, so a call that
/// overrides them gets a client of its own, kept for the next call with the same values.
#[derive(Debug)]
pub(crate) struct Pool {
    default: ((Duration, Duration), reqwest::Client),
    others: Mutex<Vec<((Duration, Duration), reqwest::Client)>>,
}

/// More distinct per-call time-outs than this are served by throwaway clients.
const MAX_POOLED_CLIENTS: usize = 8;

impl Pool {
    pub(crate) fn new(connect: Duration, read: Duration) -> Result<Self, BuildError> {
        Ok(Pool {
            default: ((connect, read), http_client(connect, read)?),
            others: Mutex::new(Vec::new()),
        })
    }

    pub(crate) fn get(
        &self,
        connect: Duration,
        read: Duration,
    ) -> Result<reqwest::Client, BuildError> {
        let key = (connect, read);
        if key == self.default.0 {
            return Ok(self.default.1.clone());
        }
        let mut others = self
            .others
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, client)) = others.iter().find(|(k, _)| *k == key) {
            return Ok(client.clone());
        }
        let client = http_client(connect, read)?;
        if others.len() < MAX_POOLED_CLIENTS {
            others.push((key, client.clone()));
        }
        Ok(client)
    }
}

fn http_client(connect: Duration, read: Duration) -> Result<reqwest::Client, BuildError> {
    // reqwest is built without a bundled crypto provider; use ring unless the application
    // installed one of its own first (then `install_default` fails, which is fine).
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect)
        .read_timeout(read)
        .build()
        .map_err(|e| BuildError::new(format!("the HTTP client cannot be built: {e}")))
}
