//! Sending: builds the HTTP request once, then runs the attempts (hooks, token, retries,
//! tracing). Nothing here is generic, so it is compiled once for all operations.

use std::time::{Duration, Instant};

use bytes::Bytes;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use tracing::Instrument;

use std::sync::Arc;

use crate::client::Client;
use crate::config::{AccessToken, Credentials};
use crate::error::{
    BuildError, DecodeError, Error, HttpError, ServiceError, TimeoutError, TimeoutKind,
    TransportError,
};
use crate::hook::{RequestContext, ResponseContext};
use crate::operation::{Operation, RequestWriter};
use crate::options::CallOptions;
use crate::retry::{Failure, RetryPolicy, retry_after};
use crate::token::TokenProvider;

/// A request ready to go out, as often as the retry policy allows.
pub(crate) struct Prepared {
    operation: &'static Operation,
    url: String,
    headers: HeaderMap,
    /// Added after the hooks ran.
    token: Token,
    /// Shared, so each attempt sends it without copying.
    body: Option<Bytes>,
    connect_timeout: Duration,
    read_timeout: Duration,
    retry: RetryPolicy,
    repeatable: bool,
}

/// A reply with a success status.
pub(crate) struct Raw {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

/// Checks and assembles everything about the request that does not change between attempts.
pub(crate) fn prepare(
    client: &Client,
    operation: &'static Operation,
    path: Result<String, BuildError>,
    parts: RequestWriter,
    options: CallOptions,
) -> Result<Prepared, BuildError> {
    let inner = &client.inner;
    let config = &inner.config;
    if let Some(e) = parts.error {
        return Err(e);
    }
    let mut url = inner
        .base_url
        .as_deref()
        .unwrap_or(operation.base_url)
        .to_owned();
    url.push_str(&path?);
    for (i, (name, value)) in parts.query.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        crate::encode::encode_component(name, &mut url);
        url.push('=');
        crate::encode::encode_component(value, &mut url);
    }

    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    if parts.body.is_some() {
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
    }
    headers.insert(USER_AGENT, inner.user_agent.clone());
    let extra = options
        .headers
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()));
    for (name, value) in parts
        .headers
        .iter()
        .map(|(n, v)| (*n, v.as_str()))
        .chain(extra)
    {
        let (name, value) = header(name, value)?;
        headers.append(name, value);
    }

    let token = match operation.auth_header {
        None => Token::None,
        Some(name) => match (&options.access_token, &config.credentials) {
            (Some(token), _) | (None, Credentials::Fixed(token)) => {
                let (name, value) = token_header(name, token)?;
                Token::Ready(name, value)
            }
            (None, Credentials::Provider(provider)) => Token::Provider(name, provider.clone()),
            (None, Credentials::None) => Token::None,
        },
    };

    Ok(Prepared {
        operation,
        url,
        headers,
        token,
        body: parts.body.map(Bytes::from),
        connect_timeout: options.connect_timeout.unwrap_or(config.connect_timeout),
        read_timeout: options.read_timeout.unwrap_or(config.read_timeout),
        retry: options.retry.unwrap_or_else(|| config.retry.clone()),
        repeatable: options
            .idempotent
            .unwrap_or_else(|| operation.method.is_idempotent()),
    })
}

/// The access token of a call: none, at hand, or to be asked of the provider once per call.
enum Token {
    None,
    Ready(HeaderName, HeaderValue),
    Provider(&'static str, Arc<dyn TokenProvider>),
}

/// The token header, marked sensitive so it never shows in `Debug`.
fn token_header(name: &str, token: &AccessToken) -> Result<(HeaderName, HeaderValue), BuildError> {
    let (name, mut value) = header(name, token.expose())?;
    value.set_sensitive(true);
    Ok((name, value))
}

/// A header, refused before anything is sent if its value holds CR or LF (or anything else a
/// header cannot carry). The error names the header, never the value: it may be a token.
fn header(name: &str, value: &str) -> Result<(HeaderName, HeaderValue), BuildError> {
    let header_name = HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| BuildError::new(format!("{name:?} is not a valid header name")))?;
    if value.contains(['\r', '\n']) {
        return Err(BuildError::new(format!(
            "header `{name}` contains CR or LF"
        )));
    }
    let header_value = HeaderValue::from_str(value).map_err(|_| {
        BuildError::new(format!(
            "header `{name}` has a character headers cannot carry"
        ))
    })?;
    Ok((header_name, header_value))
}

/// Runs the attempts inside one tracing span.
pub(crate) async fn execute(
    client: &Client,
    prepared: Prepared,
) -> Result<Raw, Error<ServiceError>> {
    let operation = prepared.operation;
    let span = tracing::info_span!(
        "dingtalk.call",
        operation = operation.name,
        method = operation.method.as_str(),
        path = operation.path,
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
    );
    attempts(client, prepared, &span)
        .instrument(span.clone())
        .await
}

