//! [`RobotWebhook`]: a custom group robot's webhook URL (or a robot callback's `sessionWebhook`
//! URL), checked and turned into calls of the generated `custom_robot` module. It sits above
//! the generated modules: it only chooses which of their operations a URL calls.

use std::fmt;

use crate::apis::custom_robot::{Message, SendBySessionRequest, SendRequest};
use crate::base::error::{BuildError, ServiceError};
use crate::engine::call::Call;
use crate::engine::client::Client;
use crate::engine::config::Config;

/// Sends messages to the group of a custom robot, from the webhook URL DingTalk shows
/// (`https://oapi.dingtalk.com/robot/send?access_token=...`) and, for robots with the 加签
/// security setting, its secret (`SEC...`); or replies through the `sessionWebhook` URL of a
/// robot callback (`.../robot/sendBySession?session=...`), which takes no token and no secret.
///
/// With a secret, every attempt (retries included) carries a fresh `timestamp` and `sign`.
/// A URL that is not one of these two, or a secret that is not a robot secret (it starts with
/// `SEC`), is refused when the webhook is made: a message is never sent unsigned because a
/// secret could not be used. Replies with an `errcode` other than 0 are
/// [`Error::Service`](crate::Error::Service) errors whose `code` is the errcode (`310000`:
/// security settings not met; `130101`, `410100`: sent too fast, retryable).
///
/// ```no_run
/// use generated_client::RobotWebhook;
/// use generated_client::custom_robot::{Message, MsgType, Text};
///
/// # async fn example() -> Result<(), Box<dyn std::error::Error>> {
/// let webhook = RobotWebhook::new(
///     "https://oapi.dingtalk.com/robot/send?access_token=<token>",
///     Some("SEC<secret>"),
/// )?;
/// let message = Message::new(MsgType::Text).text(Text::new("disk almost full"));
/// webhook.send(message).await?;
/// # Ok(())
/// # }
/// ```
#[derive(Clone)]
pub struct RobotWebhook {
    client: Client,
    base_url: String,
    /// The `session` of a `sessionWebhook` URL; `None` for a robot's webhook.
    session: Option<String>,
    signed: bool,
}

impl RobotWebhook {
    /// A webhook from the URL DingTalk shows and the robot's secret, if it has one, with the
    /// client's default settings (see [`RobotWebhook::with_config`]).
    pub fn new(url: &str, secret: Option<&str>) -> Result<Self, BuildError> {
        RobotWebhook::with_config(url, secret, Config::new())
    }

    /// A webhook whose calls use `config`'s settings (time-outs, retries, hooks, proxy). The
    /// URL's scheme, host and port become the base URL, its `access_token` the token and
    /// `secret` the signing secret, in place of any `config` had. The URL may be `http://`
    /// (for a local test server); whitespace around it and around the secret is ignored.
    pub fn with_config(
        url: &str,
        secret: Option<&str>,
        config: Config,
    ) -> Result<Self, BuildError> {
        let url = WebhookUrl::parse(url.trim())?;
        let mut config = config.base_url(url.base_url.clone());
        let (session, signed) = match url.kind {
            Kind::Robot { access_token } => {
                config = config.access_token(access_token);
                match secret.map(str::trim) {
                    Some(secret) => {
                        check_secret(secret)?;
                        config = config.signing_secret(secret);
                        (None, true)
                    }
                    None => (None, false),
                }
            }
            Kind::Session { session } => {
                if secret.is_some() {
                    return Err(BuildError::new(
                        "a sessionWebhook URL is not signed: give no secret with it",
                    ));
                }
                (Some(session), false)
            }
        };
        Ok(RobotWebhook {
            client: Client::from_config(config)?,
            base_url: url.base_url,
            session,
            signed,
        })
    }

    /// A `sessionWebhook` URL's webhook whose calls go through `client`'s connections and
    /// settings (a robot callback's handler already has a client). Anything but a
    /// `sessionWebhook` URL is refused: a robot's webhook needs its own token and secret.
    #[cfg(feature = "push")]
    pub(crate) fn for_session(client: &Client, url: &str) -> Result<Self, BuildError> {
        let url = WebhookUrl::parse(url.trim())?;
        let Kind::Session { session } = url.kind else {
            return Err(BuildError::new(
                "not a sessionWebhook URL (`.../robot/sendBySession?session=...`)",
            ));
        };
        Ok(RobotWebhook {
            client: client.with_base_url(&url.base_url)?,
            base_url: url.base_url,
            session: Some(session),
            signed: false,
        })
    }

    /// Sends `message` (`Send`, or `SendBySession` for a `sessionWebhook` URL). Set per-call
    /// options on the returned call, then `.await` it (or `send_blocking`).
    pub fn send(&self, message: Message) -> Call<(), ServiceError> {
        let api = self.client.custom_robot();
        match &self.session {
            None => api.send(&SendRequest::new(message)),
            Some(session) => api.send_by_session(&SendBySessionRequest::new(session, message)),
        }
    }

    /// The client the webhook's calls go through.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Whether the URL was a `sessionWebhook` URL.
    pub fn is_session(&self) -> bool {
        self.session.is_some()
    }

    /// Whether messages are signed.
    pub fn is_signed(&self) -> bool {
        self.signed
    }
}

impl fmt::Debug for RobotWebhook {
    // The token and the session are credentials: never shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RobotWebhook")
            .field("base_url", &self.base_url)
            .field("session", &self.session.is_some())
            .field("signed", &self.signed)
            .finish_non_exhaustive()
    }
}

