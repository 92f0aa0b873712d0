// @generated from api-spec/tre_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.tre_1_0()`. Generated from `api-spec/tre_1_0.yaml`.
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
    /// `POST /v1.0/tre/ticket` (operation `CreateTicket`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`CreateTicketError`]; see [`Error`](::generated_client::Error) for the rest.
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
impl rt::serde::Serialize for CreateTicketRequestReporters {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("carrier", &self.carrier)?;
        object.optional("phone", &self.phone)?;
        object.optional("region", &self.region)?;
        object.optional("role", &self.role)?;
        object.optional("screenshots", &self.screenshots)?;
        object.optional("timestamp", &self.timestamp)?;
        object.optional("uid", &self.uid)?;
        object.optional("version", &self.version)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequestReporters {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequestReporters {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "carrier" => rt::read_field(map, &mut self.carrier),
            "phone" => rt::read_field(map, &mut self.phone),
            "region" => rt::read_field(map, &mut self.region),
            "role" => rt::read_field(map, &mut self.role),
            "screenshots" => rt::read_field(map, &mut self.screenshots),
            "timestamp" => rt::read_field(map, &mut self.timestamp),
            "uid" => rt::read_field(map, &mut self.uid),
            "version" => rt::read_field(map, &mut self.version),
            _ => Ok(false),
        }
    }
}
/// `CreateTicketResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketResponseBody {
    /// `data`.
    pub data: Option<CreateTicketResponseBodyData>,
    /// `requestId`.
    pub request_id: Option<String>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTicketResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTicketResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "data" => rt::read_field(map, &mut self.data),
            "requestId" => rt::read_field(map, &mut self.request_id),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTicketResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("data", &self.data)?;
        object.optional("requestId", &self.request_id)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `CreateTicketResponseBodyData`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct CreateTicketResponseBodyData {
    /// `ticketId`.
    pub ticket_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de> for CreateTicketResponseBodyData {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for CreateTicketResponseBodyData {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ticketId" => rt::read_field(map, &mut self.ticket_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for CreateTicketResponseBodyData {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ticketId", &self.ticket_id)?;
        object.end()
    }
}
/// The request of [`Api::create_ticket`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct CreateTicketRequest {
    /// `description`.
    pub description: String,
    /// `priority`.
    pub priority: Option<String>,
    /// `reporters`: JSON-encoded in a string.
    pub reporters: Option<Vec<CreateTicketRequestReporters>>,
}
impl CreateTicketRequest {
    /// A `CreateTicketRequest` with its required fields (`description`); set the others with the methods named after them.
    pub fn new(description: impl Into<String>) -> Self {
        Self {
            description: description.into(),
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
impl rt::serde::Serialize for CreateTicketRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("description", &self.description)?;
        object.optional("priority", &self.priority)?;
        object.optional_json("reporters", &self.reporters)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for CreateTicketRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for CreateTicketRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "description" => rt::read_field(map, &mut self.description),
            "priority" => rt::read_field(map, &mut self.priority),
            "reporters" => rt::read_field(map, &mut self.reporters),
            _ => Ok(false),
        }
    }
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
