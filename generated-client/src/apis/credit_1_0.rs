// @generated from api-spec/credit_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! 金融评分 (Credit)：用户金融评分数据。
//!
//! 1 operation, methods of [`Api`] (`client.credit_1_0()`), behind the cargo feature `credit_1_0`; its paths start with `/v1.0/credit/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `credit_1_0`. Get it with `client.credit_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// 查询用户金融评分数据
    ///
    /// `GET /v1.0/credit/scores`: DingTalk's `QueryScore` (module feature `credit_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryScore")]
    #[doc(alias = "/v1.0/credit/scores")]
    #[doc(alias = "GET /v1.0/credit/scores")]
    pub fn query_score(
        &self,
        request: &QueryScoreRequest,
    ) -> rt::Call<QueryScoreResponseBody, QueryScoreError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryScore",
            rt::Method::Get,
            "/v1.0/credit/scores",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `QueryScoreResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScoreResponseBody {
    /// `result`.
    pub result: Option<QueryScoreResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
rt::impl_deserialize! {
    QueryScoreResponseBody { "result" => read_field(result), "success" =>
    read_field(success) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScoreResponseBody { "result" => optional(result), "success" => optional(success)
    }
}
/// `QueryScoreResponseBodyResult`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryScoreResponseBodyResult {
    /// `ccocScore`.
    pub ccoc_score: Option<f64>,
    /// `cityChangeCnt3y`.
    pub city_change_cnt3y: Option<i64>,
    /// `cityChangeTrend2y`.
    pub city_change_trend2y: Option<f64>,
    /// `classificationOfOrg`.
    pub classification_of_org: Option<String>,
    /// `growthRateLoginDays180d`.
    pub growth_rate_login_days180d: Option<f64>,
    /// `indChangeCnt3y`.
    pub ind_change_cnt3y: Option<i64>,
    /// `indChangeTrend2y`.
    pub ind_change_trend2y: Option<f64>,
    /// `jobChangeCnt3y`.
    pub job_change_cnt3y: Option<i64>,
    /// `jobTitle`.
    pub job_title: Option<String>,
    /// `joinDays`.
    pub join_days: Option<i64>,
    /// `loginDays14dPct`.
    pub login_days14d_pct: Option<f64>,
    /// `loginDays365dPct`.
    pub login_days365d_pct: Option<f64>,
    /// `orgCnt`.
    pub org_cnt: Option<i64>,
    /// `orgIndustrySubNameNew`.
    pub org_industry_sub_name_new: Option<String>,
    /// `orgIndustryUpNameNew`.
    pub org_industry_up_name_new: Option<String>,
}
rt::impl_deserialize! {
    QueryScoreResponseBodyResult { "ccocScore" => read_field(ccoc_score),
    "cityChangeCnt3y" => read_field(city_change_cnt3y), "cityChangeTrend2y" =>
    read_field(city_change_trend2y), "classificationOfOrg" =>
    read_field(classification_of_org), "growthRateLoginDays180d" =>
    read_field(growth_rate_login_days180d), "indChangeCnt3y" =>
    read_field(ind_change_cnt3y), "indChangeTrend2y" => read_field(ind_change_trend2y),
    "jobChangeCnt3y" => read_field(job_change_cnt3y), "jobTitle" =>
    read_field(job_title), "joinDays" => read_field(join_days), "loginDays14dPct" =>
    read_field(login_days14d_pct), "loginDays365dPct" => read_field(login_days365d_pct),
    "orgCnt" => read_field(org_cnt), "orgIndustrySubNameNew" =>
    read_field(org_industry_sub_name_new), "orgIndustryUpNameNew" =>
    read_field(org_industry_up_name_new) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryScoreResponseBodyResult { "ccocScore" => optional(ccoc_score), "cityChangeCnt3y"
    => optional(city_change_cnt3y), "cityChangeTrend2y" => optional(city_change_trend2y),
    "classificationOfOrg" => optional(classification_of_org), "growthRateLoginDays180d"
    => optional(growth_rate_login_days180d), "indChangeCnt3y" =>
    optional(ind_change_cnt3y), "indChangeTrend2y" => optional(ind_change_trend2y),
    "jobChangeCnt3y" => optional(job_change_cnt3y), "jobTitle" => optional(job_title),
    "joinDays" => optional(join_days), "loginDays14dPct" => optional(login_days14d_pct),
    "loginDays365dPct" => optional(login_days365d_pct), "orgCnt" => optional(org_cnt),
    "orgIndustrySubNameNew" => optional(org_industry_sub_name_new),
    "orgIndustryUpNameNew" => optional(org_industry_up_name_new) }
}
/// The request of [`Api::query_score`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryScoreRequest {
    /// `encryption`: a query parameter.
    pub encryption: String,
    /// `fullName`: a query parameter.
    pub full_name: Option<String>,
    /// `idCardCode`: a query parameter.
    pub id_card_code: Option<String>,
    /// `mobile`: a query parameter.
    pub mobile: String,
    /// `orgName`: a query parameter.
    pub org_name: Option<String>,
    /// `uniScCode`: a query parameter.
    pub uni_sc_code: Option<String>,
}
/// The required fields of [`QueryScoreRequest`], each named where it is set: `QueryScoreRequest::new(QueryScoreRequired { .. })`.
pub struct QueryScoreRequired {
    /// `encryption`: see [`QueryScoreRequest::encryption`].
    pub encryption: String,
    /// `mobile`: see [`QueryScoreRequest::mobile`].
    pub mobile: String,
}
impl QueryScoreRequest {
    /// A `QueryScoreRequest` with its required fields (`encryption`, `mobile`); set the others with the methods named after them.
    pub fn new(required: QueryScoreRequired) -> Self {
        let QueryScoreRequired { encryption, mobile } = required;
        Self {
            encryption,
            full_name: None,
            id_card_code: None,
            mobile,
            org_name: None,
            uni_sc_code: None,
        }
    }
    /// Sets `fullName`.
    pub fn full_name(mut self, value: impl Into<String>) -> Self {
        self.full_name = Some(value.into());
        self
    }
    /// Sets `idCardCode`.
    pub fn id_card_code(mut self, value: impl Into<String>) -> Self {
        self.id_card_code = Some(value.into());
        self
    }
    /// Sets `orgName`.
    pub fn org_name(mut self, value: impl Into<String>) -> Self {
        self.org_name = Some(value.into());
        self
    }
    /// Sets `uniScCode`.
    pub fn uni_sc_code(mut self, value: impl Into<String>) -> Self {
        self.uni_sc_code = Some(value.into());
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryScoreRequest { "encryption" => read_field(encryption), "fullName" =>
    read_field(full_name), "idCardCode" => read_field(id_card_code), "mobile" =>
    read_field(mobile), "orgName" => read_field(org_name), "uniScCode" =>
    read_field(uni_sc_code) }
}
impl rt::WriteRequest for QueryScoreRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("encryption", &self.encryption);
        writer.query("fullName", &self.full_name);
        writer.query("idCardCode", &self.id_card_code);
        writer.query("mobile", &self.mobile);
        writer.query("orgName", &self.org_name);
        writer.query("uniScCode", &self.uni_sc_code);
    }
}
/// An error reply of [`Api::query_score`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryScoreError = rt::ServiceError;
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
        "QueryScore" => {
            rt::conformance::reply(api.query_score(&inputs.request(false)?)).await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
