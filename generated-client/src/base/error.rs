//! The error model: one [`Error`] per call, generic over the operation's own error enum.
//!
//! Every error says what happened without reading the source: the service's `code`, `message`
//! and request id when the service answered, the status and a bounded excerpt of the body when
//! it answered something else, and its own kind for time-outs, transport failures and requests
//! that could not be built.

use std::fmt;
use std::sync::Arc;

use reqwest::header::HeaderMap;

use crate::base::classify::{Failure, Retry, classify};

/// At most this many bytes of a body are kept in error texts and excerpts.
pub const EXCERPT_LIMIT: usize = 512;

/// Bounds on the parts of an error's `Display`, so that no reply can make an error's text
/// large: the whole text stays within a few KiB whatever the server sent.
const CODE_LIMIT: usize = 256;
const MESSAGE_LIMIT: usize = 1024;
const ID_LIMIT: usize = 128;
const DETAIL_LIMIT: usize = 2048;

/// An operation's typed error enum (generated from its error table).
///
/// Implemented by every generated `*Error` enum: each variant wraps the [`ServiceError`] the
/// service returned, matched on its `code`; codes the table does not list land in `Unhandled`.
pub trait OperationError: Sized + fmt::Debug + fmt::Display {
    /// Sorts a service error into the variant its `code` names.
    fn from_service(error: ServiceError) -> Self;
    /// The service error inside whichever variant this is.
    fn service(&self) -> &ServiceError;
}

/// Lets a call use the plain [`ServiceError`] as its error type.
impl OperationError for ServiceError {
    fn from_service(error: ServiceError) -> Self {
        error
    }
    fn service(&self) -> &ServiceError {
        self
    }
}

/// Everything that can go wrong with one call. `E` is the operation's typed error enum.
///
/// A [`BuildError`] (of [`Client::from_config`](crate::Client::from_config), say) becomes an
/// `Error::Build` with `?`. `Debug` is meant for people too (what `main` prints when it returns
/// an error): the variant, then the error's own short fields, never an HTTP library's
/// internals or a whole body.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The service answered with an error body (status ≥ 400 and a JSON object): sorted into the
    /// operation's error enum by `code`.
    #[error("{0}")]
    Service(E),
    /// The service answered with a status that is not success and a body that is not a DingTalk
    /// error (an HTML 502, an empty 503, a text 404), or with a redirect, which is never followed.
    #[error(transparent)]
    Http(HttpError),
    /// A success status whose body does not have the operation's response shape, or is larger
    /// than the configured bound.
    #[error(transparent)]
    Decode(DecodeError),
    /// The connect or read time-out fired.
    #[error(transparent)]
    Timeout(TimeoutError),
    /// The connection failed or broke (refused, reset, TLS failure).
    #[error(transparent)]
    Transport(TransportError),
    /// The request could not be built; nothing was sent.
    #[error(transparent)]
    Build(BuildError),
    /// No access token could be had (none configured, or the token provider failed); nothing
    /// was sent.
    #[error(transparent)]
    Token(TokenError),
}

impl<E> From<BuildError> for Error<E> {
    fn from(error: BuildError) -> Self {
        Error::Build(error)
    }
}

impl<E> Error<E> {
    /// The same error with the service error turned into another type (the others kept).
    pub fn map_service<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::Service(e) => Error::Service(f(e)),
            Error::Http(e) => Error::Http(e),
            Error::Decode(e) => Error::Decode(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Build(e) => Error::Build(e),
            Error::Token(e) => Error::Token(e),
        }
    }
}

impl<E: OperationError> Error<E> {
    /// The service's error code (`Code`/`code` in the body), when the service sent one.
    pub fn code(&self) -> Option<&str> {
        self.as_service().and_then(ServiceError::code)
    }

    /// The service's error message (`Message`/`message`), when the service sent one.
    pub fn message(&self) -> Option<&str> {
        self.as_service().and_then(ServiceError::message)
    }