async fn attempts(
    client: &Client,
    p: Prepared,
    span: &tracing::Span,
) -> Result<Raw, Error<ServiceError>> {
    let token = match &p.token {
        Token::None => None,
        Token::Ready(name, value) => Some((name.clone(), value.clone())),
        Token::Provider(name, provider) => {
            let token = provider.token(client).await.map_err(Error::Token)?;
            Some(token_header(name, &token).map_err(Error::Build)?)
        }
    };
    let http = client
        .pool()
        .get(p.connect_timeout, p.read_timeout)
        .map_err(Error::Build)?;
    let interceptors = &client.inner.config.interceptors;
    let method = p.operation.method;
    let mut attempt = 1;
    loop {
        span.record("attempt", attempt);
        let mut headers = p.headers.clone();
        for hook in interceptors {
            hook.before_send(&mut RequestContext {
                operation: p.operation.name,
                method: method.as_str(),
                url: &p.url,
                attempt,
                headers: &mut headers,
            });
        }
        if let Some((name, value)) = &token {
            headers.insert(name.clone(), value.clone());
        }
        let mut request = http.request(method.to_reqwest(), &p.url).headers(headers);
        if let Some(body) = &p.body {
            request = request.body(body.clone());
        }

        let started = Instant::now();
        let limit = client.inner.config.max_response_bytes;
        let (error, failure) = match request.send().await {
            Err(e) => transport_failure(e, &p),
            Ok(response) => match read(response, limit, &p).await {
                Err(pair) => pair,
                Ok(reply) => {
                    span.record("status", reply.status);
                    if let Some(id) = crate::error::header_request_id(&reply.headers) {
                        span.record("request_id", id.as_str());
                    }
                    for hook in interceptors {
                        hook.after_receive(&ResponseContext {
                            operation: p.operation.name,
                            attempt,
                            status: reply.status,
                            headers: &reply.headers,
                            elapsed: started.elapsed(),
                        });
                    }
                    match reply.into_result(limit) {
                        Ok(raw) => return Ok(raw),
                        Err((error, failure)) => {
                            // The body's request id, when the headers had none.
                            if let Some(id) = error.as_service().and_then(ServiceError::request_id)
                            {
                                span.record("request_id", id);
                            }
                            (error, failure)
                        }
                    }
                }
            },
        };
        match p.retry.decide(attempt + 1, failure, p.repeatable) {
            Some(wait) => {
                tracing::debug!(attempt, error = %error, ?wait, "attempt failed; retrying");
                tokio::time::sleep(wait).await;
                attempt += 1;
            }
            None => return Err(error),
        }
    }
}

/// A reply as read off the wire, before it is judged.
struct Reply {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
    too_large: bool,
}

impl Reply {
    /// Success, or the error and what the retry policy needs to know of it.
    fn into_result(self, limit: usize) -> Result<Raw, (Error<ServiceError>, Failure)> {
        let Reply {
            status,
            headers,
            body,
            too_large,
        } = self;
        let failure = Failure::Status {
            status,
            server_wait: retry_after(&headers),
        };
        if (200..300).contains(&status) {
            if too_large {
                let e = DecodeError::too_large(status, &headers, &body, limit);
                return Err((Error::Decode(e), failure));
            }
            return Ok(Raw {
                status,
                headers,
                body,
            });
        }
        let error = match (status >= 400 && !too_large)
            .then(|| ServiceError::from_body(status, &headers, &body))
            .flatten()
        {
            Some(service) => Error::Service(service),
            None => Error::Http(HttpError::new(status, headers, &body)),
        };
        Err((error, failure))
    }
}

/// Reads the reply, at most `limit` bytes of body (beyond that the rest is dropped unread).
async fn read(
    mut response: reqwest::Response,
    limit: usize,
    p: &Prepared,
) -> Result<Reply, (Error<ServiceError>, Failure)> {
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let mut body = Vec::new();
    let mut too_large = response.content_length().is_some_and(|n| n > limit as u64);
    while !too_large {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = limit - body.len();
                too_large = chunk.len() > room;
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) => break,
            Err(e) => return Err(transport_failure(e, p)),
        }
    }
    Ok(Reply {
        status,
        headers,
        body,
        too_large,
    })
}

/// Sorts a reqwest failure into our error kinds, and tells the retry policy whether the
/// request may have reached the server.
fn transport_failure(e: reqwest::Error, p: &Prepared) -> (Error<ServiceError>, Failure) {
    if e.is_timeout() {
        if e.is_connect() {
            let error = TimeoutError::new(TimeoutKind::Connect, p.connect_timeout);
            (Error::Timeout(error), Failure::ConnectTimeout)
        } else {
            let error = TimeoutError::new(TimeoutKind::Read, p.read_timeout);
            (Error::Timeout(error), Failure::ReadTimeout)
        }
    } else if e.is_connect() {
        (
            Error::Transport(TransportError::new(true, e)),
            Failure::Connect,
        )
    } else {
        (
            Error::Transport(TransportError::new(false, e)),
            Failure::Broken,
        )
    }
}
