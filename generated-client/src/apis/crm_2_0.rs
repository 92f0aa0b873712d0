// @generated from api-spec/crm_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 客户管理 2.0 (CRM 2.0)：关系数据查重规则。
//!
//! 1 operation, methods of [`Api`] (`client.crm_2_0()`), behind the cargo feature `crm_2_0`; its paths start with `/v2.0/crm/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `crm_2_0`. Get it with `client.crm_2_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取关系数据查重规则
    ///
    /// `GET /v2.0/crm/relationUkSettings`: DingTalk's `GetRelationUkSetting` (module feature `crm_2_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetRelationUkSetting")]
    #[doc(alias = "/v2.0/crm/relationUkSettings")]
    #[doc(alias = "GET /v2.0/crm/relationUkSettings")]
    pub fn get_relation_uk_setting(
        &self,
        request: &GetRelationUkSettingRequest,
    ) -> rt::Call<GetRelationUkSettingResponseBody, GetRelationUkSettingError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetRelationUkSetting",
            rt::Method::Get,
            "/v2.0/crm/relationUkSettings",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetRelationUkSettingResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBody {
    /// `result`.
    pub result: Option<GetRelationUkSettingResponseBodyResult>,
}
rt::impl_deserialize! {
    GetRelationUkSettingResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelationUkSettingResponseBody { "result" => optional(result) }
}
/// `GetRelationUkSettingResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResult {
    /// `formUkSettings`.
    pub form_uk_settings: Option<
        Vec<GetRelationUkSettingResponseBodyResultFormUkSettings>,
    >,
    /// `headerFieldIds`.
    pub header_field_ids: Option<Vec<String>>,
}
rt::impl_deserialize! {
    GetRelationUkSettingResponseBodyResult { "formUkSettings" =>
    read_field(form_uk_settings), "headerFieldIds" => read_field(header_field_ids) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelationUkSettingResponseBodyResult { "formUkSettings" =>
    optional(form_uk_settings), "headerFieldIds" => optional(header_field_ids) }
}
/// `GetRelationUkSettingResponseBodyResultFormUkSettings`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResultFormUkSettings {
    /// `fieldList`.
    pub field_list: Option<
        Vec<GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList>,
    >,
}
rt::impl_deserialize! {
    GetRelationUkSettingResponseBodyResultFormUkSettings { "fieldList" =>
    read_field(field_list) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelationUkSettingResponseBodyResultFormUkSettings { "fieldList" =>
    optional(field_list) }
}
/// `GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
rt::impl_deserialize! {
    GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList { "bizAlias" =>
    read_field(biz_alias), "fieldId" => read_field(field_id) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList { "bizAlias" =>
    optional(biz_alias), "fieldId" => optional(field_id) }
}
/// The request of [`Api::get_relation_uk_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetRelationUkSettingRequest {
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
/// The required fields of [`GetRelationUkSettingRequest`], each named where it is set: `GetRelationUkSettingRequest::new(GetRelationUkSettingRequired { .. })`.
pub struct GetRelationUkSettingRequired {
    /// `relationType`: see [`GetRelationUkSettingRequest::relation_type`].
    pub relation_type: String,
}
impl GetRelationUkSettingRequest {
    /// A `GetRelationUkSettingRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(required: GetRelationUkSettingRequired) -> Self {
        let GetRelationUkSettingRequired { relation_type } = required;
        Self { relation_type }
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetRelationUkSettingRequest { "relationType" => read_field(relation_type) }
}
impl rt::WriteRequest for GetRelationUkSettingRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("relationType", &self.relation_type);
    }
}
/// An error reply of [`Api::get_relation_uk_setting`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetRelationUkSettingError = rt::ServiceError;
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
        "GetRelationUkSetting" => {
            rt::conformance::reply(api.get_relation_uk_setting(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
