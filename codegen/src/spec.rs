//! The spec as written: serde types mirroring the YAML format of `api-spec/README.md`.
//!
//! Parsed, not yet checked: `lower` validates these and resolves them into the IR. Every struct
//! denies unknown keys, so a typo is an error with its position, never a silently ignored key.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

/// One spec file: one API module.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    pub module: String,
    pub description: Option<String>,
    /// Other names of the module (DingTalk's product name), for rustdoc's search.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Required where the module has operations (`lower` checks it).
    #[serde(default)]
    pub defaults: Defaults,
    #[serde(default)]
    pub types: OrderedMap<Schema>,
    /// Required unless the module has pushes (`lower` checks it).
    #[serde(default)]
    pub operations: OrderedMap<OperationSpec>,
    /// Payloads DingTalk pushes to the application (Stream mode, HTTP callbacks).
    #[serde(default)]
    pub pushes: OrderedMap<PushSpec>,
}

/// A payload DingTalk pushes: a callback on a Stream topic, or an event.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushSpec {
    pub description: Option<String>,
    pub kind: PushKind,
    /// The Stream topic of a callback (`/v1.0/im/bot/messages/get`).
    pub topic: Option<String>,
    /// The `eventType` of an event; none for the envelope of every event.
    pub event_type: Option<String>,
    /// The payload's schema: an inline object (the push's own model) or a `ref`.
    pub body: Schema,
    /// What a callback answers, inside `{"response": ...}`.
    pub reply: Option<Schema>,
    /// The wire name of the body's string property that names the push across deliveries
    /// (a robot message's `msgId`).
    pub id: Option<String>,
}

/// How a payload arrives.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PushKind {
    /// A Stream `CALLBACK` frame on a topic, answered with a reply.
    Callback,
    /// An event (a Stream `EVENT` frame, or an HTTP event callback), acknowledged only.
    Event,
}

#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// Empty when not written (a module of pushes only).
    #[serde(default)]
    pub base_url: String,
    pub auth: Option<AuthSpec>,
    /// Where the service reports errors; `status` unless said.
    pub error_style: Option<ErrorStyle>,
}

/// Where the token travels: one of `header` and `query`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSpec {
    pub header: Option<String>,
    pub query: Option<String>,
    pub description: Option<String>,
}

/// Where a module's service reports errors.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ErrorStyle {
    /// An error status with `code` and `message` in the body.
    Status,
    /// Any status, 200 included, with `errcode` other than 0 in the body.
    Errcode,
}

/// How an operation's requests are signed.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SignatureSpec {
    /// `timestamp` and `sign` query parameters: base64 of HMAC-SHA256 over
    /// `"{timestamp}\n{secret}"`, keyed with the client's signing secret.
    TimestampHmacSha256,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationSpec {
    pub summary: Option<String>,
    pub description: Option<String>,
    pub method: HttpMethod,
    pub path: String,
    #[serde(default)]
    pub auth: AuthMode,
    #[serde(default)]
    pub deprecated: bool,
    #[serde(default)]
    pub path_params: OrderedMap<Schema>,
    #[serde(default)]
    pub query: OrderedMap<Schema>,
    #[serde(default)]
    pub headers: OrderedMap<Schema>,
    pub body: Option<Schema>,
    /// A `multipart/form-data` body instead of a JSON one: part name → part.
    #[serde(default)]
    pub multipart: OrderedMap<PartSpec>,
    pub response: Option<ResponseSpec>,
    #[serde(default)]
    pub errors: Vec<ErrorSpec>,
    pub signature: Option<SignatureSpec>,
    pub pagination: Option<PaginationSpec>,
}

/// One part of a `multipart/form-data` body.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PartSpec {
    /// `file` (a file name and bytes) or `string` (a text part).
    #[serde(rename = "type")]
    pub kind: PartKind,
    #[serde(default)]
    pub required: bool,
    pub description: Option<String>,
}

/// What a multipart part carries.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum PartKind {
    /// A file: its file name and its bytes.
    File,
    /// Text.
    String,
}

/// How an operation pages: by a token the reply hands to the next request (`token` and
/// `next`), or by a page number (`page`) or an offset (`offset`) the request counts.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PaginationSpec {
    /// The request field (a query parameter or a body member) that carries the token.
    pub token: Option<String>,
    /// The reply field holding the next page's token, as a dotted path (`result.nextToken`).
    pub next: Option<String>,
    /// The request field that carries the page number (`pageNumber`).
    pub page: Option<String>,
    /// The request field that carries the offset of the page's first item.
    pub offset: Option<String>,
    /// The request field that carries the page size (with `page` or `offset`).
    pub size: Option<String>,
    /// The reply field (dotted path) holding the page's items, a list.
    pub items: Option<String>,
    /// The reply field (dotted path) saying whether more pages follow.
    pub has_more: Option<String>,
    /// The reply field (dotted path) holding the total number of items (with `page` or
    /// `offset`).
    pub total: Option<String>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "UPPERCASE")]
pub enum HttpMethod {
    Get,
    Post,
    Put,
    Delete,
    Patch,
}

/// Whether an operation sends the module's token header.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum AuthMode {
    #[default]
    Default,
    None,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponseSpec {
    pub description: Option<String>,
    pub body: Option<Schema>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ErrorSpec {
    pub status: u16,
    pub code: String,
    pub message: Option<String>,
    pub description: Option<String>,
}

/// A value's shape: a scalar, a list, a map, an object, a string enum, or a reference.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schema {
    #[serde(rename = "type")]
    pub kind: Option<Kind>,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub required: bool,
    pub properties: Option<OrderedMap<Schema>>,
    pub items: Option<Box<Schema>>,
    pub values: Option<Box<Schema>>,
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<String>>,
    pub style: Option<Style>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
    Map,
    Any,
}

/// How a query or header parameter is written.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    /// The value JSON-encoded into one string (lists and objects in the query).
    Json,
    /// A list or object in the query spelt out one value per key, counting from 1:
    /// `ids.1=a&ids.2=b`, `items.1.name=x`.
    Flat,
    /// A list of scalars in the query joined by commas into one value: `names=a,b`.
    Simple,
}

/// A YAML mapping that keeps its order (the generated code follows the spec's order) and
/// refuses duplicate keys.
#[derive(Clone, Debug)]
pub struct OrderedMap<T>(pub Vec<(String, T)>);

impl<T> Default for OrderedMap<T> {
    fn default() -> Self {
        OrderedMap(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrderedMap<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for OrderedVisitor<T> {
            type Value = OrderedMap<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(String, T)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let value = map.next_value()?;
                    entries.push((key, value));
                }
                // Sorted, so that a module of a thousand operations is not a million compares.
                let mut keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
                keys.sort_unstable();
                if let Some(key) = keys.windows(2).find(|w| w[0] == w[1]) {
                    return Err(de::Error::custom(format!("duplicate key `{}`", key[0])));
                }
                Ok(OrderedMap(entries))
            }
        }

        deserializer.deserialize_map(OrderedVisitor(PhantomData))
    }
}