    /// The request id of the reply, from the body or the `x-acs-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service(e) => e.service().request_id(),
            Error::Http(e) => e.request_id(),
            Error::Decode(e) => e.request_id(),
            _ => None,
        }
    }

    /// The HTTP status of the reply, when there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Service(e) => Some(e.service().status()),
            Error::Http(e) => Some(e.status()),
            Error::Decode(e) => Some(e.status()),
            _ => None,
        }
    }

    /// The service error behind a [`Error::Service`], whatever its variant.
    pub fn as_service(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(e) => Some(e.service()),
            _ => None,
        }
    }

    /// Whether trying again may succeed: connection failures, time-outs, throttling (429, 503,
    /// and 403/429 with `*QpsLimit*` or `Throttling*` codes, `errcode` 130101 and 410100 of
    /// the legacy API and robots) and 502/504. The
    /// [`RetryPolicy`](crate::RetryPolicy) uses the same classification, and retries 502/504
    /// and time-outs after the request was sent only for calls safe to repeat.
    pub fn is_retryable(&self) -> bool {
        classify(self.failure()) != Retry::Never
    }

    /// What trying again needs to know of this error.
    pub(crate) fn failure(&self) -> Failure<'_> {
        match self {
            Error::Timeout(e) => match e.kind() {
                TimeoutKind::Connect => Failure::ConnectTimeout,
                _ => Failure::ReplyTimeout,
            },
            Error::Transport(e) if e.is_connect() => Failure::Connect,
            Error::Transport(_) => Failure::Broken,
            Error::Service(e) => Failure::Status {
                status: e.service().status(),
                code: e.service().code(),
            },
            Error::Http(e) => Failure::Status {
                status: e.status(),
                code: None,
            },
            Error::Decode(_) | Error::Build(_) | Error::Token(_) => Failure::Final,
        }
    }
}

/// An error reply from the service: status ≥ 400 with a JSON object body, or (legacy API and
/// robots) any status with a JSON body whose `errcode` is not 0.
///
/// Build one in tests with [`ServiceError::new`] and the `with_*` methods.
#[derive(Clone, Default)]
pub struct ServiceError {
    // Boxed so that `Result<_, Error<E>>` stays small on the happy path.
    inner: Box<ServiceErrorInner>,
}

#[derive(Clone, Debug, Default)]
struct ServiceErrorInner {
    status: u16,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    description: Option<String>,
    sub_code: Option<String>,
    sub_message: Option<String>,
    access_denied_detail: Option<serde_json::Value>,
    headers: HeaderMap,
    body: String,
}

impl ServiceError {
    /// An error with this status and nothing else; add the rest with the `with_*` methods.
    pub fn new(status: u16) -> Self {
        let mut error = ServiceError::default();
        error.inner.status = status;
        error
    }

    /// Reads an error body the way the service writes it: `code` from `Code`/`code`/`errcode`
    /// (numbers become strings), `message` from `Message`/`message`/`errmsg`, the request id
    /// from `RequestId`/`requestid`/`requestId`/`request_id` or else the `x-acs-request-id`
    /// header, `description`, `sub_code` and `sub_msg`, and
    /// `accessDeniedDetail`/`accessdenieddetail` kept as JSON. `None` when `body` is not a JSON
    /// object.
    pub fn from_body(status: u16, headers: &HeaderMap, body: &[u8]) -> Option<Self> {
        let serde_json::Value::Object(map) = serde_json::from_slice(body).ok()? else {
            return None;
        };
        let text = |keys: &[&str]| {
            keys.iter().find_map(|k| match map.get(*k)? {
                serde_json::Value::String(s) => Some(s.clone()),
                serde_json::Value::Number(n) => Some(n.to_string()),
                serde_json::Value::Bool(b) => Some(b.to_string()),
                _ => None,
            })
        };
        let inner = ServiceErrorInner {
            status,
            code: text(&["Code", "code", "errcode"]),
            message: text(&["Message", "message", "errmsg"]),
            request_id: text(&["RequestId", "requestid", "requestId", "request_id"])
                .or_else(|| header_request_id(headers)),
            description: text(&["Description", "description"]),
            sub_code: text(&["sub_code"]),
            sub_message: text(&["sub_msg"]),
            access_denied_detail: [
                "AccessDeniedDetail",
                "accessDeniedDetail",
                "accessdenieddetail",
            ]
            .iter()
            .find_map(|k| map.get(*k).cloned()),
            headers: headers.clone(),
            body: String::from_utf8_lossy(body).into_owned(),
        };
        Some(ServiceError {
            inner: Box::new(inner),
        })
    }

