// @generated from api-spec/meter_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.meter_1_0()`. Generated from `api-spec/meter_1_0.yaml`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `meter_1_0`. Get it with `client.meter_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 获取开放平台当月资源用量
    ///
    /// `POST /v1.0/meter/resources/useInfos/query` (operation `GetResourceUseInfo`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`GetResourceUseInfoError`]; see [`Error`](::generated_client::Error) for the rest.
    pub fn get_resource_use_info(
        &self,
        request: &GetResourceUseInfoRequest,
    ) -> rt::Call<GetResourceUseInfoResponseBody, GetResourceUseInfoError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "GetResourceUseInfo",
            rt::Method::Post,
            "/v1.0/meter/resources/useInfos/query",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `GetResourceUseInfoResponseBody`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResourceUseInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<GetResourceUseInfoResponseBodyResult>>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResourceUseInfoResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResourceUseInfoResponseBody {
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
impl rt::serde::Serialize for GetResourceUseInfoResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.end()
    }
}
/// `GetResourceUseInfoResponseBodyResult`.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct GetResourceUseInfoResponseBodyResult {
    /// `quotaNum`.
    pub quota_num: Option<i64>,
    /// `usedNum`.
    pub used_num: Option<i64>,
}
impl<'de> rt::serde::Deserialize<'de> for GetResourceUseInfoResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for GetResourceUseInfoResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "quotaNum" => rt::read_field(map, &mut self.quota_num),
            "usedNum" => rt::read_field(map, &mut self.used_num),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for GetResourceUseInfoResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("quotaNum", &self.quota_num)?;
        object.optional("usedNum", &self.used_num)?;
        object.end()
    }
}
/// The request of [`Api::get_resource_use_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
#[non_exhaustive]
pub struct GetResourceUseInfoRequest {
    /// `benefitCodeList`.
    pub benefit_code_list: Vec<String>,
    /// `period`.
    pub period: String,
}
impl GetResourceUseInfoRequest {
    /// A `GetResourceUseInfoRequest` with its required fields (`benefitCodeList`, `period`); set the others with the methods named after them.
    pub fn new(
        benefit_code_list: impl IntoIterator<Item = impl Into<String>>,
        period: impl Into<String>,
    ) -> Self {
        Self {
            benefit_code_list: benefit_code_list.into_iter().map(Into::into).collect(),
            period: period.into(),
        }
    }
}
impl rt::serde::Serialize for GetResourceUseInfoRequest {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.field("benefitCodeList", &self.benefit_code_list)?;
        object.field("period", &self.period)?;
        object.end()
    }
}
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for GetResourceUseInfoRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for GetResourceUseInfoRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "benefitCodeList" => rt::read_field(map, &mut self.benefit_code_list),
            "period" => rt::read_field(map, &mut self.period),
            _ => Ok(false),
        }
    }
}
impl rt::WriteRequest for GetResourceUseInfoRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.json_body(self);
    }
}
/// An error reply of [`Api::get_resource_use_info`]: the spec lists no error codes for it, so every code arrives as it is.
pub type GetResourceUseInfoError = rt::ServiceError;
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
        "GetResourceUseInfo" => {
            rt::conformance::reply(api.get_resource_use_info(&inputs.request(true)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