/// A webhook URL taken apart.
struct WebhookUrl {
    base_url: String,
    kind: Kind,
}

enum Kind {
    Robot { access_token: String },
    Session { session: String },
}

const EXPECTED: &str = "expected `https://oapi.dingtalk.com/robot/send?access_token=...` or a \
                        sessionWebhook URL (`.../robot/sendBySession?session=...`)";

impl WebhookUrl {
    fn parse(url: &str) -> Result<WebhookUrl, BuildError> {
        let refuse =
            |why: &str| BuildError::new(format!("not a robot webhook URL: {why}; {EXPECTED}"));
        let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
        let scheme_len = if lower.starts_with("https://") {
            8
        } else if lower.starts_with("http://") {
            7
        } else {
            return Err(refuse("it does not start with https://"));
        };
        if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(refuse("it contains spaces or control characters"));
        }
        if url.contains('#') {
            return Err(refuse("it has a fragment (`#`)"));
        }
        let rest = &url[scheme_len..];
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        if authority.is_empty() || authority.contains('@') {
            return Err(refuse("it has no host, or has a user name"));
        }
        let (path, query) = match rest[authority_end..].split_once('?') {
            Some((path, query)) => (path, query),
            None => (&rest[authority_end..], ""),
        };
        let mut pairs = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(value).ok_or_else(|| {
                refuse(&format!(
                    "the value of `{name}` is not percent-encoded UTF-8"
                ))
            })?;
            pairs.push((name, value));
        }
        let wanted = match path {
            "/robot/send" => "access_token",
            "/robot/sendBySession" => "session",
            _ => {
                return Err(refuse(
                    "its path is neither /robot/send nor /robot/sendBySession",
                ));
            }
        };
        let mut value = None;
        for (name, v) in pairs {
            if name != wanted {
                return Err(refuse(&format!("unexpected query parameter `{name}`")));
            }
            if value.replace(v).is_some() {
                return Err(refuse(&format!("`{wanted}` appears twice")));
            }
        }
        let value = value
            .filter(|v| !v.is_empty())
            .ok_or_else(|| refuse(&format!("it has no `{wanted}`")))?;
        let kind = match wanted {
            "access_token" => Kind::Robot {
                access_token: value,
            },
            _ => Kind::Session { session: value },
        };
        Ok(WebhookUrl {
            base_url: url[..scheme_len + authority_end].to_owned(),
            kind,
        })
    }
}

/// A robot's secret as DingTalk shows it: `SEC` and then letters and digits. Anything else is
/// refused rather than ignored, so that a mistyped secret never sends unsigned messages.
fn check_secret(secret: &str) -> Result<(), BuildError> {
    let body = secret.strip_prefix("SEC").unwrap_or("");
    if body.is_empty() || !body.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(BuildError::new(
            "not a robot secret: it starts with `SEC` and holds no spaces (copy it from the \
             robot's security settings, 加签); nothing is sent unsigned",
        ));
    }
    Ok(())
}

/// `%XX` escapes and `+` (a space) decoded; `None` for a broken escape or bytes that are not
/// UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = value.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(url: &str) -> String {
        match WebhookUrl::parse(url) {
            Ok(_) => panic!("{url} accepted"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn a_copied_webhook_url_and_a_session_url_are_read() {
        let url =
            WebhookUrl::parse("https://oapi.dingtalk.com/robot/send?access_token=abc%2B1").unwrap();
        assert_eq!(url.base_url, "https://oapi.dingtalk.com");
        assert!(matches!(url.kind, Kind::Robot { access_token } if access_token == "abc+1"));
        let url =
            WebhookUrl::parse("http://127.0.0.1:8080/robot/sendBySession?session=s1").unwrap();
        assert_eq!(url.base_url, "http://127.0.0.1:8080");
        assert!(matches!(url.kind, Kind::Session { session } if session == "s1"));
    }

    #[test]
    fn malformed_urls_are_refused_with_the_reason() {
        assert!(refusal("oapi.dingtalk.com/robot/send?access_token=a").contains("https://"));
        assert!(refusal("https://oapi.dingtalk.com/robot/send").contains("no `access_token`"));
        assert!(
            refusal("https://oapi.dingtalk.com/robot/send?access_token=")
                .contains("no `access_token`")
        );
        assert!(refusal("https://oapi.dingtalk.com/robot/other?access_token=a").contains("path"));
        assert!(
            refusal("https://oapi.dingtalk.com/robot/send?access_token=a&access_token=b")
                .contains("twice")
        );
        assert!(refusal("https://oapi.dingtalk.com/robot/send?access_token=a&x=1").contains("`x`"));
        assert!(refusal("https://u@h/robot/send?access_token=a").contains("user name"));
        assert!(refusal("https://h/robot/send?access_token=%zz").contains("percent"));
        assert!(refusal("https://h/robot/send?access_token=a b").contains("spaces"));
        assert!(refusal("https:///robot/send?access_token=a").contains("no host"));
    }

    #[test]
    fn only_robot_secrets_are_accepted() {
        assert!(check_secret("SECabc123").is_ok());
        for bad in ["", "SEC", "abc123", "sec123", "SECa b"] {
            let e = check_secret(bad).unwrap_err().to_string();
            assert!(e.contains("SEC"), "{bad}: {e}");
        }
    }
}
