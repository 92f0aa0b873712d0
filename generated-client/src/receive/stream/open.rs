//! Opening a connection: the generated `gateway_1_0` operation asks the gateway for an
//! endpoint and a one-use ticket (client id and secret in the JSON body, never in a URL); the
//! ticket goes straight into the [`Target`] and is used once.

use crate::apis::gateway_1_0::{
    OpenConnectionRequest, OpenConnectionRequestSubscriptions,
    OpenConnectionRequestSubscriptionsRequired, OpenConnectionRequired,
};
use crate::base::auth::AccessToken;
use crate::engine::client::Client;
use crate::receive::stream::error::StreamError;
use crate::receive::stream::socket::Target;

/// An app's client id and secret. `Debug` leaves the secret out (an `AccessToken` shows as
/// redacted).
#[derive(Clone, Debug)]
pub(crate) struct AppCredentials {
    pub(crate) client_id: String,
    pub(crate) client_secret: AccessToken,
}

/// Asks the gateway for a connection; the answer is where to connect, ticket included.
pub(crate) async fn open(
    client: &Client,
    credentials: &AppCredentials,
    subscriptions: &[(&'static str, String)],
) -> Result<Target, StreamError> {
    let subscriptions = subscriptions.iter().map(|(kind, topic)| {
        OpenConnectionRequestSubscriptions::new(OpenConnectionRequestSubscriptionsRequired {
            topic: topic.clone(),
            r#type: (*kind).to_owned(),
        })
    });
    let request = OpenConnectionRequest::new(OpenConnectionRequired {
        client_id: credentials.client_id.clone(),
        client_secret: credentials.client_secret.expose().to_owned(),
        subscriptions: subscriptions.collect(),
    });
    let reply = client
        .gateway_1_0()
        .open_connection(&request)
        .await
        .map_err(StreamError::Open)?;
    let endpoint = reply.endpoint.as_deref().unwrap_or("").trim();
    let ticket = reply.ticket.as_deref().unwrap_or("").trim();
    if endpoint.is_empty() || ticket.is_empty() {
        return Err(StreamError::Gateway(format!(
            "the reply has no {}",
            if endpoint.is_empty() {
                "endpoint"
            } else {
                "ticket"
            }
        )));
    }
    Target::new(endpoint, ticket, plain_allowed(client))
        .map_err(|e| StreamError::Gateway(e.to_string()))
}

/// A `ws://` endpoint is taken only from a gateway reached over plain `http://` (a loopback
/// test); from `https://` (DingTalk's default) only `wss://`.
fn plain_allowed(client: &Client) -> bool {
    client.config().base_url.as_deref().is_some_and(|url| {
        url.get(..7)
            .is_some_and(|s| s.eq_ignore_ascii_case("http://"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::config::Config;

    fn client(base_url: Option<&str>) -> Client {
        let config = match base_url {
            Some(url) => Config::new().base_url(url),
            None => Config::new(),
        };
        Client::from_config(config).unwrap()
    }

    #[test]
    fn plain_ws_is_taken_only_from_a_gateway_reached_over_plain_http() {
        assert!(plain_allowed(&client(Some("http://127.0.0.1:9"))));
        assert!(plain_allowed(&client(Some("HTTP://127.0.0.1:9"))));
        assert!(!plain_allowed(&client(Some("https://api.dingtalk.com"))));
        assert!(!plain_allowed(&client(None)), "the default is https");
    }

    #[test]
    fn credentials_debug_hides_the_secret() {
        let credentials = AppCredentials {
            client_id: "id".into(),
            client_secret: AccessToken::new("the-secret"),
        };
        assert!(!format!("{credentials:?}").contains("the-secret"));
    }
}
