//! The sending engine: builds the HTTP request once, then runs the attempts (token, hooks,
//! time-outs, retries, tracing) over the transport it is handed. Nothing here is generic, so it
//! is compiled once for all operations, and nothing here knows `Client` or `Call`: token
//! providers that make calls use it directly.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue, USER_AGENT};
use tokio::time::Instant;
use tracing::Instrument;

use crate::base::auth::{AccessToken, TokenContext, TokenProvider};
use crate::base::classify::is_invalid_token_code;
use crate::base::encode::MAX_URL_BYTES;
use crate::base::encode::encode_component;
use crate::base::error::{
    BuildError, DecodeError, EXCERPT_LIMIT, Error, HttpError, ServiceError, TimeoutError,
    TimeoutKind, TokenError, TransportError,
};
use crate::base::hook::{RequestContext, ResponseContext};
use crate::base::multipart::Encoded;
use crate::base::operation::{ErrorStyle, Operation, RequestWriter, Signature};
use crate::base::retry::{RetryPolicy, retry_after};
use crate::base::sign::{SigningSecret, now_millis, timestamp_hmac_sha256};
use crate::base::transport::Transport;
use crate::engine::config::{Config, Credentials};
use crate::engine::form_body::{Failure, FormBody};
use crate::engine::options::CallOptions;

/// A reply with a success status.
pub(crate) struct Raw {
    pub(crate) status: u16,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
}

/// Sends one call of `operation` over `transport`, with `config`'s settings and `options`.
pub(crate) async fn send(
    transport: &Arc<Transport>,
    config: &Config,
    operation: &'static Operation,
    path: Result<String, BuildError>,
    parts: RequestWriter,
    options: CallOptions,
) -> Result<Raw, Error<ServiceError>> {
    let prepared = prepare(transport, config, operation, path, parts, options)?;
    let span = tracing::info_span!(
        "dingtalk.call",
        operation = operation.name,
        method = operation.method.as_str(),
        path = operation.path,
        attempt = tracing::field::Empty,
        status = tracing::field::Empty,
        request_id = tracing::field::Empty,
    );
    let deadline = Instant::now().checked_add(prepared.operation_timeout);
    attempts(transport, config, &prepared, &span, deadline)
        .instrument(span.clone())
        .await
}

/// `future`, unless the operation's deadline passes first (`None`).
async fn within<F: Future>(deadline: Option<Instant>, future: F) -> Option<F::Output> {
    match deadline {
        Some(deadline) => tokio::time::timeout_at(deadline, future).await.ok(),
        None => Some(future.await),
    }
}

/// A request ready to go out, as often as the retry policy allows.
struct Prepared {
    operation: &'static Operation,
    /// The request's own query parameters, encoded (`a=1&b=2`).
    query: String,
    /// Base URL, path and `query`: what hooks see, without token or signature.
    url: reqwest::Url,
    headers: HeaderMap,
    /// Added after the hooks ran, in `place`.
    token: Token,
    place: Option<TokenPlace>,
    /// Computed afresh for every attempt: a signature holds the time it was made.
    signing: Option<(Signature, SigningSecret)>,
    body: Body,
    connect_timeout: Duration,
    read_timeout: Duration,
    attempt_timeout: Duration,
    operation_timeout: Duration,
    retry: RetryPolicy,
    repeatable: bool,
}

