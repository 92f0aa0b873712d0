// @generated from api-spec/bay_max_1_0.yaml by `cargo xtask gen`. Do not edit by hand.
//! Baymax 技能 (Baymax)：Baymax 技能执行日志。
//!
//! 1 operation, methods of [`Api`] (`client.bay_max_1_0()`), behind the cargo feature `bay_max_1_0`; its paths start with `/v1.0/bayMax/`.
use ::generated_client::rt;
/// Where this module's operations are sent unless the client configures a base URL.
pub const DEFAULT_BASE_URL: &str = "https://api.dingtalk.com";
/// The operations of `bay_max_1_0`. Get it with `client.bay_max_1_0()` or [`Api::new`].
#[derive(Clone, Debug)]
pub struct Api {
    client: rt::Client,
}
impl Api {
    /// The operations of this module, called through (a handle on) `client`.
    pub fn new(client: &rt::Client) -> Self {
        Self { client: client.clone() }
    }
    /// Baymax技能执行日志
    ///
    /// `GET /v1.0/bayMax/skills/logs`: DingTalk's `QueryBaymaxSkillLog` (module feature `bay_max_1_0`).
    ///
    /// # Errors
    ///
    /// DingTalk's error replies are [`Error::Service`](::generated_client::Error::Service) holding the [`ServiceError`](::generated_client::ServiceError) as sent (the spec lists no error codes for this operation); other failures are the other variants of [`Error`](::generated_client::Error).
    #[doc(alias = "QueryBaymaxSkillLog")]
    #[doc(alias = "/v1.0/bayMax/skills/logs")]
    #[doc(alias = "GET /v1.0/bayMax/skills/logs")]
    pub fn query_baymax_skill_log(
        &self,
        request: &QueryBaymaxSkillLogRequest,
    ) -> rt::Call<QueryBaymaxSkillLogResponseBody, QueryBaymaxSkillLogError> {
        static OPERATION: rt::Operation = rt::Operation::new(
            "QueryBaymaxSkillLog",
            rt::Method::Get,
            "/v1.0/bayMax/skills/logs",
            Some("x-acs-dingtalk-access-token"),
            DEFAULT_BASE_URL,
            rt::ResponseBody::Json,
        );
        rt::Call::new(&self.client, &OPERATION, &[], request)
    }
}
/// `QueryBaymaxSkillLogResponseBody`.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct QueryBaymaxSkillLogResponseBody {
    /// `result`.
    pub result: Option<String>,
}
rt::impl_deserialize! {
    QueryBaymaxSkillLogResponseBody { "result" => read_field(result) }
}
#[cfg(any(feature = "model-serde", feature = "test-util"))]
rt::impl_serialize! {
    QueryBaymaxSkillLogResponseBody { "result" => optional(result) }
}
/// The request of [`Api::query_baymax_skill_log`].
#[derive(Clone, Debug)]
#[cfg_attr(feature = "model-serde", derive(Default))]
#[non_exhaustive]
pub struct QueryBaymaxSkillLogRequest {
    /// `from`: a query parameter.
    pub from: Option<i64>,
    /// `skillExecuteId`: a query parameter.
    pub skill_execute_id: String,
    /// `to`: a query parameter.
    pub to: Option<i64>,
}
/// The required fields of [`QueryBaymaxSkillLogRequest`], each named where it is set: `QueryBaymaxSkillLogRequest::new(QueryBaymaxSkillLogRequired { .. })`.
pub struct QueryBaymaxSkillLogRequired {
    /// `skillExecuteId`: see [`QueryBaymaxSkillLogRequest::skill_execute_id`].
    pub skill_execute_id: String,
}
impl QueryBaymaxSkillLogRequest {
    /// A `QueryBaymaxSkillLogRequest` with its required fields (`skillExecuteId`); set the others with the methods named after them.
    pub fn new(required: QueryBaymaxSkillLogRequired) -> Self {
        let QueryBaymaxSkillLogRequired { skill_execute_id } = required;
        Self {
            from: None,
            skill_execute_id,
            to: None,
        }
    }
    /// Sets `from`.
    pub fn from(mut self, value: i64) -> Self {
        self.from = Some(value);
        self
    }
    /// Sets `to`.
    pub fn to(mut self, value: i64) -> Self {
        self.to = Some(value);
        self
    }
}
#[cfg(feature = "model-serde")]
rt::impl_deserialize! {
    QueryBaymaxSkillLogRequest { "from" => read_field(from), "skillExecuteId" =>
    read_field(skill_execute_id), "to" => read_field(to) }
}
impl rt::WriteRequest for QueryBaymaxSkillLogRequest {
    fn write(&self, writer: &mut rt::RequestWriter) {
        writer.query("from", &self.from);
        writer.query("skillExecuteId", &self.skill_execute_id);
        writer.query("to", &self.to);
    }
}
/// An error reply of [`Api::query_baymax_skill_log`]: the spec lists no error codes for it, so every code arrives as it is.
pub type QueryBaymaxSkillLogError = rt::ServiceError;
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
        "QueryBaymaxSkillLog" => {
            rt::conformance::reply(api.query_baymax_skill_log(&inputs.request(false)?))
                .await
        }
        _ => {
            let _ = (api, inputs);
            Err(rt::conformance::unknown(operation))
        }
    }
}
