// @generated from api-spec/tre_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! TRE 拉铃 (TRE)：提交拉铃工单。名称取自官方 SDK 的接口摘要（未在钉钉开放平台文档中找到）。
//!
//! 1 operation, methods of [`Api`] (`client.tre_1_0()`), behind the cargo feature `tre_1_0`; its paths start with `/v1.0/tre/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `tre_1_0`. Get it with `client.tre_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// TRE拉铃服务
    ///
    /// `POST /v1.0/tre/ticket`: DingTalk's `CreateTicket` (module feature `tre_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "CreateTicket")]
    #[doc(alias = "/v1.0/tre/ticket")]
    #[doc(alias = "POST /v1.0/tre/ticket")]
    pub fn create_ticket(
        &self,
        request: &CreateTicketRequest,
    ) -> rt::Call<CreateTicketResponseBody, CreateTicketError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "CreateTicket",
            rt::Method::Post,
            "/v1.0/tre/ticket",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `CreateTicketRequestReporters`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketRequestReporters {
    /// `carrier`.
    pub carrier: Option<String>,
    /// `phone`.
    pub phone: Option<String>,
    /// `region`.
    pub region: Option<String>,
    /// `role`.
    pub role: Option<String>,
    /// `screenshots`.
    pub screenshots: Option<Vec<String>>,
    /// `timestamp`.
    pub timestamp: Option<i64>,
    /// `uid`.
    pub uid: Option<String>,
    /// `version`.
    pub version: Option<String>,
}
impl CreateTicketRequestReporters {
    /// An empty `CreateTicketRequestReporters`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `carrier`.
    pub fn carrier(mut self, value: impl Into<String>) -> Self {
        self.carrier = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn region(mut self, value: impl Into<String>) -> Self {
        self.region = Some(value.into());
        self
    }
    /// Sets `role`.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Sets `screenshots`.
    pub fn screenshots(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.screenshots = Some(value.into_iter().map(Into::into).collect());
        self
    }
    /// Sets `timestamp`.
    pub fn timestamp(mut self, value: i64) -> Self {
        self.timestamp = Some(value);
        self
    }
    /// Sets `uid`.
    pub fn uid(mut self, value: impl Into<String>) -> Self {
        self.uid = Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn version(mut self, value: impl Into<String>) -> Self {
        self.version = Some(value.into());
        self
    }
}
rt::impl_serialize! {
    CreateTicketRequestReporters { "carrier" => optional(carrier), "phone" =>
    optional(phone), "region" => optional(region), "role" => optional(role),
    "screenshots" => optional(screenshots), "timestamp" => optional(timestamp), "uid" =>
    optional(uid), "version" => optional(version) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequestReporters { "carrier" => read_field(carrier), "phone" =>
    read_field(phone), "region" => read_field(region), "role" => read_field(role),
    "screenshots" => read_field(screenshots), "timestamp" => read_field(timestamp), "uid"
    => read_field(uid), "version" => read_field(version) }
}
/// `CreateTicketResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTicketResponseBody {
    /// `data`.
    pub data: Option<CreateTicketResponseBodyData>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    CreateTicketResponseBody { "data" => read_field(data), "requestId" =>
    read_field(request_id), "success" => read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTicketResponseBody { "data" => optional(data), "requestId" =>
    optional(request_id), "success" => optional(success) }
}
/// `CreateTicketResponseBodyData`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateTicketResponseBodyData {
    /// `ticketId`.
    pub ticket_id: Option<String>,
}
rt::impl_deserialize! {
    CreateTicketResponseBodyData { "ticketId" => read_field(ticket_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    CreateTicketResponseBodyData { "ticketId" => optional(ticket_id) }
}
/// The request of [`Api::create_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct CreateTicketRequest {
    /// `description`.
    pub description: String,
    /// `priority`.
    pub priority: Option<String>,
    /// `reporters`: JSON-encoded in a string.
    pub reporters: Option<Vec<CreateTicketRequestReporters>>,
}
/// The required fields of [`CreateTicketRequest`], each named where it is set: `CreateTicketRequest::new(CreateTicketRequired { .. })`.
pub struct CreateTicketRequired {
    /// `description`: see [`CreateTicketRequest::description`].
    pub description: String,
}
impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields (`description`); set the others with the methods named after them.
    pub fn new(required: CreateTicketRequired) -> Self {
        let CreateTicketRequired { description } = required;
        Self {
            description,
            priority: None,
            reporters: None,
        }
    }
    /// Sets `priority`.
    pub fn priority(mut self, value: impl Into<String>) -> Self {
        self.priority = Some(value.into());
        self
    }
    /// Sets `reporters`.
    pub fn reporters(
        mut self,
        value: impl IntoIterator<Item = CreateTicketRequestReporters>,
    ) -> Self {
        self.reporters = Some(value.into_iter().collect());
        self
    }
}
rt::impl_serialize! {
    CreateTicketRequest { "description" => field(description), "priority" =>
    optional(priority), "reporters" => optional_json(reporters) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    CreateTicketRequest { "description" => read_field(description), "priority" =>
    read_field(priority), "reporters" => read_field(reporters) }
}
impl rt::WriteRequest for CreateTicketRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::create_ticket`]: the spec lists no error codes for it, so every code arrives as it is.
pub type CreateTicketError = rt::ServiceError;
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
        "CreateTicket" => {
            rt::conformance::reply(api.create_ticket(&inputs.request(true)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
