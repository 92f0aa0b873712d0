// @generated from api-spec/meter_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 资源用量 (Meter)：开放平台的资源用量。
//!
//! 1 operation, methods of [`Api`] (`client.meter_1_0()`), behind the cargo feature `meter_1_0`; its paths start with `/v1.0/meter/`.
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
    /// `POST /v1.0/meter/resources/useInfos/query`: DingTalk's `GetResourceUseInfo` (module feature `meter_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "GetResourceUseInfo")]
    #[doc(alias = "/v1.0/meter/resources/useInfos/query")]
    #[doc(alias = "POST /v1.0/meter/resources/useInfos/query")]
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResourceUseInfoResponseBody {
    /// `result`.
    pub result: Option<Vec<GetResourceUseInfoResponseBodyResult>>,
}
rt::impl_deserialize! {
    GetResourceUseInfoResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResourceUseInfoResponseBody { "result" => optional(result) }
}
/// `GetResourceUseInfoResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct GetResourceUseInfoResponseBodyResult {
    /// `quotaNum`.
    pub quota_num: Option<i64>,
    /// `usedNum`.
    pub used_num: Option<i64>,
}
rt::impl_deserialize! {
    GetResourceUseInfoResponseBodyResult { "quotaNum" => read_field(quota_num), "usedNum"
    => read_field(used_num) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    GetResourceUseInfoResponseBodyResult { "quotaNum" => optional(quota_num), "usedNum"
    => optional(used_num) }
}
/// The request of [`Api::get_resource_use_info`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct GetResourceUseInfoRequest {
    /// `benefitCodeList`.
    pub benefit_code_list: Vec<String>,
    /// `period`.
    pub period: String,
}
/// The required fields of [`GetResourceUseInfoRequest`], each named where it is set: `GetResourceUseInfoRequest::new(GetResourceUseInfoRequired { .. })`.
pub struct GetResourceUseInfoRequired {
    /// `benefitCodeList`: see [`GetResourceUseInfoRequest::benefit_code_list`].
    pub benefit_code_list: Vec<String>,
    /// `period`: see [`GetResourceUseInfoRequest::period`].
    pub period: String,
}
impl GetResourceUseInfoRequest {
    /// A `GetResourceUseInfoRequest` with its required fields (`benefitCodeList`, `period`); set the others with the methods named after them.
    pub fn new(required: GetResourceUseInfoRequired) -> Self {
        let GetResourceUseInfoRequired { benefit_code_list, period } = required;
        Self { benefit_code_list, period }
    }
}
rt::impl_serialize! {
    GetResourceUseInfoRequest { "benefitCodeList" => field(benefit_code_list), "period"
    => field(period) }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    GetResourceUseInfoRequest { "benefitCodeList" => read_field(benefit_code_list),
    "period" => read_field(period) }
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
