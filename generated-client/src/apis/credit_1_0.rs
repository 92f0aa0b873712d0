// @generated from api-spec/credit_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Operations: [`Api`], from `client.credit_1_0()`. Generated from `api-spec/credit_1_0.yaml`.
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
    /// `GET /v1.0/credit/scores` (operation `QueryScore`).
    ///
    /// # Errors
    ///
    /// The codes of the error table are variants of [`QueryScoreError`]; see [`Error`](::generated_client::Error) for the rest.
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
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct QueryScoreResponseBody {
    /// `result`.
    pub result: Option<QueryScoreResponseBodyResult>,
    /// `success`.
    pub success: Option<bool>,
}
impl<'de> rt::serde::Deserialize<'de> for QueryScoreResponseBody {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScoreResponseBody {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "result" => rt::read_field(map, &mut self.result),
            "success" => rt::read_field(map, &mut self.success),
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryScoreResponseBody {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("result", &self.result)?;
        object.optional("success", &self.success)?;
        object.end()
    }
}
/// `QueryScoreResponseBodyResult`.
#[derive(Clone, Debug, Default)]
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
impl<'de> rt::serde::Deserialize<'de> for QueryScoreResponseBodyResult {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
impl rt::Fields for QueryScoreResponseBodyResult {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "ccocScore" => rt::read_field(map, &mut self.ccoc_score),
            "cityChangeCnt3y" => rt::read_field(map, &mut self.city_change_cnt3y),
            "cityChangeTrend2y" => rt::read_field(map, &mut self.city_change_trend2y),
            "classificationOfOrg" => rt::read_field(map, &mut self.classification_of_org),
            "growthRateLoginDays180d" => {
                rt::read_field(map, &mut self.growth_rate_login_days180d)
            }
            "indChangeCnt3y" => rt::read_field(map, &mut self.ind_change_cnt3y),
            "indChangeTrend2y" => rt::read_field(map, &mut self.ind_change_trend2y),
            "jobChangeCnt3y" => rt::read_field(map, &mut self.job_change_cnt3y),
            "jobTitle" => rt::read_field(map, &mut self.job_title),
            "joinDays" => rt::read_field(map, &mut self.join_days),
            "loginDays14dPct" => rt::read_field(map, &mut self.login_days14d_pct),
            "loginDays365dPct" => rt::read_field(map, &mut self.login_days365d_pct),
            "orgCnt" => rt::read_field(map, &mut self.org_cnt),
            "orgIndustrySubNameNew" => {
                rt::read_field(map, &mut self.org_industry_sub_name_new)
            }
            "orgIndustryUpNameNew" => {
                rt::read_field(map, &mut self.org_industry_up_name_new)
            }
            _ => Ok(false),
        }
    }
}
#[cfg(feature = "conformance")]
impl rt::serde::Serialize for QueryScoreResponseBodyResult {
    fn serialize<S: rt::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut object = rt::Object::new(serializer)?;
        object.optional("ccocScore", &self.ccoc_score)?;
        object.optional("cityChangeCnt3y", &self.city_change_cnt3y)?;
        object.optional("cityChangeTrend2y", &self.city_change_trend2y)?;
        object.optional("classificationOfOrg", &self.classification_of_org)?;
        object.optional("growthRateLoginDays180d", &self.growth_rate_login_days180d)?;
        object.optional("indChangeCnt3y", &self.ind_change_cnt3y)?;
        object.optional("indChangeTrend2y", &self.ind_change_trend2y)?;
        object.optional("jobChangeCnt3y", &self.job_change_cnt3y)?;
        object.optional("jobTitle", &self.job_title)?;
        object.optional("joinDays", &self.join_days)?;
        object.optional("loginDays14dPct", &self.login_days14d_pct)?;
        object.optional("loginDays365dPct", &self.login_days365d_pct)?;
        object.optional("orgCnt", &self.org_cnt)?;
        object.optional("orgIndustrySubNameNew", &self.org_industry_sub_name_new)?;
        object.optional("orgIndustryUpNameNew", &self.org_industry_up_name_new)?;
        object.end()
    }
}
/// The request of [`Api::query_score`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "conformance", derive(Default))]
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
impl QueryScoreRequest {
    /// A `QueryScoreRequest` with its required fields (`encryption`, `mobile`); set the others with the methods named after them.
    pub fn new(encryption: impl Into<String>, mobile: impl Into<String>) -> Self {
        Self {
            encryption: encryption.into(),
            full_name: None,
            id_card_code: None,
            mobile: mobile.into(),
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
#[cfg(feature = "conformance")]
impl<'de> rt::serde::Deserialize<'de> for QueryScoreRequest {
    fn deserialize<D: rt::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        rt::deserialize(deserializer)
    }
}
#[cfg(feature = "conformance")]
impl rt::Fields for QueryScoreRequest {
    fn field<'de, A: rt::serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        match key {
            "encryption" => rt::read_field(map, &mut self.encryption),
            "fullName" => rt::read_field(map, &mut self.full_name),
            "idCardCode" => rt::read_field(map, &mut self.id_card_code),
            "mobile" => rt::read_field(map, &mut self.mobile),
            "orgName" => rt::read_field(map, &mut self.org_name),
            "uniScCode" => rt::read_field(map, &mut self.uni_sc_code),
            _ => Ok(false),
        }
    }
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