    /// Sets the error code.
    pub fn with_code(mut self, code: impl Into<String>) -> Self {
        self.inner.code = Some(code.into());
        self
    }
    /// Sets the error message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.inner.message = Some(message.into());
        self
    }
    /// Sets the request id.
    pub fn with_request_id(mut self, request_id: impl Into<String>) -> Self {
        self.inner.request_id = Some(request_id.into());
        self
    }
    /// Sets the description.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.inner.description = Some(description.into());
        self
    }
    /// Sets the sub-code (the legacy API's `sub_code`).
    pub fn with_sub_code(mut self, sub_code: impl Into<String>) -> Self {
        self.inner.sub_code = Some(sub_code.into());
        self
    }
    /// Sets the sub-message (the legacy API's `sub_msg`).
    pub fn with_sub_message(mut self, sub_message: impl Into<String>) -> Self {
        self.inner.sub_message = Some(sub_message.into());
        self
    }
    /// Sets the raw body.
    pub fn with_body(mut self, body: impl Into<String>) -> Self {
        self.inner.body = body.into();
        self
    }

    /// HTTP status of the reply.
    pub fn status(&self) -> u16 {
        self.inner.status
    }
    /// The service's error code.
    pub fn code(&self) -> Option<&str> {
        self.inner.code.as_deref()
    }
    /// The service's error message.
    pub fn message(&self) -> Option<&str> {
        self.inner.message.as_deref()
    }
    /// The request id, from the body or the `x-acs-request-id` header.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }
    /// The body's `description`, when present.
    pub fn description(&self) -> Option<&str> {
        self.inner.description.as_deref()
    }
    /// The legacy API's `sub_code`, when present.
    pub fn sub_code(&self) -> Option<&str> {
        self.inner.sub_code.as_deref()
    }
    /// The legacy API's `sub_msg`, when present.
    pub fn sub_message(&self) -> Option<&str> {
        self.inner.sub_message.as_deref()
    }
    /// The body's `accessDeniedDetail` (for example the scopes the token lacks), as JSON.
    pub fn access_denied_detail(&self) -> Option<&serde_json::Value> {
        self.inner.access_denied_detail.as_ref()
    }
    /// Headers of the reply.
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
    }
    /// The raw body of the reply.
    pub fn body(&self) -> &str {
        &self.inner.body
    }
}

impl fmt::Debug for ServiceError {
    // The fields a person reads; headers and the raw body stay behind their accessors.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        fn text(value: &Option<String>) -> Option<Bounded<'_>> {
            value.as_deref().map(Bounded)
        }
        f.debug_struct("ServiceError")
            .field("status", &inner.status)
            .field("code", &text(&inner.code))
            .field("message", &text(&inner.message))
            .field("request_id", &text(&inner.request_id))
            .field("sub_code", &text(&inner.sub_code))
            .field("sub_message", &text(&inner.sub_message))
            .finish_non_exhaustive()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, message) = (&self.inner.code, &self.inner.message);
        if let Some(code) = code {
            write_bounded(f, CODE_LIMIT, format_args!("{code}"))?;
        }
        match (code, message) {
            (Some(_), Some(message)) => {
                write_bounded(f, MESSAGE_LIMIT, format_args!(": {message}"))?
            }
            (None, Some(message)) => write_bounded(f, MESSAGE_LIMIT, format_args!("{message}"))?,
            (Some(_), None) => {}
            (None, None) => f.write_str("service error without code")?,
        }
        let (sub_code, sub_message) = (&self.inner.sub_code, &self.inner.sub_message);
        if sub_code.is_some() || sub_message.is_some() {
            f.write_str(" [")?;
            if let Some(sub_code) = sub_code {
                write_bounded(f, CODE_LIMIT, format_args!("{sub_code}"))?;
                if sub_message.is_some() {
                    f.write_str(": ")?;
                }
            }
            if let Some(sub_message) = sub_message {
                write_bounded(f, MESSAGE_LIMIT, format_args!("{sub_message}"))?;
            }
            f.write_str("]")?;
        }
        write_status_and_id(f, self.inner.status, self.inner.request_id.as_deref())
    }
}

