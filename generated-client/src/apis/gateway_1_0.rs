// @generated from api-spec/gateway_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 云上网关 (Gateway)：网关长连接注册。
//!
//! 1 operation, methods of [`Api`] (`client.gateway_1_0()`), behind the cargo feature `gateway_1_0`; its paths start with `/v1.0/gateway/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `gateway_1_0`. Get it with `client.gateway_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 云上网关注册长连接
    ///
    /// `POST /v1.0/gateway/connections/open`: DingTalk's `OpenConnection` (module feature `gateway_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "OpenConnection")]
    #[doc(alias = "/v1.0/gateway/connections/open")]
    #[doc(alias = "POST /v1.0/gateway/connections/open")]
    pub fn open_connection(
        &self,
        request: &OpenConnectionRequest,
    ) -> rt::Call<OpenConnectionResponseBody, OpenConnectionError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "OpenConnection",
            rt::Method::Post,
            "/v1.0/gateway/connections/open",
            None,
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `OpenConnectionRequestSubscriptions`.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenConnectionRequestSubscriptions {
    /// `topic`.
    pub topic: String,
    /// `type`.
    pub r#type: String,
}
/// The required fields of [`OpenConnectionRequestSubscriptions`], each named where it is set: `OpenConnectionRequestSubscriptions::new(OpenConnectionRequestSubscriptionsRequired { .. })`.
pub struct OpenConnectionRequestSubscriptionsRequired {
    /// `topic`: see [`OpenConnectionRequestSubscriptions::topic`].
    pub topic: String,
    /// `type`: see [`OpenConnectionRequestSubscriptions::r#type`](OpenConnectionRequestSubscriptions::type).
    pub r#type: String,
}
impl OpenConnectionRequestSubscriptions {
    /// A `OpenConnectionRequestSubscriptions` with its required fields (`topic`, `type`); set the others with the methods named after them.
    pub fn new(required: OpenConnectionRequestSubscriptionsRequired) -> Self {
        let OpenConnectionRequestSubscriptionsRequired { topic, r#type } = required;
        Self { topic, r#type }
    }
}
rt::impl_serialize! {
    OpenConnectionRequestSubscriptions { "topic" => field(topic), "type" => field(r#type)
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenConnectionRequestSubscriptions { "topic" => read_field(topic), "type" =>
    read_field(r#type) }
}
/// `OpenConnectionResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OpenConnectionResponseBody {
    /// `endpoint`.
    pub endpoint: Option<String>,
    /// `ticket`.
    pub ticket: Option<String>,
}
rt::impl_deserialize! {
    OpenConnectionResponseBody { "endpoint" => read_field(endpoint), "ticket" =>
    read_field(ticket) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    OpenConnectionResponseBody { "endpoint" => optional(endpoint), "ticket" =>
    optional(ticket) }
}
/// The request of [`Api::open_connection`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct OpenConnectionRequest {
    /// `clientId`.
    pub client_id: String,
    /// `clientSecret`.
    pub client_secret: String,
    /// `extras`.
    pub extras: Option<rt::BTreeMap<String, rt::serde_json::Value>>,
    /// `localIp`.
    pub local_ip: Option<String>,
    /// `subscriptions`.
    pub subscriptions: Vec<OpenConnectionRequestSubscriptions>,
}
/// The required fields of [`OpenConnectionRequest`], each named where it is set: `OpenConnectionRequest::new(OpenConnectionRequired { .. })`.
pub struct OpenConnectionRequired {
    /// `clientId`: see [`OpenConnectionRequest::client_id`].
    pub client_id: String,
    /// `clientSecret`: see [`OpenConnectionRequest::client_secret`].
    pub client_secret: String,
    /// `subscriptions`: see [`OpenConnectionRequest::subscriptions`].
    pub subscriptions: Vec<OpenConnectionRequestSubscriptions>,
}
impl OpenConnectionRequest {
    /// A `OpenConnectionRequest` with its required fields (`clientId`, `clientSecret`, `subscriptions`); set the others with the methods named after them.
    pub fn new(required: OpenConnectionRequired) -> Self {
        let OpenConnectionRequired { client_id, client_secret, subscriptions } = required;
        Self {
            client_id,
            client_secret,
            extras: None,
            local_ip: None,
            subscriptions,
        }
    }
    /// Sets `extras`.
    pub fn extras(
        mut self,
        value: impl IntoIterator<Item = (impl Into<String>, rt::serde_json::Value)>,
    ) -> Self {
        self.extras = Some(value.into_iter().map(|(k, v)| (k.into(), v)).collect());
        self
    }
    /// Sets `localIp`.
    pub fn local_ip(mut self, value: impl Into<String>) -> Self {
        self.local_ip = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    OpenConnectionRequest { "clientId" => field(client_id), "clientSecret" =>
    field(client_secret), "extras" => optional(extras), "localIp" => optional(local_ip),
    "subscriptions" => field(subscriptions) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    OpenConnectionRequest { "clientId" => read_field(client_id), "clientSecret" =>
    read_field(client_secret), "extras" => read_field(extras), "localIp" =>
    read_field(local_ip), "subscriptions" => read_field(subscriptions) }
}
impl rt::WriteRequest for OpenConnectionRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::open_connection`]: the spec lists no error codes for it, so every code arrives as it is.
pub type OpenConnectionError = rt::ServiceError;
/// Replays a recorded call of the official SDK through [`Api`] (conformance tests only).
#[cfg(feature = "conformance")]
#[doc(hidden)]
#[allow(deprecated)]
pub async fn replay(
    client: &rt::Client,
    operation: &str,
    inputs: &rt::conformance::Inputs,
) -> Result<rt::serde_json::Value, String> {
    let api = Api::new(client);
    match operation {
        "OpenConnection" => {
            rt::conformance::reply(api.open_connection(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
