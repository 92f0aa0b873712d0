// @generated from api-spec/crm_2_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.crm_2_0()`. Generated from `api-spec/crm_2_0.yaml`.
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
    /// `GET /v2.0/crm/relationUkSettings` (operation `GetRelationUkSetting`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetRelationUkSettingError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBody {
    /// `result`.
    pub result: Option<GetRelationUkSettingResponseBodyResult>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelationUkSettingResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelationUkSettingResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelationUkSettingResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetRelationUkSettingResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResult {
    /// `formUkSettings`.
    pub form_uk_settings: Option<
        Vec<GetRelationUkSettingResponseBodyResultFormUkSettings>,
    >,
    /// `headerFieldIds`.
    pub header_field_ids: Option<Vec<String>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetRelationUkSettingResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelationUkSettingResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "formUkSettings" => rt::read_field(map, &mut self.form_uk_settings),
            "headerFieldIds" => rt::read_field(map, &mut self.header_field_ids),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelationUkSettingResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("formUkSettings", &self.form_uk_settings)?;
        object.optional("headerFieldIds", &self.header_field_ids)?;
        object.end()
    }
}
/// `GetRelationUkSettingResponseBodyResultFormUkSettings`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResultFormUkSettings {
    /// `fieldList`.
    pub field_list: Option<
        Vec<GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList>,
    >,
}
impl<'de> rt::serde::Deserialize<'de>
for GetRelationUkSettingResponseBodyResultFormUkSettings {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelationUkSettingResponseBodyResultFormUkSettings {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "fieldList" => rt::read_field(map, &mut self.field_list),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetRelationUkSettingResponseBodyResultFormUkSettings {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("fieldList", &self.field_list)?;
        object.end()
    }
}
/// `GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList {
    /// `bizAlias`.
    pub biz_alias: Option<String>,
    /// `fieldId`.
    pub field_id: Option<String>,
}
impl<'de> rt::serde::Deserialize<'de>
for GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "bizAlias" => rt::read_field(map, &mut self.biz_alias),
            "fieldId" => rt::read_field(map, &mut self.field_id),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize
for GetRelationUkSettingResponseBodyResultFormUkSettingsFieldList {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("bizAlias", &self.biz_alias)?;
        object.optional("fieldId", &self.field_id)?;
        object.end()
    }
}
/// The request of [`Api::get_relation_uk_setting`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetRelationUkSettingRequest {
    /// `relationType`: a query parameter.
    pub relation_type: String,
}
impl GetRelationUkSettingRequest {
    /// A `GetRelationUkSettingRequest` with its required fields (`relationType`); set the others with the methods named after them.
    pub fn new(relation_type: impl Into<String>) -> Self {
        Self {
            relation_type: relation_type.into(),
        }
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetRelationUkSettingRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetRelationUkSettingRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "relationType" => rt::read_field(map, &mut self.relation_type),
            _ => Ok(false),
        }
    }
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
