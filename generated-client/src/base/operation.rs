//! What generated code hands the runtime: an operation's static description and a writer that
//! collects the request's query, headers and body.

use std::borrow::Cow;

use serde::Serialize;

use crate::base::encode;
use crate::base::error::BuildError;
use crate::base::multipart::{FilePart, Form, Part};

/// HTTP methods the API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
    /// `PATCH`
    Patch,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
            Method::Patch => "PATCH",
        }
    }

    /// Whether repeating the request is harmless by HTTP's rules (everything but POST and PATCH).
    pub fn is_idempotent(self) -> bool {
        !matches!(self, Method::Post | Method::Patch)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Delete => reqwest::Method::DELETE,
            Method::Patch => reqwest::Method::PATCH,
        }
    }
}

/// What a successful reply carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResponseBody {
    /// A JSON value decoded into the operation's response type.
    Json,
    /// Nothing: the operation returns `()` and whatever the body holds is ignored.
    None,
}

/// The static description of one operation, written by the generator.
#[derive(Debug)]
#[non_exhaustive]
pub struct Operation {
    /// The operation's name in the spec, like `CreateTask`.
    pub name: &'static str,
    /// HTTP method.
    pub method: Method,
    /// Path template with `{name}` placeholders, like `/v1.0/teamSphere/users/{userId}/tasks`.
    pub path: &'static str,
    /// The header the access token travels in; `None` for anonymous operations.
    pub auth_header: Option<&'static str>,
    /// The module's default base URL, used unless the client configures one.
    pub base_url: &'static str,
    /// What a successful reply carries.
    pub response: ResponseBody,
    /// The query parameter the access token travels in (`access_token`), instead of a header.
    pub auth_query: Option<&'static str>,
    /// Where the service reports errors.
    pub errors: ErrorStyle,
    /// How each attempt is signed, when the client has a signing secret.
    pub signature: Option<Signature>,
}

/// Where an operation's service reports errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorStyle {
    /// An error status (400–599) with a JSON body holding `code` and `message` (`api.dingtalk.com`).
    Status,
    /// Any status, HTTP 200 included, with a JSON body whose `errcode` is not 0, beside `errmsg`,
    /// `sub_code`, `sub_msg` and `request_id` (`oapi.dingtalk.com`). A success body is a JSON
    /// object.
    Errcode,
}

/// How an operation's requests are signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Signature {
    /// Query parameters `timestamp` (milliseconds since the epoch) and `sign`: the base64 of
    /// HMAC-SHA256 keyed with the secret over `"{timestamp}\n{secret}"`. Computed afresh for
    /// every attempt, since the service refuses a timestamp an hour old.
    TimestampHmacSha256,
}

impl Operation {
    /// Describes an operation (used by generated code).
    pub const fn new(
        name: &'static str,
        method: Method,
        path: &'static str,
        auth_header: Option<&'static str>,
        base_url: &'static str,
        response: ResponseBody,
    ) -> Self {
        Operation {
            name,
            method,
            path,
            auth_header,
            base_url,
            response,
            auth_query: None,
            errors: ErrorStyle::Status,
            signature: None,
        }
    }

    /// The access token travels in this query parameter instead of a header (used by generated
    /// code).
    pub const fn token_in_query(mut self, name: &'static str) -> Self {
        self.auth_header = None;
        self.auth_query = Some(name);
        self
    }

    /// Errors come as `errcode` in the body, whatever the status (used by generated code).
    pub const fn errcode_errors(mut self) -> Self {
        self.errors = ErrorStyle::Errcode;
        self
    }

    /// Every attempt is signed this way when the client has a signing secret (used by
    /// generated code).
    pub const fn signed(mut self, signature: Signature) -> Self {
        self.signature = Some(signature);
        self
    }
}

/// A generated request: writes its query, header and body fields.
pub trait WriteRequest {
    /// Hands every field to the writer under its wire name.
    fn write(&self, writer: &mut RequestWriter);
}

/// Operations without request fields take `&()`.
impl WriteRequest for () {
    fn write(&self, _: &mut RequestWriter) {}
}

/// Collects a request's parts. The first error is kept and reported when the call is sent.
#[derive(Clone, Debug, Default)]
pub struct RequestWriter {
    pub(crate) query: Vec<(Cow<'static, str>, String)>,
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) body: Option<Vec<u8>>,
    /// The parts of a `multipart/form-data` body, when the operation sends one.
    pub(crate) form: Option<Form>,
    pub(crate) error: Option<BuildError>,
}

impl RequestWriter {
    fn keep<T>(&mut self, result: Result<T, BuildError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(e) => {
                self.error.get_or_insert(e);
                None
            }
        }
    }

    /// A scalar query parameter; unset (`None`) is skipped.
    pub fn query<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(Some(text)) = self.keep(encode::scalar_text(name, value)) {
            self.query.push((name.into(), text));
        }
    }

    /// A list or object query parameter spelt out one value per key, counting from 1:
    /// `ids.1=a&ids.2=b`, `items.1.name=x`.
    pub fn query_flat<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(pairs) = self.keep(encode::flat_pairs(name, value)) {
            self.query
                .extend(pairs.into_iter().map(|(k, v)| (k.into(), v)));
        }
    }

    /// A list or object query parameter sent as one JSON-encoded string.
    pub fn query_json<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(Some(text)) = self.keep(encode::json_text(name, value)) {
            self.query.push((name.into(), text));
        }
    }

    /// A list of scalars sent as one query value joined by commas: `names=a,b`.
    pub fn query_simple<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(Some(text)) = self.keep(encode::simple_text(name, value)) {
            self.query.push((name.into(), text));
        }
    }

    /// A list or object header parameter sent as one JSON-encoded string.
    pub fn header_json<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(Some(text)) = self.keep(encode::json_text(name, value)) {
            self.headers.push((name, text));
        }
    }

    /// A header parameter; unset (`None`) is skipped.
    pub fn header<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(Some(text)) = self.keep(encode::scalar_text(name, value)) {
            self.headers.push((name, text));
        }
    }

    /// A file part of the `multipart/form-data` body; unset (`None`) is skipped.
    pub fn part_file<'a>(&mut self, name: &'static str, file: impl Into<Option<&'a FilePart>>) {
        if let Some(file) = file.into() {
            let form = self.form.get_or_insert_with(Form::default);
            form.push(Part::File(name, file.clone()));
        }
    }

    /// A text part of the `multipart/form-data` body (a scalar's text); unset (`None`) is
    /// skipped.
    pub fn part_text<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Some(Some(text)) = self.keep(encode::scalar_text(name, value)) {
            let form = self.form.get_or_insert_with(Form::default);
            form.push(Part::Text(name, text));
        }
    }

    /// The JSON body: compact, raw UTF-8 (no `\u` escapes).
    pub fn json_body<T: Serialize + ?Sized>(&mut self, body: &T) {
        let bytes = serde_json::to_vec(body)
            .map_err(|e| BuildError::new(format!("the body cannot be written as JSON: {e}")));
        self.body = self.keep(bytes);
    }
}