/// Checks and assembles everything about the request that does not change between attempts.
fn prepare(
    transport: &Transport,
    config: &Config,
    operation: &'static Operation,
    path: Result<String, BuildError>,
    parts: RequestWriter,
    options: CallOptions,
) -> Result<Prepared, Error<ServiceError>> {
    if let Some(e) = parts.error {
        return Err(Error::Build(e));
    }
    let base = transport.base(operation.base_url).map_err(Error::Build)?;
    // Scheme, host and port: what the URL holds besides its path and query.
    let origin = base.url.as_str().len() - base.url.path().len();
    let mut full_path = base.path;
    full_path.push_str(&path.map_err(Error::Build)?);
    if origin + full_path.len() > MAX_URL_BYTES {
        return Err(Error::Build(BuildError::new(format!(
            "the path parameters make the URL longer than {MAX_URL_BYTES} bytes"
        ))));
    }
    let mut query = String::new();
    for (i, (name, value)) in parts.query.iter().enumerate() {
        if i > 0 {
            query.push('&');
        }
        encode_component(name, &mut query);
        query.push('=');
        encode_component(value, &mut query);
        if origin + full_path.len() + 1 + query.len() > MAX_URL_BYTES {
            return Err(Error::Build(BuildError::new(format!(
                "query parameter `{name}` makes the URL longer than {MAX_URL_BYTES} bytes"
            ))));
        }
    }
    // The base URL was parsed once; setting parts percent-encoded already changes no byte of
    // them, and costs a fraction of parsing the whole URL again.
    let mut url = base.url;
    url.set_path(&full_path);
    if !query.is_empty() {
        url.set_query(Some(&query));
    }

    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
    // A form is written once here (every attempt sends the same bytes), with a fresh boundary.
    let form = match &parts.form {
        Some(form) => {
            let boundary = crate::base::multipart::boundary().map_err(Error::Build)?;
            Some(form.encode(&boundary).map_err(Error::Build)?)
        }
        None => None,
    };
    if let Some((_, content_type)) = &form {
        let value = HeaderValue::from_str(content_type)
            .map_err(|e| Error::Build(BuildError::new(format!("content-type: {e}"))))?;
        headers.insert(CONTENT_TYPE, value);
    } else if parts.body.is_some() {
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
    }
    headers.insert(USER_AGENT, transport.user_agent.clone());
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
        let (name, value) = header(name, value).map_err(Error::Build)?;
        headers.append(name, value);
    }

    let place = match (operation.auth_header, operation.auth_query) {
        (Some(name), _) => Some(TokenPlace::Header(name)),
        (None, Some(name)) => Some(TokenPlace::Query(name)),
        (None, None) => None,
    };
    let token = match place {
        None => Token::None,
        Some(place) => match (
            &options.access_token,
            &options.token_provider,
            &config.credentials,
        ) {
            (Some(token), _, _) | (None, None, Credentials::Fixed(token)) => {
                if let TokenPlace::Header(name) = place {
                    token_header(name, token).map_err(Error::Build)?;
                }
                Token::Ready(token.clone())
            }
            (None, Some(provider), _) | (None, None, Credentials::Provider(provider)) => {
                Token::Provider(provider.clone())
            }
            // Never a silent unauthenticated call.
            (None, None, Credentials::None) => {
                return Err(Error::Token(TokenError::missing(operation.name)));
            }
        },
    };
    let signing = match (operation.signature, &config.signing_secret) {
        (Some(_), Some(secret)) if secret.expose().is_empty() => {
            return Err(Error::Build(BuildError::new(
                "the signing secret is empty: nothing was sent",
            )));
        }
        (Some(signature), Some(secret)) => Some((signature, secret.clone())),
        _ => None,
    };

    Ok(Prepared {
        operation,
        query,
        url,
        headers,
        token,
        place,
        signing,
        body: match (form, parts.body) {
            (Some((form, _)), _) => match form.as_bytes() {
                Some(bytes) => Body::Bytes(bytes.clone()),
                None => Body::Form(form),
            },
            (None, Some(body)) => Body::Bytes(Bytes::from(body)),
            (None, None) => Body::None,
        },
        connect_timeout: options.connect_timeout.unwrap_or(config.connect_timeout),
        read_timeout: options.read_timeout.unwrap_or(config.read_timeout),
        attempt_timeout: options.attempt_timeout.unwrap_or(config.attempt_timeout),
        operation_timeout: options
            .operation_timeout
            .unwrap_or(config.operation_timeout),
        retry: options.retry.unwrap_or_else(|| config.retry.clone()),
        repeatable: options
            .idempotent
            .unwrap_or_else(|| operation.method.is_idempotent()),
    })
}