impl std::error::Error for ServiceError {}

fn write_status_and_id(f: &mut fmt::Formatter<'_>, status: u16, id: Option<&str>) -> fmt::Result {
    match id {
        Some(id) => {
            write!(f, " (status {status}, request id ")?;
            write_bounded(f, ID_LIMIT, format_args!("{id}"))?;
            f.write_str(")")
        }
        None => write!(f, " (status {status}, no request id)"),
    }
}

/// Writes `args`, cut after `limit` bytes (on a character boundary) and marked with `…`.
pub(crate) fn write_bounded(
    f: &mut fmt::Formatter<'_>,
    limit: usize,
    args: fmt::Arguments<'_>,
) -> fmt::Result {
    struct Cut<'a, 'b> {
        f: &'a mut fmt::Formatter<'b>,
        left: usize,
        done: bool,
    }
    impl fmt::Write for Cut<'_, '_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            if self.done {
                return Ok(());
            }
            if s.len() <= self.left {
                self.left -= s.len();
                return self.f.write_str(s);
            }
            let mut end = self.left;
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            self.done = true;
            self.f.write_str(&s[..end])?;
            self.f.write_str("…")
        }
    }
    fmt::write(
        &mut Cut {
            f,
            left: limit,
            done: false,
        },
        args,
    )
}

/// A reply whose status is not success and whose body is not a DingTalk error object, or a
/// redirect (never followed).
#[derive(Clone)]
pub struct HttpError {
    inner: Box<HttpErrorInner>,
}

#[derive(Clone, Debug)]
struct HttpErrorInner {
    status: u16,
    headers: HeaderMap,
    excerpt: String,
    request_id: Option<String>,
    /// The body was larger than this limit and was not read whole.
    too_large: Option<usize>,
}

impl HttpError {
    /// An error for this status, headers and body (only an excerpt of the body is kept).
    pub fn new(status: u16, headers: HeaderMap, body: &[u8]) -> Self {
        let inner = HttpErrorInner {
            status,
            request_id: header_request_id(&headers),
            headers,
            excerpt: excerpt(body),
            too_large: None,
        };
        HttpError {
            inner: Box::new(inner),
        }
    }
    /// An error reply whose body is larger than `limit` bytes (`body` is what was read of it).
    pub fn too_large(status: u16, headers: HeaderMap, body: &[u8], limit: usize) -> Self {
        let mut error = HttpError::new(status, headers, body);
        error.inner.too_large = Some(limit);
        error
    }
    /// Whether the body was larger than the configured bound (and so not read whole).
    pub fn is_too_large(&self) -> bool {
        self.inner.too_large.is_some()
    }
    /// HTTP status of the reply.
    pub fn status(&self) -> u16 {
        self.inner.status
    }
    /// Headers of the reply.
    pub fn headers(&self) -> &HeaderMap {
        &self.inner.headers
    }
    /// The first bytes of the body (at most [`EXCERPT_LIMIT`]), as text.
    pub fn excerpt(&self) -> &str {
        &self.inner.excerpt
    }
    /// The `x-acs-request-id` header, when present.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }
    /// The `location` header of a redirect.
    pub fn location(&self) -> Option<&str> {
        self.inner
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok())
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(location) = self
            .location()
            .filter(|_| (300..400).contains(&self.inner.status))
        {
            write_bounded(
                f,
                DETAIL_LIMIT,
                format_args!("redirect to {location} not followed"),
            )?;
        } else if let Some(limit) = self.inner.too_large {
            write!(
                f,
                "HTTP error with a body larger than the {limit}-byte limit"
            )?;
        } else if self.inner.excerpt.is_empty() {
            write!(f, "HTTP error with an empty body")?;
        } else {
            let excerpt = &self.inner.excerpt;
            write_bounded(
                f,
                DETAIL_LIMIT,
                format_args!("HTTP error, body: {excerpt:?}"),
            )?;
        }
        write_status_and_id(f, self.inner.status, self.inner.request_id.as_deref())
    }
}

