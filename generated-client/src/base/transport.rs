//! Where calls go and over what: the validated base URL, the user-agent, and HTTP connections.
//! Whoever sends is handed a [`Transport`] explicitly; nothing picks one behind its back.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::HeaderValue;

use crate::base::error::BuildError;

/// The network settings a client is built with.
#[derive(Clone, Debug, Default)]
pub(crate) struct Network {
    pub(crate) base_url: Option<String>,
    pub(crate) user_agent_suffix: Option<String>,
    pub(crate) proxy: Option<String>,
    pub(crate) connect_timeout: Duration,
    pub(crate) read_timeout: Duration,
}

/// A client's route to DingTalk, shared by its calls and its token provider.
#[derive(Debug)]
pub(crate) struct Transport {
    /// The configured base URL, validated, without a trailing `/`.
    pub(crate) base_url: Option<String>,
    /// The same, parsed once: a call's URL is this one with its path and query set, which
    /// costs a fraction of parsing the whole URL (host and all) again on every call.
    base: Option<Base>,
    /// The operations' own base URLs (used when none is configured), parsed on first use.
    operation_bases: Mutex<Vec<(&'static str, Base)>>,
    pub(crate) user_agent: HeaderValue,
    pool: Pool,
}

/// A parsed base URL and its path without a trailing `/`, which operation paths extend.
#[derive(Clone, Debug)]
pub(crate) struct Base {
    pub(crate) url: reqwest::Url,
    pub(crate) path: String,
}

impl Base {
    fn parse(url: &str) -> Result<Base, BuildError> {
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
        let path = parsed.path().trim_end_matches('/').to_owned();
        Ok(Base { url: parsed, path })
    }
}

impl Transport {
    pub(crate) fn new(network: &Network) -> Result<Self, BuildError> {
        let base = network.base_url.as_deref().map(Base::parse).transpose()?;
        let base_url = network
            .base_url
            .as_deref()
            .map(|url| url.trim_end_matches('/').to_owned());
        let mut agent = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned();
        if let Some(suffix) = &network.user_agent_suffix {
            agent.push(' ');
            agent.push_str(suffix);
        }
        let user_agent = HeaderValue::from_str(&agent)
            .map_err(|_| BuildError::new("the user-agent suffix is not a valid header value"))?;
        let settings = Settings {
            proxy: network
                .proxy
                .as_deref()
                .map(|url| {
                    // The error text leaves the URL out: it may hold a password.
                    reqwest::Proxy::all(url)
                        .map_err(|_| BuildError::new("the proxy URL is not a valid URL"))
                })
                .transpose()?,
            tls: tls_config()?,
        };
        let default_key = (network.connect_timeout, network.read_timeout);
        let default = settings.http_client(default_key)?;
        Ok(Transport {
            base_url,
            base,
            operation_bases: Mutex::new(Vec::new()),
            user_agent,
            pool: Pool {
                settings,
                default: (default_key, default),
                others: Mutex::new(Vec::new()),
            },
        })
    }

    /// A transport to `base_url` on this one's connections and settings (the same HTTP
    /// clients, user-agent, proxy and TLS): for calls to another host with the same network
    /// settings, like replies through a robot's `sessionWebhook`.
    #[cfg(all(feature = "push", feature = "custom_robot"))]
    pub(crate) fn with_base_url(&self, base_url: &str) -> Result<Transport, BuildError> {
        let base = Base::parse(base_url)?;
        Ok(Transport {
            base_url: Some(base_url.trim_end_matches('/').to_owned()),
            base: Some(base),
            operation_bases: Mutex::new(Vec::new()),
            user_agent: self.user_agent.clone(),
            pool: Pool {
                settings: self.pool.settings.clone(),
                default: self.pool.default.clone(),
                others: Mutex::new(Vec::new()),
            },
        })
    }

    /// Where a call goes: the configured base URL, else the operation's own.
    pub(crate) fn base(&self, operation_base: &'static str) -> Result<Base, BuildError> {
        if let Some(base) = &self.base {
            return Ok(base.clone());
        }
        let mut bases = self
            .operation_bases
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, base)) = bases.iter().find(|(url, _)| *url == operation_base) {
            return Ok(base.clone());
        }
        let base = Base::parse(operation_base)?;
        bases.push((operation_base, base.clone()));
        Ok(base)
    }

    /// An HTTP client with these (connect, read) time-outs.
    pub(crate) fn http(
        &self,
        connect: Duration,
        read: Duration,
    ) -> Result<reqwest::Client, BuildError> {
        self.pool.get((connect, read))
    }
}

/// What every HTTP client of a transport shares.
#[derive(Clone, Debug)]
struct Settings {
    proxy: Option<reqwest::Proxy>,
    tls: rustls::ClientConfig,
}

/// HTTP clients by (connect, read) time-out: reqwest fixes both per client, so a call that
/// overrides them gets a client of its own, kept for the next call with the same values.
#[derive(Debug)]
struct Pool {
    settings: Settings,
    default: (Key, reqwest::Client),
    others: Mutex<Vec<(Key, reqwest::Client)>>,
}

type Key = (Duration, Duration);

/// More distinct per-call time-outs than this are served by throwaway clients.
const MAX_POOLED_CLIENTS: usize = 8;

impl Pool {
    fn get(&self, key: Key) -> Result<reqwest::Client, BuildError> {
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
        let client = self.settings.http_client(key)?;
        if others.len() < MAX_POOLED_CLIENTS {
            others.push((key, client.clone()));
        }
        Ok(client)
    }
}

impl Settings {
    fn http_client(&self, (connect, read): Key) -> Result<reqwest::Client, BuildError> {
        let builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(connect)
            .read_timeout(read)
            .tls_backend_preconfigured(self.tls.clone());
        // Without an explicit proxy, none: reqwest would otherwise read `HTTP_PROXY` and
        // friends from the environment and send the token through whatever they name.
        let builder = match &self.proxy {
            Some(proxy) => builder.proxy(proxy.clone()),
            None => builder.no_proxy(),
        };
        builder
            .build()
            .map_err(|e| BuildError::new(format!("the HTTP client cannot be built: {e}")))
    }
}

/// TLS with the application's default rustls provider if it installed one, else ring. Nothing
/// is installed process-wide: the application stays free to install its own provider later.
pub(crate) fn tls_config() -> Result<rustls::ClientConfig, BuildError> {
    let provider = rustls::crypto::CryptoProvider::get_default()
        .cloned()
        .unwrap_or_else(|| Arc::new(rustls::crypto::ring::default_provider()));
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone()).map_err(|e| {
        BuildError::new(format!("TLS certificate verification is unavailable: {e}"))
    })?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| BuildError::new(format!("TLS cannot be set up: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    // HTTP/1.1 only, as the client is built.
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}