/// The body of a request.
enum Body {
    None,
    /// Shared, so each attempt sends it without copying.
    Bytes(Bytes),
    /// A form with files read as they are sent: each attempt makes a body of its own.
    Form(Encoded),
}

impl Body {
    /// Whether the request can be sent again whole: not once it has read from a stream,
    /// which cannot be read again. (Files on disk are opened again, bytes are kept.)
    fn can_repeat(&self) -> bool {
        match self {
            Body::None | Body::Bytes(_) => true,
            Body::Form(form) => form.read_streams().next().is_none(),
        }
    }
}

/// The access token of a call: none, at hand, or to be asked of the provider.
enum Token {
    None,
    Ready(AccessToken),
    Provider(Arc<dyn TokenProvider>),
}

/// Where the access token travels.
#[derive(Clone, Copy)]
enum TokenPlace {
    Header(&'static str),
    Query(&'static str),
}

impl Prepared {
    /// The URL of one attempt: the token (when it travels in the query) and a fresh signature
    /// first, in the order DingTalk's own clients send them, then the request's parameters.
    fn attempt_url(&self, token: Option<&AccessToken>) -> reqwest::Url {
        let mut url = self.url.clone();
        let token = match (self.place, token) {
            (Some(TokenPlace::Query(name)), Some(token)) => Some((name, token)),
            _ => None,
        };
        if token.is_none() && self.signing.is_none() {
            return url;
        }
        let mut query = String::new();
        let mut pair = |name: &str, value: &str| {
            if !query.is_empty() {
                query.push('&');
            }
            encode_component(name, &mut query);
            query.push('=');
            encode_component(value, &mut query);
        };
        if let Some((name, token)) = token {
            pair(name, token.expose());
        }
        if let Some((Signature::TimestampHmacSha256, secret)) = &self.signing {
            let timestamp = now_millis();
            pair("timestamp", &timestamp.to_string());
            pair("sign", &timestamp_hmac_sha256(secret, timestamp));
        }
        if !self.query.is_empty() {
            query.push('&');
            query.push_str(&self.query);
        }
        url.set_query(Some(&query));
        url
    }
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

async fn attempts(
    transport: &Arc<Transport>,
    config: &Config,
    p: &Prepared,
    span: &tracing::Span,
    deadline: Option<Instant>,
) -> Result<Raw, Error<ServiceError>> {
    let context = TokenContext {
        transport: transport.clone(),
    };
    // The operation time-out covers everything: token, attempts and the waits between them.
    // It shares each attempt's timer rather than running one of its own.
    let operation_timeout = || {
        Error::Timeout(TimeoutError::new(
            TimeoutKind::Operation,
            p.operation_timeout,
        ))
    };
    let mut provided = match &p.token {
        Token::Provider(provider) => Some(
            within(deadline, provider.token(&context))
                .await
                .ok_or_else(operation_timeout)?
                .map_err(Error::Token)?,
        ),
        _ => None,
    };
    let http = transport
        .http(p.connect_timeout, p.read_timeout)
        .map_err(Error::Build)?;
    let interceptors = &config.interceptors;
    let limit = config.max_response_bytes;
    let method = p.operation.method;
    let (mut attempt, mut tries, mut refreshed) = (1, 1, false);
    loop {
        span.record("attempt", attempt);
        let mut headers = p.headers.clone();
        for hook in interceptors {
            hook.before_send(&mut RequestContext {
                operation: p.operation.name,
                method: method.as_str(),
                url: p.url.as_str(),
                attempt,
                headers: &mut headers,
            });
        }
        let token = match (&p.token, &provided) {
            (Token::Ready(token), _) | (Token::Provider(_), Some(token)) => Some(token),
            _ => None,
        };
        if let (Some(TokenPlace::Header(name)), Some(token)) = (p.place, token) {
            let (name, value) = token_header(name, token).map_err(Error::Build)?;
            headers.insert(name, value);
        }
        // Built directly: the URL is parsed already, the headers are complete.
        let mut request = reqwest::Request::new(method.to_reqwest(), p.attempt_url(token));
        *request.headers_mut() = headers;
        let mut failure = None;
        match &p.body {
            Body::None => {}
            Body::Bytes(body) => *request.body_mut() = Some(body.clone().into()),
            Body::Form(form) => {
                let (body, failed) = within(deadline, FormBody::open(form))
                    .await
                    .ok_or_else(operation_timeout)?
                    .map_err(Error::Build)?;
                *request.body_mut() = Some(reqwest::Body::wrap(body));
                failure = Some(failed);
            }
        }

        let started = Instant::now();
        // Boxed: reqwest's future is most of an attempt's size, and kept inline it made every
        // future above it (the attempt loop, the call) kilobytes that are copied as they move.
        let exchange = Box::pin(async {
            let response = http.execute(request).await.map_err(transport_failure(p))?;
            read(response, limit, p).await
        });
        // One timer for the attempt: its own time-out or the operation's, whichever ends first.
        let attempt_end = started.checked_add(p.attempt_timeout);
        let operation_ends_first = match (attempt_end, deadline) {
            (Some(attempt_end), Some(deadline)) => deadline <= attempt_end,
            (None, deadline) => deadline.is_some(),
            (Some(_), None) => false,
        };
        let end = if operation_ends_first {
            deadline
        } else {
            attempt_end
        };
        let (error, server_wait) = match within(end, exchange).await {
            None if operation_ends_first => return Err(operation_timeout()),
            None => {
                let timeout = TimeoutError::new(TimeoutKind::Attempt, p.attempt_timeout);
                (Error::Timeout(timeout), None)
            }
            Some(Err(error)) => {
                // A file of the body failed: that is the call's error, not the connection's.
                if let Some(reason) = failure.as_ref().and_then(Failure::reason) {
                    let reason = format!("{reason}; the request was left unfinished");
                    return Err(Error::Build(BuildError::new(reason)));
                }
                (error, None)
            }
            Some(Ok(reply)) => {
                span.record("status", reply.status);
                // Looked up only for a subscriber that records it.
                if !span.is_disabled()
                    && let Some(id) = crate::base::error::header_request_id(&reply.headers)
                {
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
                let server_wait = if reply.is_success() {
                    None
                } else {
                    retry_after(&reply.headers)
                };
                match reply.into_result(limit, p.operation.errors) {
                    Ok(raw) => return Ok(raw),
                    Err(error) => {
                        // The body's request id, when the headers had none.
                        if let Some(id) = error.as_service().and_then(ServiceError::request_id) {
                            span.record("request_id", id);
                        }
                        (error, server_wait)
                    }
                }
            }
        };

        // A body that read from a stream cannot be sent again whole (see `FilePart`): this
        // attempt's error is the call's. A refused token is still forgotten.
        let can_repeat = p.body.can_repeat();

        // A provider's token refused by DingTalk: a fresh one, and the same request, once.
        if let (Token::Provider(provider), Some(rejected)) = (&p.token, &provided)
            && !refreshed
            && error.code().is_some_and(is_invalid_token_code)
        {
            refreshed = true;
            provider.invalidate(rejected);
            if !can_repeat {
                tracing::debug!(
                    attempt,
                    "access token refused; not repeated: a streamed file part was read"
                );
                return Err(error);
            }
            let fresh = within(deadline, provider.token(&context))
                .await
                .ok_or_else(operation_timeout)?
                .map_err(Error::Token)?;
            if fresh != *rejected {
                tracing::debug!(attempt, "access token refused; repeating with a fresh one");
                provided = Some(fresh);
                attempt += 1;
                continue;
            }
        }
        if !can_repeat {
            if error.is_retryable() {
                tracing::debug!(attempt, error = %error, "not repeated: a streamed file part was read");
            }
            return Err(error);
        }

        let wait = p
            .retry
            .decide(tries + 1, error.failure(), server_wait, p.repeatable);
        // A retry that could only start after the operation time-out is not made: the caller
        // gets this error rather than a time-out.
        let in_time = |wait| {
            let start = Instant::now().checked_add(wait);
            start.is_some_and(|start| deadline.is_none_or(|deadline| start < deadline))
        };
        match wait.filter(|wait| in_time(*wait)) {
            Some(wait) => {
                tracing::debug!(attempt, error = %error, ?wait, "attempt failed; retrying");
                tokio::time::sleep(wait).await;
                attempt += 1;
                tries += 1;
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
    fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// Success, or the error it is. With `ErrorStyle::Errcode`, a success status whose body is
    /// not a JSON object, or holds an `errcode` other than 0, is an error too.
    fn into_result(self, limit: usize, style: ErrorStyle) -> Result<Raw, Error<ServiceError>> {
        let Reply {
            status,
            headers,
            body,
            too_large,
        } = self;
        if (200..300).contains(&status) {
            if too_large {
                let e = DecodeError::too_large(status, &headers, &body, limit);
                return Err(Error::Decode(e));
            }
            if style == ErrorStyle::Errcode
                && let Some(error) = errcode_error(status, &headers, &body)
            {
                return Err(error);
            }
            return Ok(Raw {
                status,
                headers,
                body,
            });
        }
        if too_large {
            return Err(Error::Http(HttpError::too_large(
                status, headers, &body, limit,
            )));
        }
        Err(match ServiceError::from_body(status, &headers, &body) {
            Some(service) if status >= 400 => Error::Service(service),
            _ => Error::Http(HttpError::new(status, headers, &body)),
        })
    }
}

/// The error a success status carries in an `errcode` body: a service error when `errcode` is
/// there and not 0 (as a number or as text), a decode error when the body is not a JSON object.
fn errcode_error(status: u16, headers: &HeaderMap, body: &[u8]) -> Option<Error<ServiceError>> {
    let object: serde_json::Map<String, serde_json::Value> = match serde_json::from_slice(body) {
        Ok(object) => object,
        Err(e) => return Some(Error::Decode(DecodeError::json(status, headers, body, e))),
    };
    let failed = match object.get("errcode") {
        None | Some(serde_json::Value::Null) => false,
        Some(serde_json::Value::Number(n)) => n.as_i64() != Some(0),
        Some(serde_json::Value::String(s)) => s.trim() != "0",
        Some(_) => true,
    };
    if !failed {
        return None;
    }
    ServiceError::from_body(status, headers, body).map(Error::Service)
}

/// Reads the reply, at most `limit` bytes of body; of a body that declares itself larger, only
/// an excerpt. The rest is dropped unread.
async fn read(
    mut response: reqwest::Response,
    limit: usize,
    p: &Prepared,
) -> Result<Reply, Error<ServiceError>> {
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let mut too_large = response.content_length().is_some_and(|n| n > limit as u64);
    let cap = if too_large {
        limit.min(EXCERPT_LIMIT)
    } else {
        limit
    };
    // Sized once from the declared length (within the cap), not grown chunk by chunk.
    let declared = response.content_length().unwrap_or(0);
    let mut body = Vec::with_capacity(usize::try_from(declared).unwrap_or(cap).min(cap));
    while let Some(chunk) = response.chunk().await.map_err(transport_failure(p))? {
        let room = cap - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            too_large = true;
            break;
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Reply {
        status,
        headers,
        body,
        too_large,
    })
}

/// Sorts a reqwest failure into our error kinds. The URL is dropped from reqwest's error: it
/// may be long, and its query may hold what the caller sent.
fn transport_failure(p: &Prepared) -> impl Fn(reqwest::Error) -> Error<ServiceError> + '_ {
    move |e| {
        let e = e.without_url();
        if e.is_timeout() {
            let (kind, after) = if e.is_connect() {
                (TimeoutKind::Connect, p.connect_timeout)
            } else {
                (TimeoutKind::Read, p.read_timeout)
            };
            Error::Timeout(TimeoutError::new(kind, after))
        } else {
            Error::Transport(TransportError::new(e.is_connect(), e))
        }
    }
}
