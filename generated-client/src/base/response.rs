//! A successful reply: the typed body with the status, headers and request id beside it.

use std::ops::Deref;

use reqwest::header::HeaderMap;

/// A successful reply. Derefs to the body; [`into_inner`](Response::into_inner) takes it.
#[derive(Clone, Debug)]
pub struct Response<T> {
    status: u16,
    headers: HeaderMap,
    body: T,
}

impl<T> Response<T> {
    /// A reply with this status, headers and body (for tests of code that takes responses).
    pub fn new(status: u16, headers: HeaderMap, body: T) -> Self {
        Response {
            status,
            headers,
            body,
        }
    }
    /// HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }
    /// Reply headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }
    /// The `x-acs-request-id` header: quote it when asking DingTalk about a call.
    pub fn request_id(&self) -> Option<&str> {
        self.headers
            .get("x-acs-request-id")
            .and_then(|v| v.to_str().ok())
    }
    /// The typed body.
    pub fn body(&self) -> &T {
        &self.body
    }
    /// Takes the typed body.
    pub fn into_inner(self) -> T {
        self.body
    }
    /// Status, headers and body apart (a paginator decodes the body once it has read it).
    pub(crate) fn into_parts(self) -> (u16, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }
}

impl<T> Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.body
    }
}