impl std::error::Error for HttpError {}

impl fmt::Debug for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("HttpError")
            .field("status", &inner.status)
            .field("request_id", &inner.request_id)
            .field("location", &self.location())
            .field("too_large", &inner.too_large)
            .field("excerpt", &Bounded(&inner.excerpt))
            .finish_non_exhaustive()
    }
}

/// Text shown in `Debug` cut to [`DETAIL_LIMIT`] bytes, so a `Debug` stays readable whatever
/// the server sent.
struct Bounded<'a>(&'a str);

impl fmt::Debug for Bounded<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_bounded(f, DETAIL_LIMIT, format_args!("{:?}", self.0))
    }
}

/// A success reply whose body could not be read as the operation's response type.
#[derive(Debug)]
pub struct DecodeError {
    inner: Box<DecodeErrorInner>,
}

#[derive(Debug)]
struct DecodeErrorInner {
    status: u16,
    request_id: Option<String>,
    excerpt: String,
    reason: DecodeReason,
}

#[derive(Debug)]
enum DecodeReason {
    Json(serde_json::Error),
    TooLarge { limit: usize },
}

impl DecodeError {
    fn with(status: u16, headers: &HeaderMap, body: &[u8], reason: DecodeReason) -> Self {
        let inner = DecodeErrorInner {
            status,
            request_id: header_request_id(headers),
            excerpt: excerpt(body),
            reason,
        };
        DecodeError {
            inner: Box::new(inner),
        }
    }

    /// A body (of a reply with this status and headers) that did not decode, and why.
    pub fn json(status: u16, headers: &HeaderMap, body: &[u8], e: serde_json::Error) -> Self {
        DecodeError::with(status, headers, body, DecodeReason::Json(e))
    }
    /// A body larger than `limit` bytes (`body` is what was read of it).
    pub fn too_large(status: u16, headers: &HeaderMap, body: &[u8], limit: usize) -> Self {
        DecodeError::with(status, headers, body, DecodeReason::TooLarge { limit })
    }
    /// HTTP status of the reply.
    pub fn status(&self) -> u16 {
        self.inner.status
    }
    /// The `x-acs-request-id` header, when present.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.request_id.as_deref()
    }
    /// The first bytes of the body (at most [`EXCERPT_LIMIT`]), as text.
    pub fn excerpt(&self) -> &str {
        &self.inner.excerpt
    }
    /// Whether the body was refused for being larger than the configured bound.
    pub fn is_too_large(&self) -> bool {
        matches!(self.inner.reason, DecodeReason::TooLarge { .. })
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner.reason {
            // serde's text quotes the offending value, which may be as long as the body.
            DecodeReason::Json(e) => write_bounded(
                f,
                DETAIL_LIMIT,
                format_args!("response body does not decode: {e}"),
            )?,
            DecodeReason::TooLarge { limit } => {
                write!(f, "response body larger than the {limit}-byte limit")?
            }
        }
        write_status_and_id(f, self.inner.status, self.inner.request_id.as_deref())?;
        let excerpt = &self.inner.excerpt;
        write_bounded(f, DETAIL_LIMIT, format_args!(", body: {excerpt:?}"))
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.inner.reason {
            DecodeReason::Json(e) => Some(e),
            DecodeReason::TooLarge { .. } => None,
        }
    }
}

