//! The websocket itself: the endpoint the gateway named, checked, reached over TCP and, for
//! `wss://`, over the client's own rustls configuration (no second TLS stack).

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;

/// An open websocket to the gateway.
pub(crate) type Socket = WebSocketStream<Wire>;

/// Plain TCP (`ws://`, loopback tests) or TLS (`wss://`).
#[derive(Debug)]
pub(crate) enum Wire {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

/// Why the websocket could not be opened. Never holds the URL: its query is the ticket.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SocketError {
    #[error("the gateway's endpoint is not usable: {0}")]
    Endpoint(String),
    #[error("connecting to {host} failed: {reason}")]
    Connect { host: String, reason: String },
    #[error("the websocket handshake with {host} failed: {reason}")]
    Handshake { host: String, reason: String },
}

/// An endpoint with its one-use ticket, ready to connect to. Its `Debug` leaves the ticket out.
pub(crate) struct Target {
    url: String,
    host: String,
    port: u16,
    tls: bool,
}

impl std::fmt::Debug for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Target({}:{}, tls: {})", self.host, self.port, self.tls)
    }
}

impl Target {
    /// `endpoint?ticket=<ticket>`. `wss://` always; `ws://` only when `allow_plain` (the open
    /// request itself went over plain `http://`, as on loopback).
    pub(crate) fn new(
        endpoint: &str,
        ticket: &str,
        allow_plain: bool,
    ) -> Result<Self, SocketError> {
        let mut url = reqwest::Url::parse(endpoint)
            .map_err(|e| SocketError::Endpoint(format!("{endpoint:?} is not a URL: {e}")))?;
        let tls = match url.scheme() {
            "wss" => true,
            "ws" if allow_plain => false,
            "ws" => {
                return Err(SocketError::Endpoint(format!(
                    "{endpoint:?} is plain ws:// while the gateway was reached over https"
                )));
            }
            other => {
                return Err(SocketError::Endpoint(format!(
                    "{endpoint:?} has scheme {other:?}, not wss"
                )));
            }
        };
        let host = url
            .host_str()
            .ok_or_else(|| SocketError::Endpoint(format!("{endpoint:?} has no host")))?
            .to_owned();
        let port = url
            .port_or_known_default()
            .unwrap_or(if tls { 443 } else { 80 });
        url.query_pairs_mut().append_pair("ticket", ticket);
        Ok(Target {
            url: url.into(),
            host,
            port,
            tls,
        })
    }

    /// The host (for logs: no ticket).
    pub(crate) fn host(&self) -> &str {
        &self.host
    }

    /// Connects and performs the websocket handshake, within `timeout`.
    pub(crate) async fn connect(
        self,
        tls: &Arc<rustls::ClientConfig>,
        config: WebSocketConfig,
        timeout: Duration,
    ) -> Result<Socket, SocketError> {
        let host = self.host.clone();
        match tokio::time::timeout(timeout, self.connect_now(tls, config)).await {
            Ok(result) => result,
            Err(_) => Err(SocketError::Connect {
                host,
                reason: format!("no websocket within {timeout:?}"),
            }),
        }
    }

    async fn connect_now(
        self,
        tls: &Arc<rustls::ClientConfig>,
        config: WebSocketConfig,
    ) -> Result<Socket, SocketError> {
        let connect_error = |reason: String| SocketError::Connect {
            host: self.host.clone(),
            reason,
        };
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        let tcp = TcpStream::connect((host, self.port))
            .await
            .map_err(|e| connect_error(e.to_string()))?;
        // Frames are small and each should leave at once.
        tcp.set_nodelay(true)
            .map_err(|e| connect_error(e.to_string()))?;
        let wire = if self.tls {
            let name = rustls::pki_types::ServerName::try_from(host.to_owned())
                .map_err(|e| connect_error(format!("not a TLS server name: {e}")))?;
            let stream = tokio_rustls::TlsConnector::from(tls.clone())
                .connect(name, tcp)
                .await
                .map_err(|e| connect_error(format!("TLS: {e}")))?;
            Wire::Tls(Box::new(stream))
        } else {
            Wire::Plain(tcp)
        };
        let handshake_error = |reason: String| SocketError::Handshake {
            host: self.host.clone(),
            reason,
        };
        let request = self
            .url
            .as_str()
            .into_client_request()
            .map_err(|e| handshake_error(e.to_string()))?;
        let (socket, _) = tokio_tungstenite::client_async_with_config(request, wire, Some(config))
            .await
            .map_err(|e| handshake_error(e.to_string()))?;
        Ok(socket)
    }
}

impl AsyncRead for Wire {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Wire::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Wire::Tls(s) => Pin::new(s).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Wire {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Wire::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Wire::Tls(s) => Pin::new(s).poll_write(cx, buf),
        }
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Wire::Plain(s) => Pin::new(s).poll_flush(cx),
            Wire::Tls(s) => Pin::new(s).poll_flush(cx),
        }
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Wire::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Wire::Tls(s) => Pin::new(s).poll_shutdown(cx),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ticket_is_a_query_parameter_and_plain_ws_only_when_allowed() {
        let target = Target::new("wss://gw.example/connect", "t k+1", false).unwrap();
        assert_eq!(target.url, "wss://gw.example/connect?ticket=t+k%2B1");
        assert_eq!((target.port, target.tls), (443, true));
        assert!(!format!("{target:?}").contains("t k"));
        assert!(Target::new("ws://127.0.0.1:9/connect", "t", true).is_ok());
        let refused = Target::new("ws://gw.example/connect", "secret-ticket", false).unwrap_err();
        assert!(refused.to_string().contains("plain ws://"));
        assert!(!refused.to_string().contains("secret-ticket"));
        assert!(Target::new("https://gw.example/", "t", true).is_err());
    }
}
