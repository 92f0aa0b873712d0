//! The one extension point: a hook before each attempt is sent and after each reply arrives.

use reqwest::header::HeaderMap;

/// What a hook sees of a request about to be sent. The access token is added after the hooks
/// ran, so no hook can log it (a token carried in the query, and a signature's `timestamp` and
/// `sign`, are not in `url` either).
#[derive(Debug)]
#[non_exhaustive]
pub struct RequestContext<'a> {
    /// The operation's name in the spec, like `CreateTask`.
    pub operation: &'static str,
    /// HTTP method.
    pub method: &'static str,
    /// Full URL, query included (but not the token or signature parameters).
    pub url: &'a str,
    /// 1 for the first attempt, 2 for the first retry, and so on.
    pub attempt: u32,
    /// Headers to send; add or change them here.
    pub headers: &'a mut HeaderMap,
}

/// What a hook sees of a reply.
#[derive(Debug)]
#[non_exhaustive]
pub struct ResponseContext<'a> {
    /// The operation's name in the spec.
    pub operation: &'static str,
    /// 1 for the first attempt, 2 for the first retry, and so on.
    pub attempt: u32,
    /// HTTP status.
    pub status: u16,
    /// Reply headers.
    pub headers: &'a HeaderMap,
    /// Time from sending the request to receiving the whole reply.
    pub elapsed: std::time::Duration,
}

/// Add headers, metrics or logging to every call. Register with
/// [`Config::interceptor`](crate::Config::interceptor).
pub trait Interceptor: Send + Sync + 'static {
    /// Runs before each attempt is sent.
    fn before_send(&self, request: &mut RequestContext<'_>) {
        let _ = request;
    }
    /// Runs after each reply was read, whatever its status.
    fn after_receive(&self, response: &ResponseContext<'_>) {
        let _ = response;
    }
}

/// A shared hook, so that the application can keep a handle on it (to read its metrics, say).
impl<T: Interceptor + ?Sized> Interceptor for std::sync::Arc<T> {
    fn before_send(&self, request: &mut RequestContext<'_>) {
        (**self).before_send(request);
    }
    fn after_receive(&self, response: &ResponseContext<'_>) {
        (**self).after_receive(response);
    }
}