/// Which time-out fired.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeoutKind {
    /// Connecting took longer than the connect time-out; the request was not sent.
    Connect,
    /// The server stayed silent longer than the read time-out while the reply was read.
    Read,
    /// One attempt (sending, the reply's headers and its whole body) took longer than the
    /// attempt time-out.
    Attempt,
    /// The whole call (every attempt, the waits between them, and fetching a token) took
    /// longer than the operation time-out.
    Operation,
}

/// A time-out fired.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{kind:?} time-out after {after:?}")]
pub struct TimeoutError {
    kind: TimeoutKind,
    after: std::time::Duration,
}

impl TimeoutError {
    /// A time-out of this kind after this long.
    pub fn new(kind: TimeoutKind, after: std::time::Duration) -> Self {
        TimeoutError { kind, after }
    }
    /// Which time-out fired.
    pub fn kind(&self) -> TimeoutKind {
        self.kind
    }
    /// The time-out that was in force.
    pub fn after(&self) -> std::time::Duration {
        self.after
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The connection failed or broke.
pub struct TransportError {
    connect: bool,
    source: BoxError,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.connect {
            "connection failed"
        } else {
            "transport error"
        })?;
        // reqwest's own text stops at "error sending request"; the cause is further down.
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&*self.source);
        let mut depth = 0;
        while let Some(error) = cause.filter(|_| depth < 8) {
            write_bounded(f, MESSAGE_LIMIT, format_args!(": {error}"))?;
            cause = error.source();
            depth += 1;
        }
        Ok(())
    }
}

impl fmt::Debug for TransportError {
    // reqwest's and hyper's `Debug` spell out their internal types; the causes' text is what a
    // person needs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("connect", &self.connect)
            .field("cause", &self.to_string())
            .finish()
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

impl TransportError {
    /// A transport error; `connect` says the request surely never reached the server.
    pub fn new(connect: bool, source: impl Into<BoxError>) -> Self {
        TransportError {
            connect,
            source: source.into(),
        }
    }
    /// Whether the failure happened while connecting, so the request never reached the server.
    pub fn is_connect(&self) -> bool {
        self.connect
    }
}

/// The request could not be built; nothing was sent.
#[derive(Clone, Debug)]
pub struct BuildError {
    message: String,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = &self.message;
        write_bounded(f, DETAIL_LIMIT, format_args!("request not sent: {message}"))
    }
}

impl std::error::Error for BuildError {}

/// No access token could be had for a call; nothing was sent. Cheap to clone: callers waiting
/// for the same failed token fetch share one error.
#[derive(Clone, Debug)]
pub struct TokenError {
    source: Arc<dyn std::error::Error + Send + Sync>,
}

impl TokenError {
    /// A failure of a token provider.
    pub fn new(source: impl Into<BoxError>) -> Self {
        TokenError {
            source: Arc::from(source.into()),
        }
    }

    /// The call needs a token and none was configured.
    pub(crate) fn missing(operation: &str) -> Self {
        TokenError::new(format!(
            "`{operation}` needs an access token, and neither the client (`Config::access_token`, \
             `Config::token_provider`) nor the call (`.access_token(..)`) has one"
        ))
    }

    /// The token endpoint's error reply, when that is what failed.
    pub fn service(&self) -> Option<&ServiceError> {
        match self.source.downcast_ref::<Error<ServiceError>>()? {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = &self.source;
        write_bounded(
            f,
            DETAIL_LIMIT * 2,
            format_args!("no access token: {source}"),
        )
    }
}

impl std::error::Error for TokenError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

impl BuildError {
    /// A build error with this explanation. Never put a secret into it.
    pub fn new(message: impl Into<String>) -> Self {
        BuildError {
            message: message.into(),
        }
    }
}

pub(crate) fn header_request_id(headers: &HeaderMap) -> Option<String> {
    headers
        .get("x-acs-request-id")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The first [`EXCERPT_LIMIT`] bytes of `body` as text, cut on a character boundary.
pub(crate) fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(EXCERPT_LIMIT)]);
    let mut text = text.into_owned();
    if body.len() > EXCERPT_LIMIT {
        // The cut may have split a character into U+FFFD; that is fine for an excerpt.
        text.push('…');
    }
    text
}
