// @generated from api-spec/ding_phone_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 钉钉电话 (DingTalk Phone)：外呼码号配置。
//!
//! 3 operations, methods of [`Api`] (`client.ding_phone_1_0()`), behind the cargo feature `ding_phone_1_0`; its paths start with `/v1.0/dingPhone/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `ding_phone_1_0`. Get it with `client.ding_phone_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 添加外呼码号配置
    ///
    /// `POST /v1.0/dingPhone/callConfigs`: DingTalk's `AddCallConfig` (module feature `ding_phone_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "AddCallConfig")]
    #[doc(alias = "/v1.0/dingPhone/callConfigs")]
    #[doc(alias = "POST /v1.0/dingPhone/callConfigs")]
    pub fn add_call_config(
        &self,
        request: &AddCallConfigRequest,
    ) -> rt::Call<AddCallConfigResponseBody, AddCallConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "AddCallConfig",
            rt::Method::Post,
            "/v1.0/dingPhone/callConfigs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 删除码号配置
    ///
    /// `DELETE /v1.0/dingPhone/callConfigs`: DingTalk's `DelCallConfig` (module feature `ding_phone_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "DelCallConfig")]
    #[doc(alias = "/v1.0/dingPhone/callConfigs")]
    #[doc(alias = "DELETE /v1.0/dingPhone/callConfigs")]
    pub fn del_call_config(
        &self,
        request: &DelCallConfigRequest,
    ) -> rt::Call<DelCallConfigResponseBody, DelCallConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "DelCallConfig",
            rt::Method::Delete,
            "/v1.0/dingPhone/callConfigs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
    /// 查询外呼码号配置
    ///
    /// `GET /v1.0/dingPhone/callConfigs`: DingTalk's `QueryCallConfig` (module feature `ding_phone_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryCallConfig")]
    #[doc(alias = "/v1.0/dingPhone/callConfigs")]
    #[doc(alias = "GET /v1.0/dingPhone/callConfigs")]
    pub fn query_call_config(
        &self,
        request: &QueryCallConfigRequest,
    ) -> rt::Call<QueryCallConfigResponseBody, QueryCallConfigError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryCallConfig",
            rt::Method::Get,
            "/v1.0/dingPhone/callConfigs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `AddCallConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AddCallConfigResponseBody {
    /// `token`.
    pub token: Option<String>,
}
rt::impl_deserialize! {
    AddCallConfigResponseBody { "token" => read_field(token) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    AddCallConfigResponseBody { "token" => optional(token) }
}
/// `DelCallConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DelCallConfigResponseBody {
    /// `result`.
    pub result: Option<bool>,
}
rt::impl_deserialize! {
    DelCallConfigResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    DelCallConfigResponseBody { "result" => optional(result) }
}
/// `QueryCallConfigResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCallConfigResponseBody {
    /// `result`.
    pub result: Option<Vec<QueryCallConfigResponseBodyResult>>,
}
rt::impl_deserialize! {
    QueryCallConfigResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCallConfigResponseBody { "result" => optional(result) }
}
/// `QueryCallConfigResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryCallConfigResponseBodyResult {
    /// `accountDomain`.
    pub account_domain: Option<String>,
    /// `accountId`.
    pub account_id: Option<String>,
    /// `callInType`.
    pub call_in_type: Option<i64>,
    /// `callOutType`.
    pub call_out_type: Option<i64>,
    /// `createUid`.
    pub create_uid: Option<String>,
    /// `phoneNumber`.
    pub phone_number: Option<String>,
    /// `scopeType`.
    pub scope_type: Option<String>,
    /// `showType`.
    pub show_type: Option<i64>,
    /// `sourceType`.
    pub source_type: Option<String>,
    /// `status`.
    pub status: Option<i64>,
}
rt::impl_deserialize! {
    QueryCallConfigResponseBodyResult { "accountDomain" => read_field(account_domain),
    "accountId" => read_field(account_id), "callInType" => read_field(call_in_type),
    "callOutType" => read_field(call_out_type), "createUid" => read_field(create_uid),
    "phoneNumber" => read_field(phone_number), "scopeType" => read_field(scope_type),
    "showType" => read_field(show_type), "sourceType" => read_field(source_type),
    "status" => read_field(status) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryCallConfigResponseBodyResult { "accountDomain" => optional(account_domain),
    "accountId" => optional(account_id), "callInType" => optional(call_in_type),
    "callOutType" => optional(call_out_type), "createUid" => optional(create_uid),
    "phoneNumber" => optional(phone_number), "scopeType" => optional(scope_type),
    "showType" => optional(show_type), "sourceType" => optional(source_type), "status" =>
    optional(status) }
}
/// The request of [`Api::add_call_config`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct AddCallConfigRequest {
    /// `corpId`: a query parameter.
    pub corp_id: String,
    /// `isvToken`: a query parameter.
    pub isv_token: Option<String>,
    /// `phoneNumber`: a query parameter.
    pub phone_number: Option<String>,
    /// `scopeType`: a query parameter.
    pub scope_type: Option<String>,
}
/// The required fields of [`AddCallConfigRequest`], each named where it is set: `AddCallConfigRequest::new(AddCallConfigRequired { .. })`.
pub struct AddCallConfigRequired {
    /// `corpId`: see [`AddCallConfigRequest::corp_id`].
    pub corp_id: String,
}
impl AddCallConfigRequest {
    /// A `AddCallConfigRequest` with its required fields (`corpId`); set the others with the methods named after them.
    pub fn new(required: AddCallConfigRequired) -> Self {
        let AddCallConfigRequired { corp_id } = required;
        Self {
            corp_id,
            isv_token: None,
            phone_number: None,
            scope_type: None,
        }
    }
    /// Sets `isvToken`.
    pub fn isv_token(mut self, value: impl Into<String>) -> Self {
        self.isv_token = Some(value.into());
        self
    }
    /// Sets `phoneNumber`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `scopeType`.
    pub fn scope_type(mut self, value: impl Into<String>) -> Self {
        self.scope_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    AddCallConfigRequest { "corpId" => read_field(corp_id), "isvToken" =>
    read_field(isv_token), "phoneNumber" => read_field(phone_number), "scopeType" =>
    read_field(scope_type) }
}
impl rt::WriteRequest for AddCallConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("isvToken", &self.isv_token);
        writer.query("phoneNumber", &self.phone_number);
        writer.query("scopeType", &self.scope_type);
    }
}
/// The request of [`Api::del_call_config`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct DelCallConfigRequest {
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `isvToken`: a query parameter.
    pub isv_token: Option<String>,
    /// `phoneNumber`: a query parameter.
    pub phone_number: Option<String>,
}
impl DelCallConfigRequest {
    /// An empty `DelCallConfigRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `isvToken`.
    pub fn isv_token(mut self, value: impl Into<String>) -> Self {
        self.isv_token = Some(value.into());
        self
    }
    /// Sets `phoneNumber`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    DelCallConfigRequest { "corpId" => read_field(corp_id), "isvToken" =>
    read_field(isv_token), "phoneNumber" => read_field(phone_number) }
}
impl rt::WriteRequest for DelCallConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("isvToken", &self.isv_token);
        writer.query("phoneNumber", &self.phone_number);
    }
}
/// The request of [`Api::query_call_config`].
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryCallConfigRequest {
    /// `corpId`: a query parameter.
    pub corp_id: Option<String>,
    /// `isvToken`: a query parameter.
    pub isv_token: Option<String>,
    /// `phoneNumber`: a query parameter.
    pub phone_number: Option<String>,
    /// `scopeType`: a query parameter.
    pub scope_type: Option<String>,
}
impl QueryCallConfigRequest {
    /// An empty `QueryCallConfigRequest`; set fields with the methods named after them.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `corpId`.
    pub fn corp_id(mut self, value: impl Into<String>) -> Self {
        self.corp_id = Some(value.into());
        self
    }
    /// Sets `isvToken`.
    pub fn isv_token(mut self, value: impl Into<String>) -> Self {
        self.isv_token = Some(value.into());
        self
    }
    /// Sets `phoneNumber`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `scopeType`.
    pub fn scope_type(mut self, value: impl Into<String>) -> Self {
        self.scope_type = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryCallConfigRequest { "corpId" => read_field(corp_id), "isvToken" =>
    read_field(isv_token), "phoneNumber" => read_field(phone_number), "scopeType" =>
    read_field(scope_type) }
}
impl rt::WriteRequest for QueryCallConfigRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("corpId", &self.corp_id);
        writer.query("isvToken", &self.isv_token);
        writer.query("phoneNumber", &self.phone_number);
        writer.query("scopeType", &self.scope_type);
    }
}
/// An error reply of [`Api::add_call_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type AddCallConfigError = rt::ServiceError;
/// An error reply of [`Api::del_call_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type DelCallConfigError = rt::ServiceError;
/// An error reply of [`Api::query_call_config`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryCallConfigError = rt::ServiceError;
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
        "AddCallConfig" => {
            rt::conformance::reply(api.add_call_config(&inputs.request(false)?)).await
        }
        "DelCallConfig" => {
            rt::conformance::reply(api.del_call_config(&inputs.request(false)?)).await
        }
        "QueryCallConfig" => {
            rt::conformance::reply(api.query_call_config(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
